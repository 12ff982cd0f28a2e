import { periodCode } from '@/lib/period';

/**
 * What a chart draws, computed by a pure `*-series.ts` function from rows. "Nothing to draw"
 * is a value, not an exception or an empty SVG: the container says so in words.
 */
export type SeriesResult<S> = { kind: 'ok'; series: S } | { kind: 'no-data' };

export const noData = { kind: 'no-data' } as const;
export const seriesOk = <S>(series: S): SeriesResult<S> => ({ kind: 'ok', series });

/** One bar (or one stacked column) of a category chart. */
export type BarDatum = {
  key: string;
  label: string;
  /** Value per stack key; missing keys are 0. */
  values: Record<string, number>;
  /** Where clicking the bar goes (an in-app path). */
  href?: string;
  /**
   * The period the bar stands for (2021-Q1, 2021-03), when it stands for one: the CSV writes
   * it as a code a spreadsheet keeps as text (lib/period.ts) instead of the label.
   */
  period?: string;
  /**
   * Where clicking one segment of a stacked bar goes, per stack key: both of its filters (the
   * district and the segment's category or status), not the bar's.
   */
  stackHrefs?: Record<string, string>;
};

export type BarStack = {
  key: string;
  label: string;
  /** A CSS custom property holding the colour, e.g. `--chart-1`. */
  color: string;
};

export type BarSeries = {
  data: BarDatum[];
  stacks: BarStack[];
  /**
   * What a stack key missing from a datum means: `zero` (a count of nothing, the default) or
   * `absent` (no value was stated: drawn as no bar, "no data" in the tooltip, "—" in the table;
   * never a false 0).
   */
  missing?: 'zero' | 'absent';
};

/** A datum's value for a stack: 0 or null (absent) when the datum has none, as the series says. */
export const stackValue = (series: BarSeries, datum: BarDatum, stackKey: string): number | null =>
  datum.values[stackKey] ?? (series.missing === 'absent' ? null : 0);

/** Total of one bar across its stacks. */
export const barTotal = (datum: BarDatum) =>
  Object.values(datum.values).reduce((sum, value) => sum + value, 0);

/** The same numbers as a table: the chart's "table" view and its CSV. */
export function barSeriesTable(
  series: BarSeries,
  categoryLabel: string,
  totalLabel?: string,
): {
  header: string[];
  rows: {
    key: string;
    label: string;
    href?: string;
    period?: string;
    values: (number | null)[];
  }[];
} {
  const withTotal = totalLabel !== undefined && series.stacks.length > 1;
  return {
    header: [
      categoryLabel,
      ...series.stacks.map((stack) => stack.label),
      ...(withTotal ? [totalLabel] : []),
    ],
    rows: series.data.map((datum) => ({
      key: datum.key,
      label: datum.label,
      href: datum.href,
      ...(datum.period ? { period: datum.period } : {}),
      values: [
        ...series.stacks.map((stack) => stackValue(series, datum, stack.key)),
        ...(withTotal ? [barTotal(datum)] : []),
      ],
    })),
  };
}

/**
 * A chart table's rows as its CSV writes them: the label, or the code of the period the row
 * stands for (2021-Q1, 2021-M03: text a spreadsheet keeps, where "Mar 2021" or 2021/3 would
 * turn into a date), then the raw numbers.
 */
export function chartCsvRows(
  rows: readonly {
    label: string;
    period?: string | undefined;
    values: readonly (number | null)[];
  }[],
): (string | number | null)[][] {
  return rows.map((row) => [row.period ? periodCode(row.period) : row.label, ...row.values]);
}

/** Cycles the eight chart colours of the stylesheet. */
export const paletteVar = (index: number) => `--chart-${(index % 8) + 1}`;

/**
 * A chart of one bar says less than a sentence: for a series with a single category, the
 * sentence that replaces it ("经开区：2024年计划 420.00"), naming each stated value; null when
 * there is more than one category (or none) and the chart is worth drawing.
 */
export function loneBarSentence(
  series: BarSeries,
  words: { format: (value: number) => string; separator: string; colon: string },
): string | null {
  const [datum, ...rest] = series.data;
  if (!datum || rest.length > 0) return null;
  const parts = series.stacks.flatMap((stack) => {
    const value = stackValue(series, datum, stack.key);
    if (value === null || (series.missing !== 'absent' && value === 0)) return [];
    return [
      series.stacks.length > 1 ? `${stack.label} ${words.format(value)}` : words.format(value),
    ];
  });
  return `${datum.label}${words.colon}${parts.join(words.separator)}`;
}
