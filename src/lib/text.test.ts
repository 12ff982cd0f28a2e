// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codePointLength, firstCodePoints } from './text';

const KICHI = '\u{20BB7}'; // 𠮷, outside the Basic Multilingual Plane: two UTF-16 units
const EMOJI = '😀';
const FAMILY = '👨‍👩‍👧'; // three emoji joined by zero-width joiners: five code points

describe('codePointLength', () => {
  it.each<[string, string, number]>([
    ['empty', '', 0],
    ['ASCII', 'abc', 3],
    ['common Chinese', '郑州市', 3],
    ['𠮷 (U+20BB7)', KICHI, 1],
    ['an emoji', EMOJI, 1],
    ['mixed', `${KICHI}野家${EMOJI}x`, 5],
    ['joined emoji count their code points', FAMILY, 5],
    ['a lone high surrogate', '\uD842', 1],
    ['a lone low surrogate then text', '\uDFB7a', 2],
    ['4,000 emoji', EMOJI.repeat(4_000), 4_000],
  ])('%s', (_, text, expected) => {
    expect(codePointLength(text)).toBe(expected);
    expect(codePointLength(text)).toBe([...text].length);
  });
});

describe('firstCodePoints', () => {
  it.each<[string, string, number, string]>([
    ['shorter than the limit', 'abc', 5, 'abc'],
    ['ASCII', 'abcdef', 2, 'ab'],
    ['a pair at the cut stays whole', `a${EMOJI}b`, 2, `a${EMOJI}`],
    ['only pairs', KICHI.repeat(5), 3, KICHI.repeat(3)],
    ['zero', `${EMOJI}x`, 0, ''],
    ['Chinese', '管城回族区', 2, '管城'],
  ])('%s', (_, text, max, first) => {
    expect(firstCodePoints(text, max)).toBe(first);
  });

  it('never leaves half a surrogate pair, at any cut', () => {
    const text = `${EMOJI}a${KICHI}${KICHI}b${EMOJI}`.repeat(3);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
    for (let max = 0; max <= codePointLength(text); max++) {
      expect(firstCodePoints(text, max)).not.toMatch(lone);
      expect(codePointLength(firstCodePoints(text, max))).toBe(max);
    }
  });
});
