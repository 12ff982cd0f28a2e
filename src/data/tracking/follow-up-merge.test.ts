// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FollowUp } from './follow-up';
import { planImport, unknownReferences, type ImportOutcome } from './follow-up-merge';
import { makeFollowUp } from './follow-up.fixtures';

describe('planImport', () => {
  const stored = makeFollowUp({ id: 's', updatedAt: '2021-05-01T00:00:00.000Z' });
  const storedMap = new Map([[stored.id, stored]]);
  it.each<[string, FollowUp, ImportOutcome]>([
    ['a new id', makeFollowUp({ id: 'new' }), 'added'],
    ['the same content', { ...stored }, 'unchanged'],
    [
      'other content, later updatedAt',
      { ...stored, note: 'edited', updatedAt: '2021-05-02T00:00:00.000Z' },
      'updated',
    ],
    [
      'other content, same updatedAt (tie keeps the stored copy)',
      { ...stored, note: 'edited' },
      'kept-stored',
    ],
    [
      'other content, earlier updatedAt',
      { ...stored, note: 'old', updatedAt: '2021-04-01T00:00:00.000Z' },
      'kept-stored',
    ],
  ])('%s → %s', (_label, incoming, outcome) => {
    const plan = planImport(storedMap, [incoming]);
    expect(plan.counts[outcome]).toBe(1);
    const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(1);
    const written = outcome === 'added' || outcome === 'updated';
    expect(plan.writes).toEqual(written ? [incoming] : []);
  });

  it('is idempotent: planning what was just written writes nothing', () => {
    const incoming = [makeFollowUp({ id: 'a' }), makeFollowUp({ id: 'b' })];
    const first = planImport(new Map(), incoming);
    const after = new Map(first.writes.map((f) => [f.id, f]));
    const second = planImport(after, incoming);
    expect(second.writes).toEqual([]);
    expect(second.counts.unchanged).toBe(2);
  });
});

describe('unknownReferences', () => {
  it('lists target and source ids the dataset in view lacks, once each, sorted', () => {
    const result = unknownReferences(
      [
        makeFollowUp({ targetId: 'other-city-t2', evidence: { sourceId: 'src-x' } }),
        makeFollowUp({ targetId: 'other-city-t1', evidence: { sourceId: 'known-src' } }),
        makeFollowUp({ targetId: 'other-city-t2' }),
        makeFollowUp({ targetId: 'known-t' }),
      ],
      { targetIds: new Set(['known-t']), sourceIds: new Set(['known-src']) },
    );
    expect(result).toEqual({
      targetIds: ['other-city-t1', 'other-city-t2'],
      sourceIds: ['src-x'],
    });
  });
});
