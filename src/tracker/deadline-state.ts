import type { TargetStatus } from '@/data/schema';
import { daysBetween } from '@/lib/calendar';

/**
 * Where a target stands against its deadline on a given day. Derived, never stored: a function
 * of the deadline, the status in force on that day, the day its result was reached, and the
 * as-of date. docs/tracking.md explains each state.
 */
export const DEADLINE_STATES = [
  'no-deadline',
  'upcoming',
  'due-soon',
  'overdue',
  'met-on-time',
  'met-late',
  'met',
  'missed',
  'not-announced',
] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/**
 * The states counted in summaries. A target whose first page was printed after the as-of date
 * did not exist yet on that day: it is `not-announced` and left out of every count.
 */
export const COUNTED_STATES = DEADLINE_STATES.filter(
  (state): state is Exclude<DeadlineState, 'not-announced'> => state !== 'not-announced',
);

/** "Due soon" means the deadline falls within this many days after the as-of date. */
export const DUE_SOON_DAYS = 30;

/** Statuses that report an outcome; anything else past the deadline is "overdue, no result". */
const RESULT_STATUSES: ReadonlySet<TargetStatus> = new Set([
  'achieved',
  'partly-achieved',
  'not-achieved',
]);

export function hasReportedResult(status: TargetStatus): boolean {
  return RESULT_STATUSES.has(status);
}

/** A deadline state, with the days behind it where it has some. */
export type DeadlineJudgement = {
  state: Exclude<DeadlineState, 'not-announced'>;
  /**
   * met-late: days from the deadline to the day the target was met (逾期完成 N 天);
   * overdue: days from the deadline to the as-of date (逾期 N 天); otherwise null.
   */
  daysLate: number | null;
};

/**
 * - met-on-time (按期完成): achieved on or before the deadline;
 * - met-late (逾期完成): achieved after it, by `daysLate` days;
 * - met: achieved, and there was no deadline to keep;
 * - missed: reported not achieved, or only partly achieved once the deadline has passed;
 * - overdue (逾期未报结果): the deadline has passed and no result was reported;
 * - due-soon: the deadline is today or within DUE_SOON_DAYS; upcoming: later than that;
 * - no-deadline: no deadline and not achieved.
 *
 * `metOn` is the day the target was met: the day an "achieved" report or follow-up speaks of
 * (the last day its progress counts, when it states progress). It is only read when `status`
 * is achieved.
 */
export function judgeDeadline(
  deadline: string | null,
  status: TargetStatus,
  asOf: string,
  metOn: string,
): DeadlineJudgement {
  if (status === 'achieved') {
    if (deadline === null) return { state: 'met', daysLate: null };
    const late = daysBetween(deadline, metOn);
    return late > 0
      ? { state: 'met-late', daysLate: late }
      : { state: 'met-on-time', daysLate: null };
  }
  if (deadline === null) return { state: 'no-deadline', daysLate: null };
  if (status === 'not-achieved') return { state: 'missed', daysLate: null };
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft < 0) {
    return status === 'partly-achieved'
      ? { state: 'missed', daysLate: null }
      : { state: 'overdue', daysLate: -daysLeft };
  }
  return { state: daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming', daysLate: null };
}

/** States of a target that was met (with or without a deadline). */
export const MET_STATES: ReadonlySet<DeadlineState> = new Set(['met-on-time', 'met-late', 'met']);
