// A static server for the production build, on Node built-ins only:
// SPA fallback (any route answers with 200.html, or index.html without it), gzip as any static host does,
// long caching for hashed assets. `npm start` and the browser tests use it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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
 * The Content-Security-Policy for production, sent as a header on every response. index.html
 * carries the same policy in a <meta> tag so it also holds on a host that cannot set headers,
 * but a <meta> policy cannot forbid framing: `frame-ancestors` (with X-Frame-Options for older
 * browsers) works only as a header, and it is what keeps another site from framing the app and
 * tricking a click on "Delete all". `connect-src` names what production needs: this origin and
 * https datasets named by ?data= (which must allow CORS) — no plain http, no localhost, so a
 * shared link cannot make a visitor's browser call services on their own machine.
 * docs/security.md; scripts/serve.test.mjs checks what is served.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self' blob:",
].join('; ');

/** Headers every response carries, whatever its status. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

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
  const cache = new Map();

  async function load(path) {
    const hit = cache.get(path);
    if (hit) return hit;
    const body = await readFile(path);
    const ext = extname(path);
    const entry = {
      body,
      gz: useGzip && COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
    };
    cache.set(path, entry);
    return entry;
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
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = (req.url ?? '/').split('?')[0].split('#')[0];
      let file = await resolveFile(urlPath);
      let status = 200;
      if (!file) {
        // A missing asset is a real 404; any other path is a client-side route.
        const looksLikeAsset =
          urlPath.startsWith('/assets/') ||
          urlPath.startsWith('/data/') ||
          /\.[a-z0-9]{1,8}$/i.test(urlPath);
        if (looksLikeAsset) {
          res
            .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
            .end('Not found');
          return;
        }
        // The build's generic shell (200.html, no page heading) when there is one.
        file = (await resolveFile('/200.html')) ?? join(root, 'index.html');
        status = 200;
      }
      const entry = await load(file);
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = entry.gz && acceptsGzip ? entry.gz : entry.body;
      const headers = {
        ...SECURITY_HEADERS,
        'Content-Type': entry.type,
        'Content-Length': body.length,
        'Cache-Control': file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        Vary: 'Accept-Encoding',
      };
      if (body === entry.gz) headers['Content-Encoding'] = 'gzip';
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res
        .writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > -1 ? Number(process.argv[portArg + 1]) : undefined;
  const { url } = await startServer({ port });
  console.log(
    `\n  郑州区县承诺追踪 · Zhengzhou district pledge tracker\n  Serving the production build at ${url}\n  (Ctrl+C to stop)\n`,
  );
}
