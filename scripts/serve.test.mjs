import { get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer } from './serve.mjs';

/** The headers `npm start` sends: the policy, framing refused, on every kind of answer. */

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

/** Status and headers of a GET, through node:http so the test environment's fetch plays no part. */
function head(port, path) {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      resolve({ status: response.statusCode, headers: response.headers });
    }).on('error', reject);
  });
}

let root;
let server;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
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
    // A raw path, not a resolved URL: '//evil.example/' must stay a path on this server.
    const response = await head(server.port, path);
    expect(response.status).toBe(status);
    const policy = directives(String(response.headers['content-security-policy'] ?? ''));
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self' https:");
    expect(policy.get('object-src')).toBe("'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('allows no plain http, no localhost and no wildcard to connect to', () => {
    const connect = directives(CONTENT_SECURITY_POLICY).get('connect-src') ?? '';
    expect(connect).not.toMatch(/http:|localhost|127\.0\.0\.1|\*/);
  });

  it("index.html's <meta> policy is the header's, less what only a header can say", () => {
    const html = readFileSync('index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = directives(CONTENT_SECURITY_POLICY);
    // frame-ancestors in a <meta> is ignored, with a console error in Chromium.
    header.delete('frame-ancestors');
    expect(directives(meta)).toEqual(header);
  });
});
