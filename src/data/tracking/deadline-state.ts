import type { TargetStatus } from '../schema';

/**
 * Where a target stands against its deadline on a given day. Derived, never stored:
 * a function of the deadline, the status reported by that day, and the as-of date.
 * docs/tracking.md explains each state.
 */
export const DEADLINE_STATES = [
  'no-deadline',
  'upcoming',
  'due-soon',
  'overdue',
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

/** Whole days from `from` to `to` (both YYYY-MM-DD, compared as UTC calendar days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * met: reported achieved. missed: reported not achieved, or only partly achieved once the
 * deadline has passed. overdue: the deadline has passed and no result was reported.
 * due-soon: the deadline is today or within DUE_SOON_DAYS. upcoming: later than that.
 */
export function deadlineState(
  deadline: string | null,
  status: TargetStatus,
  asOf: string,
): DeadlineState {
  if (deadline === null) return 'no-deadline';
  if (status === 'achieved') return 'met';
  if (status === 'not-achieved') return 'missed';
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft < 0) return status === 'partly-achieved' ? 'missed' : 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/** Today's date as YYYY-MM-DD in the reader's time zone (the default as-of date). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
