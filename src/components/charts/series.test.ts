import { describe, expect, it } from 'vitest';
import { barSeriesTable, loneBarSentence, stackValue, type BarSeries } from './series';

const words = { format: (value: number) => `${value}`, separator: '; ', colon: ': ' };
const stacks = [
  { key: 'plan', label: 'Plan 2024', color: '--chart-1' },
  { key: 'result', label: 'Result 2023', color: '--chart-2' },
];
const one = (values: Record<string, number>, missing?: 'absent'): BarSeries => ({
  stacks,
  data: [{ key: 'jingkai', label: 'Jingkai', values }],
  ...(missing ? { missing } : {}),
});

describe('a missing value', () => {
  it.each<[BarSeries['missing'], number | null]>([
    [undefined, 0],
    ['zero', 0],
    ['absent', null],
  ])('with missing=%s reads as %s', (missing, expected) => {
    const series: BarSeries = { stacks, data: [{ key: 'a', label: 'A', values: {} }], missing };
    expect(stackValue(series, series.data[0]!, 'plan')).toBe(expected);
    expect(barSeriesTable(series, 'District').rows[0]?.values).toEqual([expected, expected]);
  });
});

describe('loneBarSentence', () => {
  it.each<[string, BarSeries, string | null]>([
    ['one district, one value', one({ plan: 420 }, 'absent'), 'Jingkai: Plan 2024 420'],
    [
      'one district, two values',
      one({ plan: 420, result: 200 }, 'absent'),
      'Jingkai: Plan 2024 420; Result 2023 200',
    ],
    ['counts leave out the zeros', one({ plan: 3 }), 'Jingkai: Plan 2024 3'],
    [
      'two districts are a chart',
      {
        stacks,
        data: [
          { key: 'a', label: 'A', values: { plan: 1 } },
          { key: 'b', label: 'B', values: { plan: 2 } },
        ],
      },
      null,
    ],
    ['nothing is no sentence', { stacks, data: [] }, null],
  ])('%s', (_, series, expected) => {
    expect(loneBarSentence(series, words)).toBe(expected);
  });

  it('a single series names no series', () => {
    const series: BarSeries = {
      stacks: [{ key: 'n', label: 'Projects', color: '--chart-1' }],
      data: [{ key: 'jingkai', label: 'Jingkai', values: { n: 7 } }],
    };
    expect(loneBarSentence(series, words)).toBe('Jingkai: 7');
  });
});
