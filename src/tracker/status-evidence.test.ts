// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { targetStatusSchema, type TargetStatus } from '@/data/schema';
import type { DeadlineState } from '@/tracker/deadline-state';
import { FOLLOW_UP_STATUSES, type FollowUp } from '@/data/tracking/follow-up';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import {
  makeDataset,
  makeRef,
  makeReport,
  makeSource,
  makeTarget,
} from '../../tests/fixtures/factories';
import { buildTracker } from './tracker';

/**
 * A target's status is its latest evidence on the as-of date, a page's report or a reader's
 * follow-up, and its deadline state follows: every status × deadline form × follow-up date.
 */
function trackerOf(deadline: string | null, reported: TargetStatus, followUps: FollowUp[]) {
  const sourceRef = makeRef({ sourceId: 'p' });
  return buildTracker(
    makeDataset({
      sources: [makeSource({ id: 'p', publishedOn: '2021-01-01' })],
      targets: [makeTarget({ id: 't', deadline, sourceRefs: [sourceRef] })],
      // The page's report predates every follow-up below; "not rated" is the absence of one.
      reports:
        reported === 'not-rated'
          ? []
          : [makeReport({ targetId: 't', status: reported, date: '2021-01-02', sourceRef })],
    }),
    followUps,
    AS_OF,
  );
}

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

/** What each status in effect must give once the deadline has passed (yesterday or long ago). */
const PASSED: Record<TargetStatus, DeadlineState> = {
  'not-rated': 'overdue',
  'in-progress': 'overdue',
  achieved: 'met-on-time', // by the page's report; a follow-up's day decides: ACHIEVED
  'partly-achieved': 'missed',
  'not-achieved': 'missed',
  stalled: 'overdue',
  unverifiable: 'overdue',
};

/** What each status in effect must give from 30 days before the deadline to its day. */
const DUE_SOON: Record<TargetStatus, DeadlineState> = {
  'not-rated': 'due-soon',
  'in-progress': 'due-soon',
  achieved: 'met-on-time',
  'partly-achieved': 'due-soon',
  'not-achieved': 'missed',
  stalled: 'due-soon',
  unverifiable: 'due-soon',
};

/** What each (deadline form, status in effect) must give — written out, not computed. */
const EXPECTED: Record<DeadlineForm, Record<TargetStatus, DeadlineState>> = {
  none: {
    'not-rated': 'no-deadline',
    'in-progress': 'no-deadline',
    achieved: 'met',
    'partly-achieved': 'no-deadline',
    'not-achieved': 'no-deadline',
    stalled: 'no-deadline',
    unverifiable: 'no-deadline',
  },
  passed: PASSED,
  'passed-yesterday': PASSED,
  today: DUE_SOON,
  'in-30-days': DUE_SOON,
  'in-31-days': {
    'not-rated': 'upcoming',
    'in-progress': 'upcoming',
    achieved: 'met-on-time',
    'partly-achieved': 'upcoming',
    'not-achieved': 'missed',
    stalled: 'upcoming',
    unverifiable: 'upcoming',
  },
};

/**
 * An achieved target is met on time or late by the day of the evidence that says so: the
 * page's report (2021-01-02), or a follow-up dated before (2021-05-01) or on the as-of date.
 */
const ACHIEVED: Record<DeadlineForm, Record<'page' | 'before' | 'on', DeadlineState>> = {
  none: { page: 'met', before: 'met', on: 'met' },
  passed: { page: 'met-on-time', before: 'met-late', on: 'met-late' },
  'passed-yesterday': { page: 'met-on-time', before: 'met-on-time', on: 'met-late' },
  today: { page: 'met-on-time', before: 'met-on-time', on: 'met-on-time' },
  'in-30-days': { page: 'met-on-time', before: 'met-on-time', on: 'met-on-time' },
  'in-31-days': { page: 'met-on-time', before: 'met-on-time', on: 'met-on-time' },
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
    'deadline %s, a page reported %s, %s → status %s',
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
      const row = trackerOf(DEADLINES[form], datasetStatus, followUps).targetById.get('t');
      expect(row?.status).toBe(effective);
      const decidedBy =
        match && match[2] !== 'after' && match[1] === effective
          ? (match[2] as 'before' | 'on')
          : 'page';
      expect(row?.state).toBe(
        effective === 'achieved' ? ACHIEVED[form][decidedBy] : EXPECTED[form][effective],
      );
    },
  );

  it('covers every status and every deadline state', () => {
    const states = new Set(
      [...Object.values(EXPECTED), ...Object.values(ACHIEVED)].flatMap((row) => Object.values(row)),
    );
    expect(states.size).toBe(8);
    expect(cases.length).toBe(6 * 7 * (1 + 6 * 3));
  });
});

describe('the deciding follow-up on one day', () => {
  it('is the one recorded last', () => {
    const followUps = [
      makeFollowUp({
        id: 'x',
        targetId: 't',
        status: 'stalled',
        date: '2021-04-01',
        updatedAt: '2021-04-02T00:00:00Z',
      }),
      makeFollowUp({
        id: 'y',
        targetId: 't',
        status: 'achieved',
        date: '2021-04-01',
        updatedAt: '2021-04-05T00:00:00Z',
      }),
    ];
    expect(trackerOf('2021-03-31', 'not-rated', followUps).targetById.get('t')?.status).toBe(
      'achieved',
    );
  });
  it('outweighs a page’s report of the same day', () => {
    const followUps = [makeFollowUp({ targetId: 't', status: 'stalled', date: '2021-01-02' })];
    expect(trackerOf('2021-03-31', 'achieved', followUps).targetById.get('t')?.status).toBe(
      'stalled',
    );
  });
});
