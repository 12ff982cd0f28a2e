import { describe, expect, it } from 'vitest';
import { makeTarget } from '../../../../tests/fixtures/factories';
import { deadlineTimeline, lastDayOfMonth, monthsBetween } from './deadline-timeline';
import { NO_STATUS_REPORTS, targetRows } from './target-rows';

const options = (asOf: string, pageDates: string[] = []) => ({
  asOf,
  pageDates,
  stateLabel: (s: string) => s,
  monthLabel: (m: string) => m,
  monthHref: (_: string, from: string, to: string) => `/targets?from=${from}&to=${to}`,
});

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

describe('deadlineTimeline', () => {
  const targets = [
    makeTarget({ deadline: '2021-03-31' }),
    makeTarget({ deadline: '2021-03-20' }),
    makeTarget({ deadline: '2021-06-30', status: 'achieved' }),
    makeTarget({ deadline: null }),
  ];

  it('says "no data" when no target has a deadline', () => {
    const rows = targetRows([makeTarget({ deadline: null })], NO_STATUS_REPORTS, '2021-01-01');
    expect(deadlineTimeline(rows, options('2021-01-01')).kind).toBe('no-data');
  });

  it('has one column per month, gaps included, stacked by state', () => {
    const result = deadlineTimeline(
      targetRows(targets, NO_STATUS_REPORTS, '2021-04-15'),
      options('2021-04-15'),
    );
    if (result.kind !== 'ok') throw new Error('expected a timeline');
    const { series, undated, marks, asOfPosition } = result.series;
    expect(series.data.map((d) => d.key)).toEqual(['2021-03', '2021-04', '2021-05', '2021-06']);
    expect(series.data[0]?.values).toEqual({ overdue: 2 });
    expect(series.data[3]?.values).toEqual({ met: 1 });
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
    const result = deadlineTimeline(targetRows(targets, NO_STATUS_REPORTS, asOf), options(asOf));
    expect(result.kind === 'ok' && result.series.asOfPosition).toBe(position);
  });

  it('widens the range to nearby page dates and marks them', () => {
    const result = deadlineTimeline(
      targetRows(targets, NO_STATUS_REPORTS, '2030-01-01'),
      options('2030-01-01', ['2021-02-18', '2010-01-01']),
    );
    if (result.kind !== 'ok') throw new Error('expected a timeline');
    expect(result.series.series.data[0]?.key).toBe('2021-02');
    expect(result.series.marks).toEqual([{ at: '2021-02', kind: 'page', date: '2021-02-18' }]);
  });

  it('aggregates: a thousand targets in one month are one column', () => {
    const many = Array.from({ length: 1000 }, () => makeTarget({ deadline: '2021-03-31' }));
    const result = deadlineTimeline(
      targetRows(many, NO_STATUS_REPORTS, '2021-01-01'),
      options('2021-01-01'),
    );
    expect(result.kind === 'ok' && result.series.series.data).toHaveLength(1);
  });
});
