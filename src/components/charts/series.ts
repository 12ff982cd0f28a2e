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
};

/** Total of one bar across its stacks. */
export const barTotal = (datum: BarDatum) =>
  Object.values(datum.values).reduce((sum, value) => sum + value, 0);

/** The same numbers as a table: the chart's "table" view and its CSV. */
export function barSeriesTable(
  series: BarSeries,
  categoryLabel: string,
  totalLabel?: string,
): { header: string[]; rows: { key: string; label: string; href?: string; values: number[] }[] } {
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
      values: [
        ...series.stacks.map((stack) => datum.values[stack.key] ?? 0),
        ...(withTotal ? [barTotal(datum)] : []),
      ],
    })),
  };
}

/** Cycles the eight chart colours of the stylesheet. */
export const paletteVar = (index: number) => `--chart-${(index % 8) + 1}`;
