import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.mjs';
import {
  DEFAULT_CONTENT_SECURITY_POLICY,
  headerLines,
  notModified,
  startServer,
} from './serve.mjs';

/** The headers `npm start` sends: the policy, framing refused, validators, on every answer. */

/** The policy's directives by name. */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

/**
 * Status, headers and body of a GET, through node:http so the test environment's fetch plays
 * no part (and a raw path such as '//evil.example/' stays a path on this server).
 */
function fetchRaw(port, path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, method }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const page = (policy) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}" /><title>app</title></head></html>`;

let root;
let server;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'data', 'dataset.json'), JSON.stringify({ text: '郑州'.repeat(2_000) }));
  server = await startServer({ root, port: 0, quiet: true });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('served headers', () => {
  it.each([
    ['the page', '/', 200],
    ['a client-side route (SPA fallback)', '/targets/abc', 200],
    ['//evil.example/ (a path on this server)', '//evil.example/', 200],
    ['a hashed asset', '/assets/app-abc123.js', 200],
    ['a missing asset', '/assets/missing.js', 404],
  ])('%s answers %s with the policy and X-Frame-Options', async (_, path, status) => {
    const response = await fetchRaw(server.port, path);
    expect(response.status).toBe(status);
    const policy = directives(String(response.headers['content-security-policy'] ?? ''));
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    // A page without a policy of its own: the default, this origin only.
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('by default lets the page connect to nothing but its own origin', () => {
    const connect = directives(DEFAULT_CONTENT_SECURITY_POLICY).get('connect-src');
    expect(connect).toBe("'self'");
  });

  it("sends the built page's own policy, with frame-ancestors, and follows a rebuild", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-policy-'));
    writeFileSync(
      join(dir, 'index.html'),
      page(contentSecurityPolicy(['https://data.example.org'])),
    );
    const own = await startServer({ root: dir, port: 0, quiet: true });
    try {
      const first = await fetchRaw(own.port, '/targets');
      expect(first.headers['content-security-policy']).toBe(
        contentSecurityPolicy(['https://data.example.org'], { header: true }),
      );
      // A rebuild with another setting: the next answer has the new policy.
      writeFileSync(
        join(dir, 'index.html'),
        page(contentSecurityPolicy(['https://b.example.org:8443'])),
      );
      utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 5_000));
      const second = await fetchRaw(own.port, '/');
      expect(directives(String(second.headers['content-security-policy'])).get('connect-src')).toBe(
        "'self' https://b.example.org:8443",
      );
      expect(await headerLines(dir)).toContain(
        `Content-Security-Policy: ${contentSecurityPolicy(['https://b.example.org:8443'], { header: true })}`,
      );
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('validators and 304', () => {
  it('sends a strong ETag and Last-Modified; gzip and identity have different tags', async () => {
    const plain = await fetchRaw(server.port, '/data/dataset.json');
    const gzipped = await fetchRaw(server.port, '/data/dataset.json', {
      'accept-encoding': 'gzip',
    });
    expect(plain.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
    expect(gunzipSync(gzipped.body)).toEqual(plain.body);
    expect(Date.parse(String(plain.headers['last-modified']))).not.toBeNaN();
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  it('answers a second load of the dataset with 304 and no body', async () => {
    const first = await fetchRaw(server.port, '/data/dataset.json', { 'accept-encoding': 'gzip' });
    const second = await fetchRaw(server.port, '/data/dataset.json', {
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-security-policy']).toBeTruthy();
    // The same for the page, and for a HEAD.
    const pageFirst = await fetchRaw(server.port, '/');
    const pageAgain = await fetchRaw(
      server.port,
      '/',
      { 'if-none-match': String(pageFirst.headers.etag) },
      'HEAD',
    );
    expect(pageAgain.status).toBe(304);
  });

  it.each([
    ['the same tag', { 'if-none-match': 'TAG' }, true],
    ['the same tag, weak', { 'if-none-match': 'W/TAG' }, true],
    ['one of several', { 'if-none-match': '"other", TAG' }, true],
    ['any (*)', { 'if-none-match': '*' }, true],
    ['another tag', { 'if-none-match': '"other"' }, false],
    [
      'modified since an earlier time',
      { 'if-modified-since': 'Thu, 01 Jan 2021 00:00:00 GMT' },
      false,
    ],
    [
      'not modified since a later time',
      { 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' },
      true,
    ],
    ['the same second', { 'if-modified-since': new Date(1_700_000_000_000).toUTCString() }, true],
    ['an unreadable date', { 'if-modified-since': 'yesterday' }, false],
    [
      'If-None-Match wins over If-Modified-Since',
      { 'if-none-match': '"other"', 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' },
      false,
    ],
    ['no condition', {}, false],
  ])('%s → not modified: %s', (_, headers, expected) => {
    const tag = '"abc"';
    const withTag = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, value.replace('TAG', tag)]),
    );
    expect(notModified(withTag, tag, 1_700_000_000_456)).toBe(expected);
  });

  it('serves a file as it is on disk after a rebuild, without a restart', async () => {
    const path = join(root, 'data', 'rebuilt.json');
    writeFileSync(path, '{"build":1}');
    const first = await fetchRaw(server.port, '/data/rebuilt.json');
    expect(first.body.toString()).toBe('{"build":1}');
    // Same size, a later modification time: what a rebuild writes.
    writeFileSync(path, '{"build":2}');
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    const second = await fetchRaw(server.port, '/data/rebuilt.json', {
      'if-none-match': String(first.headers.etag),
    });
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe('{"build":2}');
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });

  it('1,500 concurrent requests all answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 1_500 }, (_, i) =>
        fetchRaw(server.port, i % 2 ? '/data/dataset.json' : '/targets/x'),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
  });
});

it('a missing data file is a 404, not the app shell', async () => {
  expect((await fetchRaw(server.port, '/data/missing.json')).status).toBe(404);
});
