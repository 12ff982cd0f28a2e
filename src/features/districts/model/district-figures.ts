import type { Figure } from '@/data/schema';
import { noData, seriesOk, type BarSeries, type SeriesResult } from '@/components/charts/series';

/**
 * A district's own figures as a chart. Growth rates share one unit (%), so when the pages
 * state any, they are drawn: one bar per indicator and period. Otherwise the money amounts
 * are drawn in 亿元, one bar per indicator and period, plans and results as separate series.
 * Counts in different units (people, km, cases) are never put on one axis: they stay in the
 * table of figures.
 */
export type DistrictFigureChart = BarSeries & { mode: 'growth' | 'money' };

export function districtFigureSeries(
  figures: readonly Figure[],
  options: {
    indicatorLabel: (figure: Figure) => string;
    periodLabel: (period: string) => string;
    basisLabel: (basis: Figure['basis']) => string;
  },
): SeriesResult<DistrictFigureChart> {
  const label = (figure: Figure) =>
    `${options.indicatorLabel(figure)} (${options.periodLabel(figure.period)})`;
  const byPeriod = (a: Figure, b: Figure) => b.period.localeCompare(a.period);
  const withGrowth = figures.filter((f) => f.growthPercent !== undefined).sort(byPeriod);
  if (withGrowth.length) {
    return seriesOk({
      mode: 'growth',
      stacks: [{ key: 'growth', label: '%', color: '--chart-1' }],
      data: withGrowth.map((figure) => ({
        key: figure.id,
        label: label(figure),
        values: { growth: figure.growthPercent ?? 0 },
      })),
    });
  }
  const money = figures.filter((f) => f.quantity.normalizedUnit === 'CNY').sort(byPeriod);
  if (money.length === 0) return noData;
  const bases = [...new Set(money.map((f) => f.basis))];
  return seriesOk({
    mode: 'money',
    // A figure is a plan or a result: the other basis is absent, not 0.
    missing: 'absent',
    stacks: bases.map((basis, index) => ({
      key: basis,
      label: options.basisLabel(basis),
      color: index === 0 ? '--chart-1' : '--chart-2',
    })),
    data: money.map((figure) => ({
      key: figure.id,
      label: label(figure),
      values: { [figure.basis]: figure.quantity.normalized / 1e8 },
    })),
  });
}

/** Figures newest period first, results before plans, in the dataset's order otherwise. */
export function sortFigures(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort(
      (a, b) =>
        b.figure.period.localeCompare(a.figure.period) ||
        (a.figure.basis === b.figure.basis ? 0 : a.figure.basis === 'actual' ? -1 : 1) ||
        a.index - b.index,
    )
    .map(({ figure }) => figure);
}
