// A static server for the production build, on Node built-ins only:
// SPA fallback (any route answers with 200.html, or index.html without it), gzip as any static host does,
// long caching for hashed assets, validators (a strong ETag from the content, Last-Modified) and
// 304 answers, and the files as they are on disk now (a rebuild is served without a restart).
// `npm start` and the browser tests use it.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicy, headerPolicyFor } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * The Content-Security-Policy of a build without DATASET_ORIGINS, as a header: what a page
 * without a policy of its own is served with. A build's own policy is in its index.html
 * (written there by vite.config.ts from scripts/csp.mjs); the server sends that, plus
 * `frame-ancestors 'none'` (with X-Frame-Options for older browsers), which works only as a
 * header and keeps another site from framing the app and tricking a click on "Delete all".
 * docs/security.md; scripts/serve.test.mjs checks what is served.
 */
export const DEFAULT_CONTENT_SECURITY_POLICY = contentSecurityPolicy([], { header: true });

/** Headers every response carries, whatever its status. */
export function securityHeaders(policy = DEFAULT_CONTENT_SECURITY_POLICY) {
  return {
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/** A strong validator: the content's SHA-256, so the same bytes always have the same tag. */
function entityTag(bytes) {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;
}

/** The tags an If-None-Match header lists (`*` matches any); weak ones compare by their value. */
function listedTags(header) {
  return String(header)
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean);
}

/**
 * Whether the client's copy is current (RFC 9110, 13.1): If-None-Match decides when present;
 * If-Modified-Since only without it, to the second (what Last-Modified can say).
 */
export function notModified(headers, etag, modifiedMs) {
  const noneMatch = headers['if-none-match'];
  if (noneMatch !== undefined) {
    const tags = listedTags(noneMatch);
    return tags.includes('*') || tags.includes(etag);
  }
  const since = Date.parse(String(headers['if-modified-since'] ?? ''));
  return Number.isFinite(since) && Math.floor(modifiedMs / 1000) <= Math.floor(since / 1000);
}

/**
 * @param {{ root?: string, port?: number, host?: string, quiet?: boolean, gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = resolve(
    options.root ?? process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)),
  );
  const host = options.host ?? '127.0.0.1';
  const useGzip = options.gzip ?? true;
  /**
   * Files read, by path, each with the size and modification time it was read at: a file
   * whose size or time has changed since (a rebuild) is read again, so what is served is
   * what is on disk, without a restart.
   */
  const cache = new Map();

  /** A file as served now: its bytes, gzipped copy, validators and type (null when gone). */
  async function load(path) {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.entry;
    const entry = readEntry(path, info);
    cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, entry });
    entry.catch(() => {
      if (cache.get(path)?.entry === entry) cache.delete(path);
    });
    return entry;
  }

  async function readEntry(path, info) {
    const body = await readFile(path);
    const ext = extname(path);
    const etag = entityTag(body);
    const gz = useGzip && COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body) : null;
    return {
      body,
      gz,
      etag,
      // Another representation (gzip), another strong tag.
      gzEtag: gz ? `${etag.slice(0, -1)}-gzip"` : null,
      modifiedMs: info.mtimeMs,
      type: TYPES[ext] ?? 'application/octet-stream',
      // The build's policy, from its page (index.html, 200.html…): one setting, one policy.
      policy: ext === '.html' ? headerPolicyFor(body.toString('utf8')) : undefined,
    };
  }

  /** The policy of the build being served: its index.html's, or the default without one. */
  async function currentPolicy() {
    const index = await load(join(root, 'index.html')).catch(() => null);
    return index?.policy ?? DEFAULT_CONTENT_SECURITY_POLICY;
  }

  async function resolveFile(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const candidate = normalize(join(root, decoded));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
      if (info.isDirectory()) {
        const index = join(candidate, 'index.html');
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {
      // not a file: the caller decides between the SPA fallback and 404
    }
    return null;
  }

  const server = createServer(async (req, res) => {
    let security = securityHeaders();
    try {
      security = securityHeaders(await currentPolicy());
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...security, Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = (req.url ?? '/').split('?')[0].split('#')[0];
      let file = await resolveFile(urlPath);
      const notFound = () =>
        res
          .writeHead(404, { ...security, 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Not found');
      if (!file) {
        // A missing asset is a real 404; any other path is a client-side route.
        const looksLikeAsset =
          urlPath.startsWith('/assets/') ||
          urlPath.startsWith('/data/') ||
          /\.[a-z0-9]{1,8}$/i.test(urlPath);
        if (looksLikeAsset) return notFound();
        // The build's generic shell (200.html, no page heading) when there is one.
        file = (await resolveFile('/200.html')) ?? join(root, 'index.html');
      }
      const entry = await load(file);
      // Deleted between finding and reading it (a rebuild under way).
      if (!entry) return notFound();
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const gzipped = entry.gz !== null && acceptsGzip;
      const body = gzipped ? entry.gz : entry.body;
      const etag = gzipped ? entry.gzEtag : entry.etag;
      const validators = {
        ...security,
        ETag: etag,
        'Last-Modified': new Date(entry.modifiedMs).toUTCString(),
        'Cache-Control': file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        Vary: 'Accept-Encoding',
      };
      if (notModified(req.headers, etag, entry.modifiedMs)) {
        res.writeHead(304, validators).end();
        return;
      }
      const headers = {
        ...validators,
        'Content-Type': entry.type,
        'Content-Length': body.length,
      };
      if (gzipped) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res
        .writeHead(500, { ...security, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Server error');
      if (!options.quiet) console.error(error);
    }
  });

  const wanted = options.port ?? Number(process.env.PORT ?? 4173);
  const port = await listen(server, wanted, host);
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`;
  return {
    url,
    port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Listens on `port`, or on the next free one when it is taken. */
function listen(server, port, host, attempts = 20) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && attempts > 1) {
        resolvePort(listen(server, port + 1, host, attempts - 1));
      } else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * The headers to send with every response of the build in `root` (`--headers`): its policy
 * with frame-ancestors, and the others, as lines to copy into another host's configuration.
 */
export async function headerLines(root = fileURLToPath(new URL('../dist', import.meta.url))) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  return Object.entries(securityHeaders(headerPolicyFor(html)))
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--headers')) {
    console.log(await headerLines(process.env.DIST_DIR));
    process.exit(0);
  }
  const portArg = process.argv.indexOf('--port');
  const port = portArg > -1 ? Number(process.argv[portArg + 1]) : undefined;
  const { url } = await startServer({ port });
  console.log(
    `\n  郑州区县承诺追踪 · Zhengzhou district pledge tracker\n  Serving the production build at ${url}\n  (Ctrl+C to stop)\n`,
  );
}
