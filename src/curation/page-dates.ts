import { isIsoDate } from './draft';

/**
 * The earliest day a page of this dataset can carry: the districts, their pledges and the
 * papers that print them all postdate the People's Republic (1949-10-01). A date before it is a
 * mistyped year (0000, 0202, 1021), not an old page.
 */
export const EARLIEST_PAGE_DATE = '1949-10-01';

/**
 * What is wrong with a page's date, or a report's (the day it speaks of), given today in
 * Zhengzhou; null when nothing is. A page cannot be printed, nor an event reported, after
 * today — the rule the curation workbench applies to a new page's date.
 */
export function pageDateProblem(date: string, today: string): string | null {
  if (!isIsoDate(date)) return `${date} is not a date (YYYY-MM-DD)`;
  if (date > today) return `${date} is in the future (today is ${today})`;
  if (date < EARLIEST_PAGE_DATE)
    return `${date} is before ${EARLIEST_PAGE_DATE}, earlier than any page of this dataset (a mistyped year?)`;
  return null;
}
