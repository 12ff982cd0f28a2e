import type { DeadlineState } from '@/tracker/deadline-state';
import { noData, seriesOk, type BarSeries, type SeriesResult } from '@/components/charts/series';
import { DEADLINE_STATE_COLOR } from '../deadline-state-badge';
import type { TargetRow } from '@/tracker/tracker';

/**
 * Targets along their deadlines: one column per month from the earliest to the latest
 * deadline (or page date), stacked by deadline state on the as-of date, with a line at the
 * as-of date and one at each month in which a page was printed. Aggregated by month before
 * anything is drawn: the columns are months, and there is at most one line per month, so the
 * drawing has a bounded number of elements whatever the number of targets or pages.
 */

/** The states a dated target can be in, bottom of the stack first. */
export const TIMELINE_STATES: readonly Exclude<DeadlineState, 'no-deadline' | 'met'>[] = [
  'met-on-time',
  'met-late',
  'missed',
  'overdue',
  'due-soon',
  'upcoming',
];

/** Months beyond this are not drawn one by one (a dataset spanning decades is not a timeline). */
export const MAX_TIMELINE_MONTHS = 240;

/** A line on the timeline: the as-of date, or the first page printed in that month. */
export type TimelineMark = { at: string; kind: 'as-of' | 'page'; date: string };

/** Targets per deadline month (`YYYY-MM`) and deadline state; `undated` have no deadline. */
export type DeadlineMonthCounts = {
  months: ReadonlyMap<string, Readonly<Partial<Record<DeadlineState, number>>>>;
  undated: number;
};

export type DeadlineTimeline = {
  series: BarSeries;
  marks: TimelineMark[];
  /** Targets without a deadline, which no timeline can place. */
  undated: number;
  /** Where the as-of date falls relative to the drawn months. */
  asOfPosition: 'inside' | 'before' | 'after';
};

const monthOf = (date: string) => date.slice(0, 7);

export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while ((year < endYear || (year === endYear && month <= endMonth)) && months.length < 10_000) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function lastDayOfMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}

/** Counts the targets per deadline month and state. */
export function countDeadlineMonths(rows: readonly TargetRow[]): DeadlineMonthCounts {
  const byMonth = new Map<string, Partial<Record<DeadlineState, number>>>();
  let undated = 0;
  for (const row of rows) {
    const deadline = row.target.deadline;
    if (!deadline) {
      undated += 1;
      continue;
    }
    const month = monthOf(deadline);
    let bucket = byMonth.get(month);
    if (!bucket) byMonth.set(month, (bucket = {}));
    bucket[row.state] = (bucket[row.state] ?? 0) + 1;
  }
  const months = new Map<string, Partial<Record<DeadlineState, number>>>();
  for (const month of [...byMonth.keys()].sort())
    months.set(month, byMonth.get(month) as Partial<Record<DeadlineState, number>>);
  return { months, undated };
}

/** A month in which pages were printed, and the first of their dates. */
export type PageMonth = { month: string; date: string };

/** The months the sources were printed in, oldest first. */
export function pageMonthsOf(sources: readonly { publishedOn: string }[]): PageMonth[] {
  const first = new Map<string, string>();
  for (const { publishedOn } of sources) {
    const month = monthOf(publishedOn);
    const known = first.get(month);
    if (!known || publishedOn < known) first.set(month, publishedOn);
  }
  return [...first]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, date]) => ({ month, date }));
}

export function deadlineTimeline(
  counts: DeadlineMonthCounts,
  options: {
    asOf: string;
    pageMonths: readonly PageMonth[];
    stateLabel: (state: DeadlineState) => string;
    monthLabel: (yearMonth: string) => string;
    /** Where a month's column links to (the targets list for that month), if anywhere. */
    monthHref?: (yearMonth: string, firstDay: string, lastDay: string) => string;
  },
): SeriesResult<DeadlineTimeline> {
  const dated = [...counts.months.keys()];
  let first = dated[0];
  let last = dated[dated.length - 1];
  if (!first || !last) return noData;

  // Pages printed within a year of the deadlines widen the range so their marks can be drawn.
  for (const { month } of options.pageMonths) {
    if (month < first && monthsBetween(month, first).length <= 13) first = month;
    if (month > last && monthsBetween(last, month).length <= 13) last = month;
  }
  let months = monthsBetween(first, last);
  if (months.length > MAX_TIMELINE_MONTHS) months = dated;

  const present = new Set(months);
  const asOfMonth = monthOf(options.asOf);
  const asOfPosition = present.has(asOfMonth)
    ? 'inside'
    : asOfMonth < (months[0] ?? '')
      ? 'before'
      : 'after';
  const marks: TimelineMark[] = [];
  if (asOfPosition === 'inside') marks.push({ at: asOfMonth, kind: 'as-of', date: options.asOf });
  // One line per month at most: the as-of line stands for its month's pages too.
  for (const { month, date } of options.pageMonths) {
    if (present.has(month) && !(asOfPosition === 'inside' && month === asOfMonth))
      marks.push({ at: month, kind: 'page', date });
  }

  const series: BarSeries = {
    stacks: TIMELINE_STATES.map((state) => ({
      key: state,
      label: options.stateLabel(state),
      color: DEADLINE_STATE_COLOR[state],
    })),
    data: months.map((month) => ({
      key: month,
      label: options.monthLabel(month),
      period: month,
      values: { ...counts.months.get(month) },
      href: options.monthHref?.(month, `${month}-01`, lastDayOfMonth(month)),
    })),
  };
  return seriesOk({ series, marks, undated: counts.undated, asOfPosition });
}
