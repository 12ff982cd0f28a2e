import { describe, expect, it } from 'vitest';
import { targetStatusSchema, type TargetStatus } from '../schema';
import { targetDeadlineState, type DeadlineState } from './deadline-state';
import { FOLLOW_UP_STATUSES, type FollowUp } from './follow-up';
import {
  decidingFollowUp,
  planImport,
  statusOriginAsOf,
  statusReportsByTarget,
  unknownReferences,
  type ImportOutcome,
} from './follow-up-merge';
import { makeFollowUp } from './follow-up.fixtures';

const AS_OF = '2021-06-15';

/** Every form a deadline takes relative to the as-of date. */
const DEADLINES = {
  none: null,
  passed: '2021-03-31',
  'passed-yesterday': '2021-06-14',
  today: '2021-06-15',
  'in-30-days': '2021-07-15',
  'in-31-days': '2021-07-16',
} as const;
type DeadlineForm = keyof typeof DEADLINES;

/** What each (deadline form, status in effect) must give — written out, not computed. */
const EXPECTED: Record<DeadlineForm, Record<TargetStatus, DeadlineState>> = {
  none: {
    'not-rated': 'no-deadline',
    'in-progress': 'no-deadline',
    achieved: 'no-deadline',
    'partly-achieved': 'no-deadline',
    'not-achieved': 'no-deadline',
    stalled: 'no-deadline',
    unverifiable: 'no-deadline',
  },
  passed: {
    'not-rated': 'overdue',
    'in-progress': 'overdue',
    achieved: 'met',
    'partly-achieved': 'missed',
    'not-achieved': 'missed',
    stalled: 'overdue',
    unverifiable: 'overdue',
  },
  'passed-yesterday': {
    'not-rated': 'overdue',
    'in-progress': 'overdue',
    achieved: 'met',
    'partly-achieved': 'missed',
    'not-achieved': 'missed',
    stalled: 'overdue',
    unverifiable: 'overdue',
  },
  today: {
    'not-rated': 'due-soon',
    'in-progress': 'due-soon',
    achieved: 'met',
    'partly-achieved': 'due-soon',
    'not-achieved': 'missed',
    stalled: 'due-soon',
    unverifiable: 'due-soon',
  },
  'in-30-days': {
    'not-rated': 'due-soon',
    'in-progress': 'due-soon',
    achieved: 'met',
    'partly-achieved': 'due-soon',
    'not-achieved': 'missed',
    stalled: 'due-soon',
    unverifiable: 'due-soon',
  },
  'in-31-days': {
    'not-rated': 'upcoming',
    'in-progress': 'upcoming',
    achieved: 'met',
    'partly-achieved': 'upcoming',
    'not-achieved': 'missed',
    stalled: 'upcoming',
    unverifiable: 'upcoming',
  },
};

/** When a follow-up is dated relative to the as-of date, and whether it counts yet. */
const FOLLOW_UP_DATES = [
  ['before', '2021-05-01', true],
  ['on', AS_OF, true],
  ['after', '2021-06-16', false],
] as const;

type Case = [DeadlineForm, TargetStatus, string, TargetStatus];
const cases: Case[] = [];
for (const form of Object.keys(DEADLINES) as DeadlineForm[]) {
  for (const datasetStatus of targetStatusSchema.options) {
    cases.push([form, datasetStatus, 'no follow-up', datasetStatus]);
    for (const followUpStatus of FOLLOW_UP_STATUSES) {
      for (const [when, , counts] of FOLLOW_UP_DATES) {
        cases.push([
          form,
          datasetStatus,
          `follow-up ${followUpStatus} dated ${when}`,
          counts ? followUpStatus : datasetStatus,
        ]);
      }
    }
  }
}

describe('follow-ups merged over the dataset, every status × deadline form', () => {
  it.each(cases)(
    'deadline %s, dataset says %s, %s → status %s',
    (form, datasetStatus, label, effective) => {
      const match = /^follow-up (\S+) dated (\S+)$/.exec(label);
      const followUps: FollowUp[] = match
        ? [
            makeFollowUp({
              targetId: 't',
              status: match[1] as FollowUp['status'],
              date: FOLLOW_UP_DATES.find(([when]) => when === match[2])![1],
            }),
          ]
        : [];
      const reports = statusReportsByTarget(followUps).get('t') ?? [];
      const target = { deadline: DEADLINES[form], status: datasetStatus };
      expect(statusOriginAsOf(datasetStatus, followUps, AS_OF).status).toBe(effective);
      expect(targetDeadlineState(target, reports, AS_OF)).toBe(EXPECTED[form][effective]);
    },
  );

  it('covers every status and every deadline state', () => {
    const states = new Set(Object.values(EXPECTED).flatMap((row) => Object.values(row)));
    expect(states.size).toBe(6);
    expect(cases.length).toBe(6 * 7 * (1 + 6 * 3));
  });
});

describe('statusReportsByTarget', () => {
  it('groups by target, oldest first; on one day the one recorded last comes last', () => {
    const reports = statusReportsByTarget([
      makeFollowUp({ id: 'c', targetId: 'a', status: 'achieved', date: '2021-05-01' }),
      makeFollowUp({
        id: 'b',
        targetId: 'a',
        status: 'stalled',
        date: '2021-04-01',
        createdAt: '2021-04-03T00:00:00Z',
      }),
      makeFollowUp({
        id: 'a',
        targetId: 'a',
        status: 'in-progress',
        date: '2021-04-01',
        createdAt: '2021-04-02T00:00:00Z',
      }),
      makeFollowUp({ id: 'd', targetId: 'b', status: 'not-achieved', date: '2021-01-01' }),
    ]);
    expect([...reports.keys()]).toEqual(['a', 'b']);
    expect(reports.get('a')).toEqual([
      { status: 'in-progress', date: '2021-04-01' },
      { status: 'stalled', date: '2021-04-01' },
      { status: 'achieved', date: '2021-05-01' },
    ]);
  });

  it('gives an empty map for no follow-ups', () => {
    expect(statusReportsByTarget([]).size).toBe(0);
  });
});

describe('decidingFollowUp', () => {
  const rows = [
    makeFollowUp({ id: 'x', date: '2021-04-01', createdAt: '2021-04-02T00:00:00Z' }),
    makeFollowUp({ id: 'y', date: '2021-04-01', createdAt: '2021-04-05T00:00:00Z' }),
    makeFollowUp({ id: 'z', date: '2021-05-01' }),
  ];
  it.each<[string, string | undefined]>([
    ['2021-03-31', undefined],
    ['2021-04-01', 'y'],
    ['2021-04-30', 'y'],
    ['2021-05-01', 'z'],
  ])('as of %s → %s', (asOf, id) => {
    expect(decidingFollowUp(rows, asOf)?.id).toBe(id);
    expect(statusOriginAsOf('not-rated', rows, asOf).kind).toBe(id ? 'follow-up' : 'dataset');
  });
});

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
