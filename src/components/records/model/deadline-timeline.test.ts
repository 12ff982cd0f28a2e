// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TargetRow } from '@/tracker/tracker';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import { makeTarget, targetRowsOf } from '../../../../tests/fixtures/factories';
import {
  countDeadlineMonths,
  deadlineTimeline as timelineOfCounts,
  lastDayOfMonth,
  monthsBetween,
  pageMonthsOf,
} from './deadline-timeline';

const options = (asOf: string, pageDates: string[] = []) => ({
  asOf,
  pageMonths: pageMonthsOf(pageDates.map((publishedOn) => ({ publishedOn }))),
  stateLabel: (s: string) => s,
  monthLabel: (m: string) => m,
  monthHref: (_: string, from: string, to: string) => `/targets?from=${from}&to=${to}`,
});
const deadlineTimeline = (rows: readonly TargetRow[], opts: ReturnType<typeof options>) =>
  timelineOfCounts(countDeadlineMonths(rows), opts);

describe('monthsBetween', () => {
  it.each<[string, string, string[]]>([
    ['2021-03', '2021-03', ['2021-03']],
    ['2021-11', '2022-02', ['2021-11', '2021-12', '2022-01', '2022-02']],
    ['2022-02', '2021-11', []],
  ])('%s → %s', (a, b, expected) => expect(monthsBetween(a, b)).toEqual(expected));

  it.each<[string, string]>([
    ['2021-02', '2021-02-28'],
    ['2024-02', '2024-02-29'],
    ['2021-12', '2021-12-31'],
  ])('last day of %s is %s', (month, expected) => expect(lastDayOfMonth(month)).toBe(expected));
});

/** A follow-up that says a target was achieved, long before any as-of date below. */
const achieved = (targetId: string) =>
  makeFollowUp({ targetId, status: 'achieved', date: '2000-01-01' });

describe('deadlineTimeline', () => {
  const targets = [
    makeTarget({ deadline: '2021-03-31' }),
    makeTarget({ deadline: '2021-03-20' }),
    makeTarget({ id: 'done-h1', deadline: '2021-06-30' }),
    makeTarget({ deadline: null }),
  ];

  it('says "no data" when no target has a deadline', () => {
    const rows = targetRowsOf([makeTarget({ deadline: null })], [], '2021-01-01');
    expect(deadlineTimeline(rows, options('2021-01-01')).kind).toBe('no-data');
  });

  it('has one column per month, gaps included, stacked by state', () => {
    const result = deadlineTimeline(
      targetRowsOf(targets, [achieved('done-h1')], '2021-04-15'),
      options('2021-04-15'),
    );
    if (result.kind !== 'ok') throw new Error('expected a timeline');
    const { series, undated, marks, asOfPosition } = result.series;
    expect(series.data.map((d) => d.key)).toEqual(['2021-03', '2021-04', '2021-05', '2021-06']);
    expect(series.data[0]?.values).toEqual({ overdue: 2 });
    expect(series.data[3]?.values).toEqual({ 'met-on-time': 1 });
    expect(series.data[1]?.values).toEqual({});
    expect(series.data[0]?.href).toBe('/targets?from=2021-03-01&to=2021-03-31');
    expect(undated).toBe(1);
    expect(asOfPosition).toBe('inside');
    expect(marks).toEqual([{ at: '2021-04', kind: 'as-of', date: '2021-04-15' }]);
  });

  it.each<[string, 'inside' | 'before' | 'after']>([
    ['2020-01-01', 'before'],
    ['2021-05-31', 'inside'],
    ['2026-11-22', 'after'],
  ])('as of %s the line is %s', (asOf, position) => {
    const result = deadlineTimeline(
      targetRowsOf(targets, [achieved('done-h1')], asOf),
      options(asOf),
    );
    expect(result.kind === 'ok' && result.series.asOfPosition).toBe(position);
  });

  it('widens the range to nearby page dates and marks them', () => {
    const result = deadlineTimeline(
      targetRowsOf(targets, [achieved('done-h1')], '2030-01-01'),
      options('2030-01-01', ['2021-02-18', '2010-01-01']),
    );
    if (result.kind !== 'ok') throw new Error('expected a timeline');
    expect(result.series.series.data[0]?.key).toBe('2021-02');
    expect(result.series.marks).toEqual([{ at: '2021-02', kind: 'page', date: '2021-02-18' }]);
  });

  it('marks a month once however many pages were printed in it, the as-of line first', () => {
    const pages = ['2021-03-02', '2021-03-20', '2021-03-02', '2021-05-09', '2021-05-01'];
    const result = deadlineTimeline(
      targetRowsOf(targets, [achieved('done-h1')], '2021-05-15'),
      options('2021-05-15', pages),
    );
    if (result.kind !== 'ok') throw new Error('expected a timeline');
    expect(result.series.marks).toEqual([
      { at: '2021-05', kind: 'as-of', date: '2021-05-15' },
      { at: '2021-03', kind: 'page', date: '2021-03-02' },
    ]);
  });

  it('draws at most one line per month for thousands of pages', () => {
    const pages = Array.from(
      { length: 5_000 },
      (_, i) =>
        `2021-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    const result = deadlineTimeline(
      targetRowsOf(targets, [achieved('done-h1')], '2030-01-01'),
      options('2030-01-01', pages),
    );
    if (result.kind !== 'ok') throw new Error('expected a timeline');
    const months = result.series.series.data.length;
    expect(result.series.marks.length).toBeLessThanOrEqual(months);
    expect(new Set(result.series.marks.map((m) => m.at)).size).toBe(result.series.marks.length);
  });

  it('aggregates: a thousand targets in one month are one column', () => {
    const many = Array.from({ length: 1000 }, () => makeTarget({ deadline: '2021-03-31' }));
    const result = deadlineTimeline(targetRowsOf(many, [], '2021-01-01'), options('2021-01-01'));
    expect(result.kind === 'ok' && result.series.series.data).toHaveLength(1);
  });
});

describe('countDeadlineMonths', () => {
  const rows = targetRowsOf(
    [
      makeTarget({ deadline: '2021-03-31' }),
      makeTarget({ deadline: null }),
      makeTarget({ id: 'done-2020', deadline: '2020-12-01' }),
      makeTarget({ deadline: '2021-03-15' }),
    ],
    [achieved('done-2020')],
    '2021-02-01',
  );

  it.each<[string, number[] | undefined, Record<string, Record<string, number>>, number]>([
    [
      'all rows, months in order',
      undefined,
      { '2020-12': { 'met-on-time': 1 }, '2021-03': { upcoming: 2 } },
      1,
    ],
    ['only the rows given', [0, 1], { '2021-03': { upcoming: 1 } }, 1],
    ['no rows', [], {}, 0],
  ])('%s', (_, indexes, months, undated) => {
    const given = indexes ? indexes.map((i) => rows[i] as TargetRow) : rows;
    const counts = countDeadlineMonths(given);
    expect(Object.fromEntries(counts.months)).toEqual(months);
    expect([...counts.months.keys()]).toEqual(Object.keys(months).sort());
    expect(counts.undated).toBe(undated);
  });
});

describe('pageMonthsOf', () => {
  it('gives each month once with its first page date, oldest first', () => {
    const sources = [
      { publishedOn: '2023-03-07' },
      { publishedOn: '2021-02-18' },
      { publishedOn: '2023-03-01' },
    ];
    expect(pageMonthsOf(sources)).toEqual([
      { month: '2021-02', date: '2021-02-18' },
      { month: '2023-03', date: '2023-03-01' },
    ]);
  });
});
