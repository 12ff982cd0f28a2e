import { describe, expect, it } from 'vitest';
import { sameOriginPath, shorten, withoutDatasetParam } from './dataset-banner';

/** Where a link would go if it were clicked on https://app.example/. */
const destination = (href: string) => new URL(href, 'https://app.example/');

describe('withoutDatasetParam: the way back stays on this app', () => {
  /** The way back drops ?data=, keeps the rest, and never leaves https://app.example. */
  const expectWayBack = (pathname: string, search: string, hash: string, expected: string) => {
    const back = withoutDatasetParam(pathname, search, hash);
    expect(back).toBe(expected);
    expect(destination(back).origin).toBe('https://app.example');
  };

  it.each<[string, string, string, string]>([
    ['/targets', '?data=x.json&district=410102', '#top', '/targets?district=410102#top'],
    ['//evil.example/', '?data=x.json&q=1', '#h', '/evil.example/?q=1#h'],
  ])('%j %j %j → %j', expectWayBack);

  // Paths that would leave the origin as they stand, on ?data=x.json with no hash.
  it.each<[string, string]>([
    ['/', '/'],
    ['//evil.example/', '/evil.example/'],
    ['/\\evil.example/', '/evil.example/'],
    ['\\\\evil.example/', '/evil.example/'],
    ['/\t/evil.example/', '/evil.example/'],
    ['///evil.example', '/evil.example'],
    ['https://evil.example/', '/https://evil.example/'],
    ['', '/'],
  ])('%j "?data=x.json" "" → %j', (pathname, expected) => {
    expectWayBack(pathname, '?data=x.json', '', expected);
  });
});

describe('sameOriginPath', () => {
  it.each(['/', '/projects', '/targets/a-b', '/中原区'])('keeps %j on this origin', (path) => {
    expect(destination(sameOriginPath(path)).origin).toBe('https://app.example');
    expect(decodeURIComponent(sameOriginPath(path))).toBe(path);
  });
});

describe('shorten: a long address keeps its start and end, in whole characters', () => {
  it.each<[string, string, number, string]>([
    ['short enough', 'https://a.example/d.json', 160, 'https://a.example/d.json'],
    ['ASCII', 'abcdefghij', 5, 'ab…ij'],
    ['an emoji at each cut stays whole', `${'😀'.repeat(6)}`, 5, '😀😀…😀😀'],
    ['𠮷 counted as one', `${'\u{20BB7}'.repeat(3)}`, 3, '\u{20BB7}'.repeat(3)],
  ])('%s', (_, text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
