// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import { makeDataset, makeRef, makeSource, makeTarget } from '../../tests/fixtures/factories';
import { compareFollowUpsNewestFirst } from './follow-up-order';
import { buildTracker } from './tracker';

/** Two follow-ups of one target: [id, date, createdAt, updatedAt]. */
type Row = [id: string, date: string, createdAt: string, updatedAt: string];

const followUpOf = ([id, date, createdAt, updatedAt]: Row) =>
  makeFollowUp({ id, targetId: 't', date, createdAt, updatedAt });

describe('compareFollowUpsNewestFirst', () => {
  // Each row varies createdAt and updatedAt independently: only date, then updatedAt, then id decide.
  it.each<[string, Row, Row, string]>([
    [
      'a later day wins whatever was recorded when',
      ['a', '2021-04-02', '2021-04-02T00:00:00Z', '2021-04-02T00:00:00Z'],
      ['b', '2021-04-01', '2021-05-01T00:00:00Z', '2021-06-01T00:00:00Z'],
      'a',
    ],
    [
      'same day: created earlier but edited later wins',
      ['early-edited', '2021-04-01', '2021-04-01T08:00:00Z', '2021-04-03T08:00:00Z'],
      ['late-created', '2021-04-01', '2021-04-02T08:00:00Z', '2021-04-02T08:00:00Z'],
      'early-edited',
    ],
    [
      'same day: created later and never edited wins over one edited before it was created',
      ['a', '2021-04-01', '2021-04-01T08:00:00Z', '2021-04-01T09:00:00Z'],
      ['b', '2021-04-01', '2021-04-02T08:00:00Z', '2021-04-02T08:00:00Z'],
      'b',
    ],
    [
      'same day, same updatedAt: the createdAt does not decide, the id does',
      ['a', '2021-04-01', '2021-04-05T00:00:00Z', '2021-04-06T00:00:00Z'],
      ['b', '2021-04-01', '2021-04-01T00:00:00Z', '2021-04-06T00:00:00Z'],
      'b',
    ],
    [
      'instants, not text: 09:00+08:00 is 01:00Z, earlier than 02:00Z',
      ['plus-eight', '2021-04-01', '2021-04-01T00:00:00Z', '2021-04-02T09:00:00+08:00'],
      ['utc', '2021-04-01', '2021-04-01T00:00:00Z', '2021-04-02T02:00:00Z'],
      'utc',
    ],
  ])('%s', (_, first, second, newest) => {
    const a = followUpOf(first);
    const b = followUpOf(second);
    expect([a, b].sort(compareFollowUpsNewestFirst)[0]?.id).toBe(newest);
    expect([b, a].sort(compareFollowUpsNewestFirst)[0]?.id).toBe(newest);
  });

  it('the tracker takes the first in this order as the status in force, and lists them in it', () => {
    const sourceRef = makeRef({ sourceId: 'p' });
    const dataset = makeDataset({
      sources: [makeSource({ id: 'p', publishedOn: '2021-01-01' })],
      targets: [makeTarget({ id: 't', deadline: '2021-03-31', sourceRefs: [sourceRef] })],
    });
    const followUps = [
      makeFollowUp({
        id: 'created-last',
        targetId: 't',
        status: 'stalled',
        date: '2021-04-01',
        createdAt: '2021-04-03T00:00:00Z',
        updatedAt: '2021-04-03T00:00:00Z',
      }),
      makeFollowUp({
        id: 'edited-last',
        targetId: 't',
        status: 'achieved',
        date: '2021-04-01',
        createdAt: '2021-04-02T00:00:00Z',
        updatedAt: '2021-04-04T00:00:00Z',
      }),
    ];
    const row = buildTracker(dataset, followUps, '2021-06-01').targetById.get('t');
    expect(row?.status).toBe('achieved');
    expect(row?.state).toBe('met-late');
    expect(row?.followUps.map((f) => f.id)).toEqual(['edited-last', 'created-last']);
  });
});
