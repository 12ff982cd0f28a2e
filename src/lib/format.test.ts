import { describe, expect, it } from 'vitest';
import {
  formatCny,
  formatDate,
  formatGrowth,
  formatPeriod,
  formatQuantity,
  type QuantityLike,
} from './format';

const q = (over: Partial<QuantityLike>): QuantityLike => ({
  value: 60,
  unit: '亿元',
  normalized: 6e9,
  normalizedUnit: 'CNY',
  comparator: 'exactly',
  ...over,
});

describe('formatCny', () => {
  it.each([
    [6e9, 'zh', '60亿元'],
    [3105e8, 'zh', '3,105亿元'],
    [830.6e8, 'zh', '830.6亿元'],
    [3400e4, 'zh', '3,400万元'],
    [500, 'zh', '500元'],
    [6e9, 'en', 'CNY 6.0 bn'],
    [3105e8, 'en', 'CNY 310.5 bn'],
    [3400e4, 'en', 'CNY 34.0 m'],
    [500, 'en', 'CNY 500'],
  ] as const)('%d in %s → %s', (cny, lang, expected) => {
    expect(formatCny(cny, lang)).toBe(expected);
  });
});

describe('formatQuantity', () => {
  it.each([
    [q({ comparator: 'at-least', qualifierZh: '以上' }), 'zh', '60亿元以上'],
    [q({ comparator: 'at-least', qualifierZh: '以上' }), 'en', 'at least CNY 6.0 bn'],
    [
      q({
        value: 110,
        unit: '户',
        normalized: 110,
        normalizedUnit: 'count',
        comparator: 'more-than',
        qualifierZh: '余',
      }),
      'zh',
      '110余户',
    ],
    [
      q({
        value: 110,
        unit: '户',
        normalized: 110,
        normalizedUnit: 'count',
        comparator: 'more-than',
        qualifierZh: '余',
      }),
      'en',
      'over 110 households',
    ],
    [
      q({ value: 3400, unit: '万元', normalized: 3.4e7, comparator: 'about', qualifierZh: '约' }),
      'zh',
      '约3,400万元',
    ],
    [
      q({ value: 3400, unit: '万元', normalized: 3.4e7, comparator: 'about', qualifierZh: '约' }),
      'en',
      'about CNY 34.0 m',
    ],
    [
      q({
        value: 20,
        unit: '%',
        normalized: 20,
        normalizedUnit: '%',
        comparator: 'more-than',
        qualifierZh: '突破',
      }),
      'zh',
      '突破20%',
    ],
    [
      q({
        value: 20,
        unit: '%',
        normalized: 20,
        normalizedUnit: '%',
        comparator: 'more-than',
        qualifierZh: '突破',
      }),
      'en',
      'over 20%',
    ],
    [
      q({
        value: 4.8,
        unit: '公里',
        normalized: 4.8,
        normalizedUnit: 'km',
        comparator: 'about',
        qualifierZh: '约',
      }),
      'en',
      'about 4.8 km',
    ],
    [q({ value: 23, unit: '条', normalized: 23, normalizedUnit: 'count' }), 'en', '23'],
  ] as const)('%j in %s → %s', (quantity, lang, expected) => {
    expect(formatQuantity(quantity, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2021-03-31', 'zh', '2021年3月31日'],
    ['2021-03-31', 'en', '31 March 2021'],
    ['2024-02-29', 'zh', '2024年2月29日'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2021-Q1', 'zh', '2021年一季度'],
    ['2021-Q1', 'en', 'Q1 2021'],
    ['2021-H1', 'zh', '2021年上半年'],
    ['2021-H2', 'en', 'H2 2021'],
    ['2023', 'zh', '2023年'],
    ['2023', 'en', '2023'],
  ] as const)('%s in %s → %s', (period, lang, expected) => {
    expect(formatPeriod(period, lang)).toBe(expected);
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
