// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '@/data/schema';
import { judgeDeadline, type DeadlineJudgement } from './deadline-state';

const judged = (state: DeadlineJudgement['state'], daysLate: number | null = null) => ({
  state,
  daysLate,
});

describe('judgeDeadline', () => {
  // [deadline, status, as of, met on (read only when achieved), expected]
  it.each<[string | null, TargetStatus, string, string, DeadlineJudgement]>([
    // no deadline: met when achieved, else no deadline
    [null, 'not-rated', '2021-03-01', '', judged('no-deadline')],
    [null, 'in-progress', '2021-03-01', '', judged('no-deadline')],
    [null, 'achieved', '2021-03-01', '2021-02-01', judged('met')],
    [null, 'not-achieved', '2021-03-01', '', judged('no-deadline')],
    // before the deadline, by distance
    ['2021-03-31', 'not-rated', '2021-01-15', '', judged('upcoming')],
    ['2021-03-31', 'not-rated', '2021-02-28', '', judged('upcoming')], // 31 days left
    ['2021-03-31', 'not-rated', '2021-03-01', '', judged('due-soon')], // 30 days left
    ['2021-03-31', 'in-progress', '2021-03-31', '', judged('due-soon')], // the deadline day
    // after the deadline, no result: overdue by N days
    ['2021-03-31', 'not-rated', '2021-04-01', '', judged('overdue', 1)],
    ['2021-03-31', 'in-progress', '2021-05-15', '', judged('overdue', 45)],
    ['2021-03-31', 'stalled', '2021-06-01', '', judged('overdue', 62)],
    ['2021-03-31', 'unverifiable', '2021-06-01', '', judged('overdue', 62)],
    ['2021-03-31', 'partly-achieved', '2021-04-01', '', judged('missed')],
    ['2021-03-31', 'partly-achieved', '2021-03-15', '', judged('due-soon')],
    // achieved: on time when met by the deadline (that day included), else late by N days
    ['2021-03-31', 'achieved', '2021-01-01', '2021-01-01', judged('met-on-time')],
    ['2021-03-31', 'achieved', '2022-01-01', '2021-03-31', judged('met-on-time')],
    ['2021-03-31', 'achieved', '2021-06-01', '2021-04-01', judged('met-late', 1)],
    ['2021-03-31', 'achieved', '2021-06-01', '2021-05-15', judged('met-late', 45)],
    ['2023-12-31', 'achieved', '2024-02-27', '2023-12-31', judged('met-on-time')], // reported later
    // not achieved: missed at any date
    ['2021-03-31', 'not-achieved', '2021-03-01', '', judged('missed')],
    ['2021-03-31', 'not-achieved', '2022-01-01', '', judged('missed')],
    // leap-year February
    ['2024-02-29', 'not-rated', '2024-02-29', '', judged('due-soon')],
    ['2024-02-29', 'not-rated', '2024-03-01', '', judged('overdue', 1)],
    ['2024-02-29', 'achieved', '2024-03-01', '2024-03-01', judged('met-late', 1)],
    // statuses without a result before the deadline, by distance
    ['2021-03-31', 'stalled', '2021-03-20', '', judged('due-soon')],
    ['2021-03-31', 'unverifiable', '2021-01-01', '', judged('upcoming')],
    // across a year boundary
    ['2022-01-15', 'in-progress', '2021-12-16', '', judged('due-soon')],
    ['2022-01-15', 'in-progress', '2021-12-15', '', judged('upcoming')],
    ['2021-12-31', 'not-rated', '2022-01-01', '', judged('overdue', 1)],
  ])('deadline %s, %s, as of %s, met on %s', (deadline, status, asOf, metOn, expected) => {
    expect(judgeDeadline(deadline, status, asOf, metOn)).toEqual(expected);
  });
});
