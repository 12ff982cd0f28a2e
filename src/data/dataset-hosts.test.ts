// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import { connectAllows, connectSources, datasetHostsOf } from './dataset-hosts';

const self = new URL('https://tracker.example.org/targets');

describe('connectSources', () => {
  it.each<[string, string, string[] | null]>([
    ['the default build', contentSecurityPolicy([]), ["'self'"]],
    [
      'a build with DATASET_ORIGINS',
      contentSecurityPolicy(['https://data.example.org']),
      ["'self'", 'https://data.example.org'],
    ],
    ['default-src when there is no connect-src', "default-src 'self' https:", ["'self'", 'https:']],
    ['neither', "script-src 'self'", null],
    ['the first connect-src counts', "connect-src 'none'; connect-src *", ["'none'"]],
  ])('%s', (_, policy, sources) => {
    expect(connectSources(policy)).toEqual(sources);
  });
});

describe('connectAllows: CSP source matching for a dataset address', () => {
  it.each<[string, string[], string, boolean]>([
    ["'self' allows this origin", ["'self'"], 'https://tracker.example.org/data/x.json', true],
    ["'self' refuses another origin", ["'self'"], 'https://data.example.org/x.json', false],
    ["'self' refuses another port", ["'self'"], 'https://tracker.example.org:8443/x.json', false],
    [
      'an allowed origin',
      ["'self'", 'https://data.example.org'],
      'https://data.example.org/a/b.json',
      true,
    ],
    [
      'its default port written out',
      ['https://data.example.org'],
      'https://data.example.org:443/x',
      true,
    ],
    ['another port of it', ['https://data.example.org'], 'https://data.example.org:8443/x', false],
    [
      'plain http to an https origin',
      ['https://data.example.org'],
      'http://data.example.org/x',
      false,
    ],
    [
      'a subdomain of an allowed host',
      ['https://data.example.org'],
      'https://a.data.example.org/x',
      false,
    ],
    [
      'the visitor’s machine',
      ["'self'", 'https://data.example.org'],
      'https://127.0.0.1:8443/x',
      false,
    ],
    ["'none'", ["'none'"], 'https://tracker.example.org/x', false],
    ['nothing listed', [], 'https://tracker.example.org/x', false],
    // Forms the build never writes: left to the browser, which enforces the policy anyway.
    ['a scheme alone', ['https:'], 'https://127.0.0.1:8443/x', true],
    ['a wildcard host', ['https://*.example.org'], 'https://data.example.org/x', true],
    ['a path', ['https://data.example.org/open/'], 'https://data.example.org/x.json', true],
  ])('%s', (_, sources, address, allowed) => {
    expect(connectAllows(sources, new URL(address), self)).toBe(allowed);
  });
});

describe('datasetHostsOf', () => {
  it('a page without a policy allows every address (the browser decides)', () => {
    expect(datasetHostsOf(null, self)).toBeNull();
  });

  it('the default build allows this origin only', () => {
    const hosts = datasetHostsOf(contentSecurityPolicy([]), self);
    expect(hosts?.allows(new URL('https://tracker.example.org/data/other.json'))).toBe(true);
    expect(hosts?.allows(new URL('https://data.example.org/d.json'))).toBe(false);
    expect(hosts?.allows(new URL('https://127.0.0.1:8443/d.json'))).toBe(false);
  });
});
