import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_LIMITS } from './follow-up';
import {
  buildFollowUpFile,
  checkStorageLimits,
  exportFileBytes,
  parseFollowUpFile,
  serializeFollowUpFile,
  utf8Length,
} from './follow-up-file';
import { makeFollowUp, makeNthFollowUp } from './follow-up.fixtures';

/**
 * What can be stored is what one import file can hold, so every export can be imported again.
 * These are the figures docs/tracking.md quotes, at the limits.
 */

const NOTE_80 = '区统计局：一季度完成固定资产投资六十二亿元，同比增长百分之十二，项目进展顺利。'
  .repeat(3)
  .slice(0, 80);
const NOTE_MAX = '测'.repeat(FOLLOW_UP_LIMITS.noteLength);
const URL_MAX = `https://example.org/${'a'.repeat(FOLLOW_UP_LIMITS.urlLength - 20)}`;

const shapes = {
  'an 80-character Chinese note and a source id': {
    note: NOTE_80,
    sourceId: '003_13d16aa499b581b9',
  },
  'a maximum-length note (4,000 Chinese characters) and a 2,000-character link': {
    note: NOTE_MAX,
    url: URL_MAX,
    sourceId: '003_13d16aa499b581b9',
  },
};

/** The most follow-ups of one shape that may be stored (each has the same size in a file). */
function mostThatFit(shape: { note: string; url?: string; sourceId?: string }): number {
  const one = exportFileBytes([makeNthFollowUp(0, shape)]);
  const two = exportFileBytes([makeNthFollowUp(0, shape), makeNthFollowUp(1, shape)]);
  const each = two - one;
  const byBytes = Math.floor((FOLLOW_UP_LIMITS.fileBytes - one) / each) + 1;
  return Math.min(byBytes, FOLLOW_UP_LIMITS.records);
}

const many = (count: number, shape: { note: string; url?: string; sourceId?: string }) =>
  Array.from({ length: count }, (_, i) => makeNthFollowUp(i, shape));

describe('storage limits: the export of whatever is stored imports again', () => {
  it.each(Object.entries(shapes))(
    'with %s: at the limit it fits and imports; one more is refused',
    (_, shape) => {
      const count = mostThatFit(shape);
      const atLimit = many(count, shape);
      const stored = checkStorageLimits(atLimit);
      expect(stored.ok).toBe(true);
      const text = serializeFollowUpFile(
        buildFollowUpFile(atLimit, new Date('2026-01-01T00:00:00Z')),
      );
      expect(utf8Length(text)).toBeLessThanOrEqual(FOLLOW_UP_LIMITS.fileBytes);
      const back = parseFollowUpFile(text, new Date('2026-01-01T00:00:00Z'));
      expect(back.ok && back.data.followUps.length).toBe(count);
      const oneMore = checkStorageLimits([...atLimit, makeNthFollowUp(count, shape)]);
      expect(oneMore.ok ? null : oneMore.reason.kind).toBe('limit');
    },
  );

  it('counts 10,000 follow-ups with 80-character notes as storable, and 10,001 as not', () => {
    const shape = shapes['an 80-character Chinese note and a source id'];
    expect(mostThatFit(shape)).toBe(FOLLOW_UP_LIMITS.records);
    const full = many(FOLLOW_UP_LIMITS.records, shape);
    expect(checkStorageLimits(full).ok).toBe(true);
    const over = checkStorageLimits([...full, makeNthFollowUp(FOLLOW_UP_LIMITS.records, shape)]);
    expect(over).toMatchObject({ ok: false, reason: { kind: 'limit', records: 10_001 } });
  });

  it('the file is compact JSON: no indentation, one trailing newline', () => {
    const text = serializeFollowUpFile(buildFollowUpFile([makeFollowUp()], new Date(0)));
    expect(text).not.toMatch(/\n./);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('utf8Length', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['郑州', 6],
    ['😀', 4],
    ['a😀郑', 8],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).byteLength);
  });
});
