import { describe, expect, it } from 'vitest';
import type { StatusReport } from '@/data/tracking/deadline-state';
import {
  makeDataset,
  makeProject,
  makeTarget,
  THREE_DISTRICTS,
} from '../../../../tests/fixtures/factories';
import {
  countByState,
  nearestDeadlines,
  NO_STATUS_REPORTS,
  overdueWithoutResult,
  projectDeadlines,
  stateCountsByDistrict,
  targetCategories,
  targetListRows,
  targetRow,
  targetRows,
} from './target-rows';

describe('targetRow', () => {
  const target = makeTarget({ id: 't', deadline: '2021-03-31', status: 'not-rated' });
  it.each<[string, StatusReport[], string, string, string, boolean]>([
    ['before the deadline, nothing reported', [], '2021-01-01', 'not-rated', 'upcoming', false],
    ['within 30 days', [], '2021-03-10', 'not-rated', 'due-soon', false],
    ['past the deadline, nothing reported', [], '2021-04-01', 'not-rated', 'overdue', false],
    [
      'a follow-up dated later does not count yet',
      [{ status: 'achieved', date: '2021-05-01' }],
      '2021-04-01',
      'not-rated',
      'overdue',
      false,
    ],
    [
      'a follow-up on or before the as-of date wins',
      [{ status: 'achieved', date: '2021-04-01' }],
      '2021-04-01',
      'achieved',
      'met',
      true,
    ],
    [
      'not achieved is missed',
      [{ status: 'not-achieved', date: '2021-04-02' }],
      '2021-05-01',
      'not-achieved',
      'missed',
      true,
    ],
  ])('%s', (_, reports, asOf, status, state, followedUp) => {
    const row = targetRow(target, new Map([['t', reports]]), asOf);
    expect(row).toMatchObject({ status, state, followedUp });
  });
});

describe('counts by state', () => {
  const targets = [
    makeTarget({ districtId: '410102', deadline: '2021-03-31' }),
    makeTarget({ districtId: '410102', deadline: '2021-12-31' }),
    makeTarget({ districtId: '410104', deadline: null }),
    makeTarget({ districtId: '410104', deadline: '2021-02-28', status: 'achieved' }),
    makeTarget({ districtId: 'jingkai', deadline: '2021-02-28' }),
  ];
  it.each<[string, Record<string, number>]>([
    ['2021-01-01', { upcoming: 3, 'due-soon': 0, overdue: 0, met: 1, 'no-deadline': 1 }],
    ['2021-03-15', { upcoming: 1, 'due-soon': 1, overdue: 1, met: 1, 'no-deadline': 1 }],
    ['2022-01-01', { upcoming: 0, 'due-soon': 0, overdue: 3, met: 1, 'no-deadline': 1 }],
  ])('as of %s', (asOf, expected) => {
    expect(countByState(targetRows(targets, NO_STATUS_REPORTS, asOf))).toMatchObject(expected);
  });

  it('per district, in the given order, leaving out districts without targets', () => {
    const result = stateCountsByDistrict(
      ['jingkai', '410102', '999999', '410104'],
      targetRows(targets, NO_STATUS_REPORTS, '2022-01-01'),
    );
    expect(result.map((r) => [r.districtId, r.total, r.counts.overdue])).toEqual([
      ['jingkai', 1, 1],
      ['410102', 2, 2],
      ['410104', 2, 0],
    ]);
  });
});

describe('overdue and nearest lists', () => {
  const targets = [
    makeTarget({ id: 'late', deadline: '2021-06-30' }),
    makeTarget({ id: 'later', deadline: '2021-09-30' }),
    makeTarget({ id: 'earliest', deadline: '2021-03-31' }),
    makeTarget({ id: 'done', deadline: '2021-03-31', status: 'achieved' }),
    makeTarget({ id: 'undated', deadline: null }),
  ];
  it.each<[string, string[], string[]]>([
    ['2021-01-01', [], ['earliest', 'late', 'later']],
    ['2021-07-01', ['earliest', 'late'], ['later']],
    ['2021-06-30', ['earliest'], ['late', 'later']],
    ['2022-01-01', ['earliest', 'late', 'later'], []],
  ])('as of %s', (asOf, overdue, nearest) => {
    const rows = targetRows(targets, NO_STATUS_REPORTS, asOf);
    expect(overdueWithoutResult(rows).map((r) => r.target.id)).toEqual(overdue);
    expect(nearestDeadlines(rows, asOf, 10).map((r) => r.target.id)).toEqual(nearest);
  });

  it('limits the nearest list', () => {
    const rows = targetRows(targets, NO_STATUS_REPORTS, '2021-01-01');
    expect(nearestDeadlines(rows, '2021-01-01', 1).map((r) => r.target.id)).toEqual(['earliest']);
  });
});

describe('projects and targets', () => {
  const projects = new Map([
    ['road-1', { category: 'road' as const }],
    ['park-1', { category: 'green-space' as const }],
    ['road-2', { category: 'road' as const }],
  ]);
  it.each<[string[], string[]]>([
    [[], ['unlinked']],
    [['missing'], ['unlinked']],
    [['road-1'], ['road']],
    [['road-1', 'road-2'], ['road']],
    [
      ['park-1', 'road-1'],
      ['green-space', 'road'],
    ],
  ])('a target naming %j is about %j', (projectIds, expected) => {
    expect(targetCategories(makeTarget({ projectIds }), projects)).toEqual(expected);
  });

  it('a project’s deadline is the earliest of the targets naming it', () => {
    const deadlines = projectDeadlines({
      targets: [
        makeTarget({ projectIds: ['p1'], deadline: '2021-06-30' }),
        makeTarget({ projectIds: ['p1', 'p2'], deadline: '2021-03-31' }),
        makeTarget({ projectIds: ['p3'], deadline: null }),
      ],
    });
    expect(Object.fromEntries(deadlines)).toEqual({ p1: '2021-03-31', p2: '2021-03-31' });
  });

  it('list rows carry the district and the categories', () => {
    const dataset = makeDataset({
      districts: THREE_DISTRICTS,
      projects: [makeProject({ id: 'p1', category: 'road', districtId: '410102' })],
      targets: [makeTarget({ id: 't1', districtId: '410102', projectIds: ['p1'] })],
    });
    const [row] = targetListRows(dataset, NO_STATUS_REPORTS, '2021-01-01');
    expect(row?.district?.nameZh).toBe('中原区');
    expect(row?.categories).toEqual(['road']);
    expect(row?.searchText).toContain('中原区');
  });
});
