/**
 * Calendar days and periods, as the dataset writes them: days are YYYY-MM-DD and compared as
 * UTC calendar days (no time zone can shift them); a period is a year (2024), a half (2021-H1),
 * a quarter (2021-Q1) or a month (2024-03).
 */

const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Today's date as YYYY-MM-DD in the reader's time zone (the default as-of date). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last day of a month (month 1–12). */
export function lastDayOfMonth(year: number, month: number): string {
  return iso(Date.UTC(year, month, 0));
}

/** True for the last day of its month (2024-02-29, 2021-03-31). */
export function isMonthEnd(day: string): boolean {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return lastDayOfMonth(year, month) === day;
}

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

/** A period's first and last day, its kind and its length in months. */
export type PeriodBounds = { kind: PeriodKind; start: string; end: string; months: number };

const PERIOD = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** The days a period covers; undefined for text that is not a period. */
export function periodBounds(period: string): PeriodBounds | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  const [kind, firstMonth, months]: [PeriodKind, number, number] = match[2]
    ? ['half', (Number(match[2]) - 1) * 6 + 1, 6]
    : match[3]
      ? ['quarter', (Number(match[3]) - 1) * 3 + 1, 3]
      : match[4]
        ? ['month', Number(match[4]), 1]
        : ['year', 1, 12];
  const lastMonth = firstMonth + months - 1;
  return {
    kind,
    start: `${year}-${pad(firstMonth)}-01`,
    end: lastDayOfMonth(year, lastMonth),
    months,
  };
}

/** Months from the period's start to the end of `day`'s month, both counted (Jan–Mar = 3). */
export function monthsInto(bounds: PeriodBounds, day: string): number {
  const [sy, sm] = bounds.start.split('-').map(Number) as [number, number];
  const [y, m] = day.split('-').map(Number) as [number, number];
  return (y - sy) * 12 + (m - sm) + 1;
}

/**
 * The last day of each month of a period (2021-Q1: 2021-01-31, 2021-02-28, 2021-03-31): the
 * days a cumulative 1–N月 figure runs through. None for text that is not a period.
 */
export function monthEnds(period: string): string[] {
  const bounds = periodBounds(period);
  if (!bounds) return [];
  const [year, first] = bounds.start.split('-').map(Number) as [number, number];
  return Array.from({ length: bounds.months }, (_, index) => lastDayOfMonth(year, first + index));
}
