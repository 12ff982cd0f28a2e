// The Content-Security-Policy, written once for every place that states it: the build writes
// it into index.html's <meta> (vite.config.ts), the static server sends the built page's policy
// as a header plus what only a header can say (serve.mjs), and the app reads its own page's
// policy to refuse a ?data= address the policy would block (src/data/dataset-hosts.ts).
// docs/security.md says what each directive allows and why.

/** The build-time setting: the origins a deployment lets `?data=` load datasets from. */
export const DATASET_ORIGINS_VARIABLE = 'DATASET_ORIGINS';

/**
 * The origins in `DATASET_ORIGINS` (space- or comma-separated), each written back as
 * `https://host[:port]`. Only whole https origins: no path (CSP would match it as a prefix,
 * which a reader of the setting would not expect), no wildcard, no user name, no plain http
 * (a dataset host is a public server; plain http and addresses on the visitor's own machine
 * are exactly what the policy keeps a shared link from reaching).
 *
 * @param {string | undefined} value
 * @returns {{ ok: true, origins: string[] } | { ok: false, reason: string }}
 */
export function parseDatasetOrigins(value) {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const origins = [];
  for (const entry of entries) {
    let url;
    try {
      url = new URL(entry);
    } catch {
      return {
        ok: false,
        reason: `${JSON.stringify(entry)} is not an address (expected https://host)`,
      };
    }
    const problem =
      url.protocol !== 'https:'
        ? 'only https origins are allowed'
        : url.username || url.password
          ? 'an origin has no user name or password'
          : url.pathname !== '/' || url.search || url.hash || /[?#]/.test(entry)
            ? 'an origin has no path, query or fragment (all paths of an allowed host are allowed)'
            : entry.includes('*')
              ? 'wildcards are not allowed: list each host'
              : null;
    if (problem) return { ok: false, reason: `${JSON.stringify(entry)}: ${problem}` };
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return { ok: true, origins };
}

/**
 * The policy. `connect-src` is this origin and the dataset origins, nothing else; `header`
 * adds `frame-ancestors`, which browsers ignore (with a console error) in a <meta> policy.
 *
 * @param {readonly string[]} datasetOrigins
 * @param {{ header?: boolean }} [options]
 */
export function contentSecurityPolicy(datasetOrigins, { header = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...datasetOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    ...(header ? ["frame-ancestors 'none'"] : []),
    "worker-src 'self' blob:",
  ].join('; ');
}

/** The policy a deployment built with `env` has (throws, naming the setting, when it is wrong). */
export function policyForEnvironment(env = process.env, options = {}) {
  const parsed = parseDatasetOrigins(env[DATASET_ORIGINS_VARIABLE]);
  if (!parsed.ok) throw new Error(`${DATASET_ORIGINS_VARIABLE}: ${parsed.reason}`);
  return contentSecurityPolicy(parsed.origins, options);
}

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The policy in a page's <meta> tag, or undefined when it has none. */
export function metaPolicy(html) {
  return META.exec(html)?.[1];
}

/** `html` with its <meta> policy's content replaced by `policy` (throws when it has none). */
export function withMetaPolicy(html, policy) {
  if (!META.test(html))
    throw new Error('index.html has no <meta http-equiv="Content-Security-Policy">');
  return html.replace(META, (tag, content) =>
    tag.replace(`content="${content}"`, `content="${policy}"`),
  );
}

/**
 * The header for a built page: its <meta> policy plus `frame-ancestors 'none'`, so the header
 * and the page can never disagree about which hosts datasets may come from. A page without a
 * policy gets the default (this origin only).
 */
export function headerPolicyFor(html) {
  const meta = metaPolicy(html);
  if (meta === undefined) return contentSecurityPolicy([], { header: true });
  const directives = meta
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const withoutFraming = directives.filter((part) => !part.startsWith('frame-ancestors'));
  const at = withoutFraming.findIndex((part) => part.startsWith('worker-src'));
  withoutFraming.splice(at < 0 ? withoutFraming.length : at, 0, "frame-ancestors 'none'");
  return withoutFraming.join('; ');
}
