import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headerPolicyFor,
  metaPolicy,
  parseDatasetOrigins,
  policyForEnvironment,
  withMetaPolicy,
} from './csp.mjs';

/** The policy's directives by name. */
const directives = (policy) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );

describe('DATASET_ORIGINS: the hosts a deployment lets ?data= load from', () => {
  it.each([
    ['unset', undefined, []],
    ['empty', '  ', []],
    ['one origin', 'https://data.example.org', ['https://data.example.org']],
    [
      'several, spaces and commas, written back as origins',
      'https://Data.Example.org/, https://cdn.example.com:8443 https://data.example.org',
      ['https://data.example.org', 'https://cdn.example.com:8443'],
    ],
    [
      'the default https port is dropped',
      'https://data.example.org:443',
      ['https://data.example.org'],
    ],
  ])('%s', (_, value, origins) => {
    expect(parseDatasetOrigins(value)).toEqual({ ok: true, origins });
  });

  it.each([
    ['plain http', 'http://data.example.org', /only https/],
    ['the visitor’s own machine over http', 'http://127.0.0.1:8443', /only https/],
    ['a path', 'https://data.example.org/datasets/', /no path/],
    ['a query', 'https://data.example.org/?x=1', /no path/],
    ['a user name', 'https://user@data.example.org', /user name/],
    ['a wildcard', 'https://*.example.org', /wildcards|not an address/],
    ['a scheme alone', 'https:', /not an address/],
    ['a bare host', 'data.example.org', /not an address/],
  ])('refuses %s', (_, value, reason) => {
    const parsed = parseDatasetOrigins(value);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason);
  });

  it('a wrong setting fails the build with the setting’s name', () => {
    expect(() => policyForEnvironment({ DATASET_ORIGINS: 'http://x.org' })).toThrow(
      /^DATASET_ORIGINS: "http:\/\/x.org": only https/,
    );
  });
});

describe('the policy', () => {
  it('by default lets the page connect to its own origin only', () => {
    const policy = directives(contentSecurityPolicy([]));
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('adds the dataset origins to connect-src and nothing else; the header adds frame-ancestors', () => {
    const meta = directives(contentSecurityPolicy(['https://data.example.org']));
    const header = directives(
      contentSecurityPolicy(['https://data.example.org'], { header: true }),
    );
    expect(meta.get('connect-src')).toBe("'self' https://data.example.org");
    expect(header.get('frame-ancestors')).toBe("'none'");
    header.delete('frame-ancestors');
    expect(header).toEqual(meta);
    expect(directives(contentSecurityPolicy([])).size).toBe(meta.size);
  });

  it('index.html carries the default policy as it stands, and the build rewrites it', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(metaPolicy(html)).toBe(contentSecurityPolicy([]));
    const built = withMetaPolicy(
      html,
      policyForEnvironment({ DATASET_ORIGINS: 'https://a.example' }),
    );
    expect(directives(metaPolicy(built)).get('connect-src')).toBe("'self' https://a.example");
    expect(built.replace(metaPolicy(built), '')).toBe(html.replace(metaPolicy(html), ''));
  });

  it('the header of a built page is its meta policy plus frame-ancestors', () => {
    const page = withMetaPolicy(
      readFileSync('index.html', 'utf8'),
      contentSecurityPolicy(['https://a.example']),
    );
    expect(headerPolicyFor(page)).toBe(
      contentSecurityPolicy(['https://a.example'], { header: true }),
    );
    expect(headerPolicyFor('<!doctype html><title>no policy</title>')).toBe(
      contentSecurityPolicy([], { header: true }),
    );
  });
});
