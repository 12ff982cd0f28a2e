import { describe, expect, it } from 'vitest';
import {
  formatCny,
  formatDate,
  formatFigureReading,
  formatFixed,
  formatGrowth,
  formatPeriod,
  formatQuantity,
  type QuantityLike,
} from './format';
import { itReadsEach } from '../../tests/unit/by-language';

const q = (over: Partial<QuantityLike>): QuantityLike => ({
  value: 60,
  unit: '亿元',
  normalized: 6e9,
  normalizedUnit: 'CNY',
  comparator: 'exactly',
  ...over,
});

/** A quantity whose unit needs no conversion (counts, %, km): normalized is the value. */
const unconverted = (
  value: number,
  unit: string,
  normalizedUnit: string,
  over: Partial<QuantityLike> = {},
) => q({ value, unit, normalized: value, normalizedUnit, ...over });

describe('formatCny', () => {
  itReadsEach(
    formatCny,
    [
      [6e9, { zh: '60亿元', en: 'CNY 6.0 bn' }],
      [3105e8, { zh: '3,105亿元', en: 'CNY 310.5 bn' }],
      [830.6e8, { zh: '830.6亿元' }],
      [3400e4, { zh: '3,400万元', en: 'CNY 34.0 m' }],
      [500, { zh: '500元', en: 'CNY 500' }],
    ],
    '%d in %s → %s',
  );
});

describe('formatQuantity', () => {
  itReadsEach(
    formatQuantity,
    [
      [
        q({ comparator: 'at-least', qualifierZh: '以上' }),
        { zh: '60亿元以上', en: 'at least CNY 6.0 bn' },
      ],
      [
        unconverted(110, '户', 'count', { comparator: 'more-than', qualifierZh: '余' }),
        { zh: '110余户', en: 'over 110 households' },
      ],
      [
        q({ value: 3400, unit: '万元', normalized: 3.4e7, comparator: 'about', qualifierZh: '约' }),
        { zh: '约3,400万元', en: 'about CNY 34.0 m' },
      ],
      [
        unconverted(20, '%', '%', { comparator: 'more-than', qualifierZh: '突破' }),
        { zh: '突破20%', en: 'over 20%' },
      ],
      [
        unconverted(4.8, '公里', 'km', { comparator: 'about', qualifierZh: '约' }),
        { en: 'about 4.8 km' },
      ],
      [unconverted(23, '条', 'count'), { en: '23' }],
    ],
    '%j in %s → %s',
  );
});

describe('formatDate', () => {
  itReadsEach(formatDate, [
    ['2021-03-31', { zh: '2021年3月31日', en: '31 March 2021' }],
    ['2024-02-29', { zh: '2024年2月29日' }],
  ]);
});

describe('formatPeriod', () => {
  itReadsEach(formatPeriod, [
    ['2021-Q1', { zh: '2021年一季度', en: 'Q1 2021' }],
    ['2021-H1', { zh: '2021年上半年' }],
    ['2021-H2', { en: 'H2 2021' }],
    ['2023', { zh: '2023年', en: '2023' }],
    ['2021-03', { zh: '2021年3月', en: 'Mar 2021' }],
    ['2024-12', { zh: '2024年12月' }],
  ]);
});

describe('formatFigureReading', () => {
  const gdp: QuantityLike = {
    value: 830.6,
    unit: '亿元',
    normalized: 83_060_000_000,
    normalizedUnit: 'CNY',
    comparator: 'exactly',
  };
  it.each([
    [{ period: '2023', quantity: gdp, growthPercent: 8.1 }, 'zh', '2023年：830.6亿元 (+8.1%)'],
    [{ period: '2023', quantity: gdp }, 'zh', '2023年：830.6亿元'],
    [{ period: '2023', quantity: gdp, growthPercent: -2 }, 'en', '2023: CNY 83.1 bn (−2%)'],
  ] as const)('%o in %s → %s', (figure, lang, expected) => {
    expect(formatFigureReading(figure, lang)).toBe(expected);
  });
});

describe('formatGrowth', () => {
  it.each([
    [8.1, '+8.1%'],
    [-2, '−2%'],
    [0, '0%'],
  ])('%d → %s', (value, expected) => {
    expect(formatGrowth(value, 'zh')).toBe(expected);
  });
});

describe('formatFixed', () => {
  it.each<[number, number, string, string]>([
    [75, 1, '75.0', '75.0'],
    [82.2222, 1, '82.2', '82.2'],
    [97.1597, 1, '97.2', '97.2'],
    [1234.56, 1, '1,234.6', '1,234.6'],
    [5.9, 2, '5.90', '5.90'],
  ])('%d to %d decimals → %s / %s', (value, digits, zh, en) => {
    expect(formatFixed(value, 'zh', digits)).toBe(zh);
    expect(formatFixed(value, 'en', digits)).toBe(en);
  });
});
