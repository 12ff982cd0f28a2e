import { describe, expect, it } from 'vitest';
import { afterUrlChange } from './use-url-bound-value';

describe('afterUrlChange', () => {
  const typing = { local: 'abc', seen: '', pending: ['a', 'ab', 'abc'] };
  it.each<
    [
      string,
      { local: string; seen: string; pending: string[] },
      string,
      { local: string; pending: string[] },
    ]
  >([
    [
      'an echo of an early keystroke keeps what was typed since',
      typing,
      'a',
      { local: 'abc', pending: ['ab', 'abc'] },
    ],
    [
      'the echo of the last keystroke clears the queue',
      typing,
      'abc',
      { local: 'abc', pending: [] },
    ],
    [
      'a change from elsewhere (back, clear all) replaces the text',
      typing,
      'xyz',
      { local: 'xyz', pending: [] },
    ],
    [
      'cleared from elsewhere',
      { local: 'abc', seen: 'abc', pending: [] },
      '',
      { local: '', pending: [] },
    ],
  ])('%s', (_, state, url, expected) => {
    expect(afterUrlChange(state, url)).toEqual({ ...expected, seen: url });
  });
});
