import { describe, expect, it } from 'vitest';
import { sameOriginPath, withoutDatasetParam } from './dataset-banner';

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
