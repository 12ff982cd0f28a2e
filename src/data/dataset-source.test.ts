// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET_URL } from './load-dataset';
import { datasetSourceOf, resolveDatasetSource } from './dataset-source';
import { datasetHostsOf } from './dataset-hosts';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';

const base = 'https://example.org/app/';

describe('resolveDatasetSource: which dataset a query names', () => {
  it.each([
    ['', { kind: 'bundled', url: BUNDLED_DATASET_URL }],
    ['?data=', { kind: 'bundled', url: BUNDLED_DATASET_URL }],
    ['?data=%20%20', { kind: 'bundled', url: BUNDLED_DATASET_URL }],
    ['?district=410102', { kind: 'bundled', url: BUNDLED_DATASET_URL }],
    [
      '?data=https://data.example.com/d.json',
      {
        kind: 'external',
        url: 'https://data.example.com/d.json',
        param: 'https://data.example.com/d.json',
      },
    ],
    [
      '?data=other.json',
      { kind: 'external', url: 'https://example.org/app/other.json', param: 'other.json' },
    ],
    [
      '?data=/x/y.json',
      { kind: 'external', url: 'https://example.org/x/y.json', param: '/x/y.json' },
    ],
    [
      '?data=javascript:alert(1)',
      {
        kind: 'rejected',
        url: BUNDLED_DATASET_URL,
        param: 'javascript:alert(1)',
        reason: 'not-http',
      },
    ],
    [
      '?data=http://%zz',
      { kind: 'rejected', url: BUNDLED_DATASET_URL, param: 'http://%zz', reason: 'malformed' },
    ],
    [
      '?data=http://user:secret@data.example.com/d.json',
      {
        kind: 'rejected',
        url: BUNDLED_DATASET_URL,
        param: 'http://***:***@data.example.com/d.json',
        reason: 'credentials',
      },
    ],
    [
      '?data=https://token@data.example.com/d.json',
      {
        kind: 'rejected',
        url: BUNDLED_DATASET_URL,
        param: 'https://***@data.example.com/d.json',
        reason: 'credentials',
      },
    ],
    [
      '?data=' + encodeURIComponent('https://:pw@data.example.com/d.json'),
      {
        kind: 'rejected',
        url: BUNDLED_DATASET_URL,
        param: 'https://:***@data.example.com/d.json',
        reason: 'credentials',
      },
    ],
  ])('%s', (search, expected) => {
    expect(resolveDatasetSource(search, base)).toEqual(expected);
  });
});

describe('datasetSourceOf: one link names one dataset on every page', () => {
  it('reads a relative address against the app root, not the page', () => {
    const root = new URL(import.meta.env.BASE_URL, window.location.origin).href;
    expect(datasetSourceOf('data/other.json')).toEqual({
      kind: 'external',
      url: new URL('data/other.json', root).href,
      param: 'data/other.json',
    });
  });

  it('a missing or empty value is the bundled dataset', () => {
    expect(datasetSourceOf(null)).toEqual({ kind: 'bundled', url: BUNDLED_DATASET_URL });
    expect(datasetSourceOf('')).toEqual({ kind: 'bundled', url: BUNDLED_DATASET_URL });
  });

  it('keeps a value with characters a query must escape', () => {
    const param = 'https://example.com/d.json?a=1&b=二';
    expect(datasetSourceOf(param)).toMatchObject({ kind: 'external', param });
  });
});

describe('hosts the page’s policy does not allow are refused before any request', () => {
  const hosts = datasetHostsOf(
    contentSecurityPolicy(['https://data.example.com']),
    new URL('https://example.org'),
  );
  it.each<[string, string, object]>([
    [
      'an allowed dataset host',
      'https://data.example.com/d.json',
      { kind: 'external', url: 'https://data.example.com/d.json' },
    ],
    ['this site (relative)', 'other.json', { kind: 'external' }],
    [
      'another https host',
      'https://elsewhere.example.net/d.json',
      {
        kind: 'rejected',
        url: BUNDLED_DATASET_URL,
        reason: 'host-not-allowed',
        allowed: ["'self'", 'https://data.example.com'],
      },
    ],
    [
      'a service on the visitor’s own machine',
      'https://127.0.0.1:8443/d.json',
      { kind: 'rejected', reason: 'host-not-allowed' },
    ],
    ['a javascript: address is refused as not-http first', 'javascript:x', { reason: 'not-http' }],
  ])('%s', (_, param, expected) => {
    expect(resolveDatasetSource(`?data=${encodeURIComponent(param)}`, base, hosts)).toMatchObject(
      expected,
    );
  });

  it('reads the policy in the page: refused with one, allowed without (the dev server)', () => {
    expect(datasetSourceOf('https://elsewhere.example.net/d.json')).toMatchObject({
      kind: 'external',
    });
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = contentSecurityPolicy([]);
    document.head.append(meta);
    try {
      expect(datasetSourceOf('https://elsewhere.example.net/d.json')).toMatchObject({
        kind: 'rejected',
        reason: 'host-not-allowed',
        allowed: ["'self'"],
      });
      expect(datasetSourceOf('data/other.json')).toMatchObject({ kind: 'external' });
    } finally {
      meta.remove();
    }
  });
});
