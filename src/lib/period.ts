/**
 * Periods as the dataset writes them (`periodSchema`): a year (2021), a half (2021-H1), a quarter
 * (2021-Q1) or a month (2021-03). They nest: a month lies in its quarter, a quarter in its half, a
 * half in its year. The period filter (所属时期) reads that nesting, so ticking 2021-Q1 finds the
 * targets of the quarter and of its months, and its options form a tree: each year, then within
 * it its halves, quarters and months in calendar order.
 */

const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

type Parsed = { year: string; half: 1 | 2 | null; quarter: number | null; month: number | null };

function parse(period: string): Parsed | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const [, year = '', part] = match;
  if (!part) return { year, half: null, quarter: null, month: null };
  if (part.startsWith('H'))
    return { year, half: part === 'H1' ? 1 : 2, quarter: null, month: null };
  if (part.startsWith('Q')) {
    const quarter = Number(part.slice(1));
    return { year, half: quarter <= 2 ? 1 : 2, quarter, month: null };
  }
  const month = Number(part);
  const quarter = Math.ceil(month / 3);
  return { year, half: quarter <= 2 ? 1 : 2, quarter, month };
}

/**
 * The period and every period it lies in, largest first: 2021-03 → 2021, 2021-H1, 2021-Q1,
 * 2021-03. Text that is not a period is its own only value.
 */
export function enclosingPeriods(period: string): string[] {
  const parsed = parse(period);
  if (!parsed) return [period];
  const { year, half, quarter, month } = parsed;
  return [
    year,
    ...(half ? [`${year}-H${half}`] : []),
    ...(quarter ? [`${year}-Q${quarter}`] : []),
    ...(month ? [`${year}-${String(month).padStart(2, '0')}`] : []),
  ];
}

/** How deep a period sits in its year's tree: a year 0, a half 1, a quarter 2, a month 3. */
export function periodDepth(period: string): number {
  const parsed = parse(period);
  if (!parsed) return 0;
  return parsed.month ? 3 : parsed.quarter ? 2 : parsed.half ? 1 : 0;
}

/**
 * The order of the period filter's tree: the latest year first (pages accumulate, and a reader
 * looks for the recent ones), and within a year each period before the periods inside it, in
 * calendar order: 2021, 2021-H1, 2021-Q1, 2021-01, 2021-02, 2021-03, 2021-Q2, …, 2021-H2, ….
 * Text that is not a period goes last.
 */
export function comparePeriodTree(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  if (pa.year !== pb.year) return pa.year < pb.year ? 1 : -1;
  // Within a year: by half, then quarter, then month, a missing part (the larger period) first.
  const rank = (value: number | null) => value ?? 0;
  return (
    rank(pa.half) - rank(pb.half) ||
    rank(pa.quarter) - rank(pb.quarter) ||
    rank(pa.month) - rank(pb.month)
  );
}

/** Every period of `periods` and every period they lie in, once each, in the tree's order. */
export function periodTree(periods: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const period of periods) for (const value of enclosingPeriods(period)) all.add(value);
  return [...all].sort(comparePeriodTree);
}

/**
 * A period as a spreadsheet keeps it, as text: 2021, 2021-H1, 2021-Q1, and a month as
 * 2021-M03 (the month code of SDMX, the statistical data exchange standard). Excel and its
 * kin read 2021-03, like 2021/3, as a date (1 March 2021, shown "Mar-21"), so a column of
 * periods would mix text and dates; 2021-M03 stays text and still sorts within its year.
 */
export function periodCode(period: string): string {
  const parsed = parse(period);
  if (!parsed?.month) return period;
  return `${parsed.year}-M${String(parsed.month).padStart(2, '0')}`;
}
