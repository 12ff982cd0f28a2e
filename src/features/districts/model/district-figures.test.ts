import { describe, expect, it } from 'vitest';
import { makeFigure, makeQuantity, yi } from '../../../../tests/fixtures/factories';
import { districtFigureSeries, sortFigures } from './district-figures';

const options = {
  indicatorLabel: (f: { indicatorEn: string }) => f.indicatorEn,
  periodLabel: (p: string) => p,
  basisLabel: (b: string) => b,
};

describe('districtFigureSeries', () => {
  it.each<[string, Parameters<typeof makeFigure>[0][], string | null, number]>([
    ['no figures → no data', [], null, 0],
    [
      'only counts → no data (different units never share an axis)',
      [
        {
          quantity: makeQuantity({ unit: '人', normalizedUnit: 'count', value: 5, normalized: 5 }),
        },
      ],
      null,
      0,
    ],
    [
      'growth rates when any are stated',
      [{ growthPercent: 8.1 }, { growthPercent: -2 }, { quantity: yi(3) }],
      'growth',
      2,
    ],
    [
      'money otherwise',
      [{ quantity: yi(830.6) }, { quantity: yi(51.4), basis: 'planned' }],
      'money',
      2,
    ],
  ])('%s', (_, overrides, mode, bars) => {
    const result = districtFigureSeries(
      overrides.map((o) => makeFigure(o)),
      options,
    );
    if (mode === null) return expect(result.kind).toBe('no-data');
    if (result.kind !== 'ok') throw new Error('expected a series');
    expect(result.series.mode).toBe(mode);
    expect(result.series.data).toHaveLength(bars);
  });

  it('keeps a negative growth rate negative and money in 亿元, plans apart from results', () => {
    const growth = districtFigureSeries([makeFigure({ growthPercent: -2.5 })], options);
    expect(growth.kind === 'ok' && growth.series.data[0]?.values).toEqual({ growth: -2.5 });
    const money = districtFigureSeries(
      [
        makeFigure({ quantity: yi(830.6), basis: 'actual' }),
        makeFigure({ quantity: yi(10), basis: 'planned' }),
      ],
      options,
    );
    if (money.kind !== 'ok') throw new Error('expected a series');
    expect(money.series.stacks.map((s) => s.key)).toEqual(['actual', 'planned']);
    expect(money.series.data.map((d) => d.values)).toEqual([{ actual: 830.6 }, { planned: 10 }]);
  });
});

describe('sortFigures', () => {
  it('puts the newest period first, results before plans, then the dataset order', () => {
    const figures = [
      makeFigure({ id: 'a', period: '2023', basis: 'planned' }),
      makeFigure({ id: 'b', period: '2024' }),
      makeFigure({ id: 'c', period: '2023', basis: 'actual' }),
      makeFigure({ id: 'd', period: '2023', basis: 'actual' }),
    ];
    expect(sortFigures(figures).map((f) => f.id)).toEqual(['b', 'c', 'd', 'a']);
  });
});
