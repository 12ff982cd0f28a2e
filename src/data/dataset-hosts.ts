/**
 * Which hosts this page may load a `?data=` dataset from: what its own Content-Security-Policy
 * allows in `connect-src` (the deployment's setting, DATASET_ORIGINS, written into the page by
 * the build: scripts/csp.mjs). An address the policy would block is refused before any request,
 * with a message that names the hosts allowed — a blocked fetch would only say "network error".
 * Without a policy (the dev server) every host is allowed; the browser decides.
 */

/** The sources of a policy's `connect-src` (or `default-src` without one); null when neither. */
export function connectSources(policy: string): string[] | null {
  const directives = policy.split(';').map((part) => part.trim().split(/\s+/));
  const sources = (name: string) =>
    directives.find(([directive]) => directive?.toLowerCase() === name)?.slice(1);
  return sources('connect-src') ?? sources('default-src') ?? null;
}

/**
 * Whether one CSP source expression matches `url`: `'self'` and whole origins
 * (`https://host[:port]`), what the build writes; `'none'` and other keywords match nothing.
 * Any other form (a scheme alone, a wildcard, a path) is not ours: `undefined`, and the
 * browser decides.
 */
function sourceMatches(source: string, url: URL, self: URL): boolean | undefined {
  if (source === "'self'") return url.origin === self.origin;
  if (source.startsWith("'")) return false;
  if (!/^https?:\/\/[\w.-]+(:\d+)?\/?$/i.test(source)) return undefined;
  return new URL(source).origin === url.origin;
}

/**
 * Whether a policy's connect sources let this page fetch `url`. True also when a source is
 * in a form this check does not read: then the browser's own check is the one that counts.
 */
export function connectAllows(sources: readonly string[], url: URL, self: URL): boolean {
  return sources.some((source) => sourceMatches(source, url, self) !== false);
}

/** The page's own policy, from its <meta> tag (what the build wrote); null when it has none. */
export function pagePolicy(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(
    'meta[http-equiv="Content-Security-Policy" i]',
  );
  return meta?.content ?? null;
}

/** What `?data=` may name on this page: every address when it states no connect sources. */
export type DatasetHosts = { allows: (url: URL) => boolean; sources: readonly string[] } | null;

export function datasetHostsOf(policy: string | null, self: URL): DatasetHosts {
  const sources = policy === null ? null : connectSources(policy);
  if (sources === null) return null;
  return { allows: (url) => connectAllows(sources, url, self), sources };
}
