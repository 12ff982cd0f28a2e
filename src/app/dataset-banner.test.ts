import { describe, expect, it } from 'vitest';
import { sameOriginPath, withoutDatasetParam } from './dataset-banner';

/** Where a link would go if it were clicked on https://app.example/. */
const destination = (href: string) => new URL(href, 'https://app.example/');

describe('withoutDatasetParam: the way back stays on this app', () => {
  it.each<[string, string, string, string]>([
    ['/targets', '?data=x.json&district=410102', '#top', '/targets?district=410102#top'],
    ['/', '?data=x.json', '', '/'],
    ['//evil.example/', '?data=x.json', '', '/evil.example/'],
    ['//evil.example/', '?data=x.json&q=1', '#h', '/evil.example/?q=1#h'],
    ['/\\evil.example/', '?data=x.json', '', '/evil.example/'],
    ['\\\\evil.example/', '?data=x.json', '', '/evil.example/'],
    ['/\t/evil.example/', '?data=x.json', '', '/evil.example/'],
    ['///evil.example', '?data=x.json', '', '/evil.example'],
    ['https://evil.example/', '?data=x.json', '', '/https://evil.example/'],
    ['', '?data=x.json', '', '/'],
  ])('%j %j %j → %j', (pathname, search, hash, expected) => {
    const back = withoutDatasetParam(pathname, search, hash);
    expect(back).toBe(expected);
    expect(destination(back).origin).toBe('https://app.example');
  });
});

describe('sameOriginPath', () => {
  it.each(['/', '/projects', '/targets/a-b', '/中原区'])('keeps %j on this origin', (path) => {
    expect(destination(sameOriginPath(path)).origin).toBe('https://app.example');
    expect(decodeURIComponent(sameOriginPath(path))).toBe(path);
  });
});
