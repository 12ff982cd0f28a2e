import { describe, expect, it } from 'vitest';
import { afterUrlChange } from './use-url-bound-value';

describe('afterUrlChange', () => {
  it.each<[string, { text: string; seen: string }, string, string]>([
    ['the URL takes what was typed: the text stays', { text: 'ab', seen: 'a' }, 'ab', 'ab'],
    [
      'spaces only: the URL holds no search, the text keeps them',
      { text: '  ', seen: '' },
      '',
      '  ',
    ],
    [
      'a date half typed: the URL keeps the last date, the text is kept',
      { text: '', seen: '2021-03-01' },
      '2021-03-01',
      '',
    ],
    [
      'a change from elsewhere (back, clear all) replaces the text',
      { text: 'abc', seen: 'abc' },
      'xyz',
      'xyz',
    ],
    ['cleared from elsewhere', { text: 'abc', seen: 'abc' }, '', ''],
  ])('%s', (_, state, url, expected) => {
    expect(afterUrlChange(state, url)).toEqual({
      text: expected,
      seen: url === state.seen ? state.seen : url,
    });
  });
});
