import type { DeadlineState } from '@/data/tracking/deadline-state';
import { noData, seriesOk, type BarSeries, type SeriesResult } from '@/components/charts/series';
import { DEADLINE_STATE_COLOR } from '../deadline-state-badge';
import type { TargetRow } from './target-rows';

/**
 * Targets along their deadlines: one column per month from the earliest to the latest
 * deadline (or page date), stacked by deadline state on the as-of date, with a line at the
 * as-of date and one at each page's date. Aggregated by month, so the drawing has a fixed
 * number of elements whatever the number of targets.
 */

/** The states a dated target can be in, bottom of the stack first. */
export const TIMELINE_STATES: readonly Exclude<DeadlineState, 'no-deadline'>[] = [
  'met',
  'missed',
  'overdue',
  'due-soon',
  'upcoming',
];

/** Months beyond this are not drawn one by one (a dataset spanning decades is not a timeline). */
export const MAX_TIMELINE_MONTHS = 240;

export type TimelineMark = { at: string; kind: 'as-of' | 'page'; date: string };

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

export function deadlineTimeline(
  rows: readonly TargetRow[],
  options: {
    asOf: string;
    pageDates: readonly string[];
    stateLabel: (state: DeadlineState) => string;
    monthLabel: (yearMonth: string) => string;
    /** Where a month's column links to (the targets list for that month), if anywhere. */
    monthHref?: (yearMonth: string, firstDay: string, lastDay: string) => string;
  },
): SeriesResult<DeadlineTimeline> {
  const counts = new Map<string, Record<string, number>>();
  let undated = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const row of rows) {
    const deadline = row.target.deadline;
    if (!deadline) {
      undated += 1;
      continue;
    }
    const month = monthOf(deadline);
    let bucket = counts.get(month);
    if (!bucket) counts.set(month, (bucket = {}));
    bucket[row.state] = (bucket[row.state] ?? 0) + 1;
    if (!first || month < first) first = month;
    if (!last || month > last) last = month;
  }
  if (!first || !last) return noData;

  // Page dates inside a year of the deadlines widen the range so their marks can be drawn.
  for (const date of options.pageDates) {
    const month = monthOf(date);
    if (month < first && monthsBetween(month, first).length <= 13) first = month;
    if (month > last && monthsBetween(last, month).length <= 13) last = month;
  }
  let months = monthsBetween(first, last);
  if (months.length > MAX_TIMELINE_MONTHS) months = [...counts.keys()].sort();

  const present = new Set(months);
  const asOfMonth = monthOf(options.asOf);
  const asOfPosition = present.has(asOfMonth)
    ? 'inside'
    : asOfMonth < (months[0] ?? '')
      ? 'before'
      : 'after';
  const marks: TimelineMark[] = [];
  if (asOfPosition === 'inside') marks.push({ at: asOfMonth, kind: 'as-of', date: options.asOf });
  for (const date of [...new Set(options.pageDates)].sort()) {
    const month = monthOf(date);
    if (present.has(month) && !(month === asOfMonth && date === options.asOf))
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
      values: { ...counts.get(month) },
      href: options.monthHref?.(month, `${month}-01`, lastDayOfMonth(month)),
    })),
  };
  return seriesOk({ series, marks, undated, asOfPosition });
}
