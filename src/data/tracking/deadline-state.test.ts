// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '../schema';
import { daysBetween, deadlineState, todayIso, type DeadlineState } from './deadline-state';

describe('deadlineState', () => {
  it.each<[string | null, TargetStatus, string, DeadlineState]>([
    // no deadline, whatever the status
    [null, 'not-rated', '2021-03-01', 'no-deadline'],
    [null, 'achieved', '2021-03-01', 'no-deadline'],
    // before the deadline, by distance
    ['2021-03-31', 'not-rated', '2021-01-15', 'upcoming'],
    ['2021-03-31', 'not-rated', '2021-02-28', 'upcoming'], // 31 days left
    ['2021-03-31', 'not-rated', '2021-03-01', 'due-soon'], // 30 days left
    ['2021-03-31', 'in-progress', '2021-03-31', 'due-soon'], // the deadline day itself
    // after the deadline
    ['2021-03-31', 'not-rated', '2021-04-01', 'overdue'],
    ['2021-03-31', 'in-progress', '2026-11-21', 'overdue'],
    ['2021-03-31', 'stalled', '2021-06-01', 'overdue'],
    ['2021-03-31', 'unverifiable', '2021-06-01', 'overdue'],
    ['2021-03-31', 'partly-achieved', '2021-04-01', 'missed'],
    ['2021-03-31', 'partly-achieved', '2021-03-15', 'due-soon'],
    // reported outcomes win at any date
    ['2021-03-31', 'achieved', '2021-01-01', 'met'],
    ['2021-03-31', 'achieved', '2022-01-01', 'met'],
    ['2021-03-31', 'not-achieved', '2021-03-01', 'missed'],
    // leap-year February
    ['2024-02-29', 'not-rated', '2024-02-29', 'due-soon'],
    ['2024-02-29', 'not-rated', '2024-03-01', 'overdue'],
    // statuses without a result before the deadline, by distance
    ['2021-03-31', 'stalled', '2021-03-20', 'due-soon'],
    ['2021-03-31', 'unverifiable', '2021-01-01', 'upcoming'],
    ['2021-03-31', 'partly-achieved', '2021-01-01', 'upcoming'],
    ['2021-03-31', 'not-achieved', '2022-01-01', 'missed'],
    // across a year boundary
    ['2022-01-15', 'in-progress', '2021-12-16', 'due-soon'],
    ['2022-01-15', 'in-progress', '2021-12-15', 'upcoming'],
    ['2021-12-31', 'not-rated', '2022-01-01', 'overdue'],
  ])('deadline %s, status %s, as of %s → %s', (deadline, status, asOf, expected) => {
    expect(deadlineState(deadline, status, asOf)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2021-03-01', '2021-03-31', 30],
    ['2021-03-31', '2021-03-01', -30],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
  ])('%s → %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('formats today in local time', () => {
    expect(todayIso(new Date(2026, 10, 21, 23, 30))).toBe('2026-11-21');
  });
});
