// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  monthEnds,
  daysBetween,
  isMonthEnd,
  lastDayOfMonth,
  monthsInto,
  periodBounds,
  todayIso,
  type PeriodBounds,
} from './calendar';

describe('days', () => {
  it.each([
    ['2021-03-01', '2021-03-31', 30],
    ['2021-03-31', '2021-03-01', -30],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2021-12-31', '2022-01-01', 1],
  ])('%s → %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('formats today in local time', () => {
    expect(todayIso(new Date(2026, 10, 21, 23, 30))).toBe('2026-11-21');
  });

  it.each([
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [2021, 12, '2021-12-31'],
    [2021, 4, '2021-04-30'],
  ])('the last day of %d-%d is %s', (year, month, day) => {
    expect(lastDayOfMonth(year, month)).toBe(day);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2024-02-28', false],
    ['2021-03-31', true],
    ['2021-03-15', false],
  ])('%s is a month end: %s', (day, expected) => {
    expect(isMonthEnd(day)).toBe(expected);
  });
});

describe('periodBounds', () => {
  it.each<[string, PeriodBounds | undefined]>([
    ['2024', { kind: 'year', start: '2024-01-01', end: '2024-12-31', months: 12 }],
    ['2021-H1', { kind: 'half', start: '2021-01-01', end: '2021-06-30', months: 6 }],
    ['2021-H2', { kind: 'half', start: '2021-07-01', end: '2021-12-31', months: 6 }],
    ['2021-Q1', { kind: 'quarter', start: '2021-01-01', end: '2021-03-31', months: 3 }],
    ['2024-Q4', { kind: 'quarter', start: '2024-10-01', end: '2024-12-31', months: 3 }],
    ['2024-02', { kind: 'month', start: '2024-02-01', end: '2024-02-29', months: 1 }],
    ['2021-13', undefined],
    ['2021-Q5', undefined],
    ['21', undefined],
  ])('%s', (period, expected) => {
    expect(periodBounds(period)).toEqual(expected);
  });

  it.each([
    ['2024', '2024-03-31', 3],
    ['2024', '2024-10-15', 10],
    ['2021-H2', '2021-09-30', 3],
    ['2021-Q1', '2021-01-31', 1],
  ])('months into %s by %s: %d', (period, day, months) => {
    expect(monthsInto(periodBounds(period)!, day)).toBe(months);
  });
});

describe('monthEnds: the days a cumulative 1–N月 figure runs through', () => {
  it.each<[string, string[]]>([
    ['2021-Q1', ['2021-01-31', '2021-02-28', '2021-03-31']],
    ['2020-Q1', ['2020-01-31', '2020-02-29', '2020-03-31']],
    ['2021-04', ['2021-04-30']],
    [
      '2021-H2',
      ['2021-07-31', '2021-08-31', '2021-09-30', '2021-10-31', '2021-11-30', '2021-12-31'],
    ],
    ['a quarter', []],
  ])('%s → %j', (period, expected) => expect(monthEnds(period)).toEqual(expected));

  it('a year has its twelve month ends, the last 12-31', () => {
    const ends = monthEnds('2021');
    expect(ends).toHaveLength(12);
    expect(ends.at(-1)).toBe('2021-12-31');
  });
});
