// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeQuantity, yi } from '../../tests/fixtures/factories';
import {
  lightOf,
  measurePace,
  normalizedLike,
  timeProgress,
  type Light,
  type PaceRule,
  type TimeProgress,
} from './progress';

describe('timeProgress (时间进度)', () => {
  it.each<[string, string, string, Pick<TimeProgress, 'percent' | 'basis'>]>([
    // months-based for a month end (1–N月 cumulative figures)
    ['1–3月 of a year', '2024', '2024-03-31', { percent: 25, basis: 'months' }],
    ['1–10月 of a year', '2024', '2024-10-31', { percent: (10 / 12) * 100, basis: 'months' }],
    ['1–6月 of a year', '2023', '2023-06-30', { percent: 50, basis: 'months' }],
    ['a leap February', '2024', '2024-02-29', { percent: (2 / 12) * 100, basis: 'months' }],
    [
      'a quarter’s first month',
      '2021-Q1',
      '2021-01-31',
      { percent: (1 / 3) * 100, basis: 'months' },
    ],
    ['a half’s third month', '2021-H2', '2021-09-30', { percent: 50, basis: 'months' }],
    // day-based otherwise, the day itself counted
    ['mid-March in Q1', '2021-Q1', '2021-03-15', { percent: (74 / 90) * 100, basis: 'days' }],
    ['mid-March in leap Q1', '2024-Q1', '2024-03-15', { percent: (75 / 91) * 100, basis: 'days' }],
    ['the first day of a year', '2021', '2021-01-01', { percent: (1 / 365) * 100, basis: 'days' }],
    [
      'mid-year in a leap year',
      '2024',
      '2024-07-01',
      { percent: (183 / 366) * 100, basis: 'days' },
    ],
    ['a month’s middle', '2024-03', '2024-03-16', { percent: (16 / 31) * 100, basis: 'days' }],
    // outside the period
    ['before the period', '2021-Q2', '2021-03-31', { percent: 0, basis: 'days' }],
    ['the period’s last day', '2021-H1', '2021-06-30', { percent: 100, basis: 'months' }],
    ['after the period', '2021-Q1', '2021-05-15', { percent: 100, basis: 'days' }],
  ])('%s: %s through %s', (_, period, through, expected) => {
    const time = timeProgress(period, through);
    expect(time?.basis).toBe(expected.basis);
    expect(time?.percent).toBeCloseTo(expected.percent, 10);
  });

  // What the page says beside the percent: "按月计（3/12 个月）", "按天计（74/90 天）".
  it.each<[string, string, string, [number, number]]>([
    ['1–3月 of a year', '2024', '2024-03-31', [3, 12]],
    ['1–10月 of a year', '2022', '2022-10-31', [10, 12]],
    ['mid-March in Q1', '2021-Q1', '2021-03-15', [74, 90]],
    ['mid-March in leap Q1', '2024-Q1', '2024-03-15', [75, 91]],
    ['before the period', '2021-Q2', '2021-03-31', [0, 91]],
    ['after the period, a month end', '2021-Q1', '2021-04-30', [3, 3]],
    ['after the period, mid-month', '2021-Q1', '2021-05-15', [90, 90]],
  ])('%s: %s through %s is %j gone', (_, period, through, [elapsed, length]) => {
    expect(timeProgress(period, through)).toMatchObject({ elapsed, length });
  });

  it('is undefined for text that is not a period', () => {
    expect(timeProgress('2021-Q9', '2021-03-31')).toBeUndefined();
  });
});

describe('the published examples', () => {
  it('1–3月 at 30.90 % of the annual plan is 5.90 points ahead of 时间进度', () => {
    const measure = measurePace(
      { kind: 'percent', percent: 30.9, through: '2025-03-31' },
      undefined,
      '2025',
      'points',
    );
    expect(measure?.time).toEqual({ percent: 25, basis: 'months', elapsed: 3, length: 12 });
    expect(measure?.gap).toBeCloseTo(5.9, 10);
    expect(measure?.light).toBe('green');
  });

  it('1–10月 629.0亿 of a 647.4亿 plan is 97.2 %, 13.8 points ahead', () => {
    const measure = measurePace(
      { kind: 'amount', done: 629.0e8, through: '2022-10-31' },
      yi(647.4, { role: 'plan' }),
      '2022',
      'relative',
    );
    expect(measure?.percent.toFixed(1)).toBe('97.2');
    expect(measure?.time.percent).toBeCloseTo((10 / 12) * 100, 10);
    expect(measure?.gap.toFixed(1)).toBe('13.8');
    expect(measure?.light).toBe('green');
  });
});

describe('lightOf (红黄绿灯), at each threshold edge', () => {
  // [rule, progress %, 时间进度 %, light]
  it.each<[PaceRule, number, number, Light]>([
    // points: green at or above pace, yellow up to 30 points behind, red beyond
    ['points', 50, 50, 'green'],
    ['points', 50.01, 50, 'green'],
    ['points', 49.99, 50, 'yellow'],
    ['points', 40, 50, 'yellow'], // 10 behind
    ['points', 20, 50, 'yellow'], // exactly 30 behind
    ['points', 19.99, 50, 'red'],
    ['points', 30.9 - 5.9 - 30, 25, 'yellow'], // float noise at the edge: exactly 30 behind
    ['points', 0, 25, 'yellow'],
    ['points', 0, 31, 'red'],
    ['points', 120, 100, 'green'],
    // relative: green at or above pace, yellow at or above half of it, red below
    ['relative', 50, 50, 'green'],
    ['relative', 49.99, 50, 'yellow'],
    ['relative', 25, 50, 'yellow'], // exactly half of pace
    ['relative', 24.99, 50, 'red'],
    ['relative', 60, 100, 'yellow'], // 40 points behind: red by points, yellow by ratio
    ['relative', 10, 25, 'red'], // 15 points behind: yellow by points, red by ratio
    ['relative', 0, 0, 'green'], // nothing due yet, nothing done
  ])('%s: %d %% done at %d %% of the period → %s', (rule, progress, time, light) => {
    expect(lightOf(rule, progress, time)).toBe(light);
  });

  it('the same progress is lit differently by the two rules', () => {
    expect([lightOf('points', 60, 100), lightOf('relative', 60, 100)]).toEqual(['red', 'yellow']);
  });
});

describe('measurePace', () => {
  const plan = yi(60, { role: 'plan', comparator: 'at-least', qualifierZh: '以上' });

  it('45亿 of a 60亿 Q1 plan through 2021-03-15: 75 %, behind the day-based pace', () => {
    const measure = measurePace(
      { kind: 'amount', done: normalizedLike(plan, 45), through: '2021-03-15' },
      plan,
      '2021-Q1',
      'points',
    );
    expect(measure).toMatchObject({ percent: 75, done: 4.5e9, planned: 6e9, light: 'yellow' });
    expect(measure?.time.basis).toBe('days');
    expect(measure?.gap).toBeCloseTo(75 - (74 / 90) * 100, 6);
  });

  it.each([
    ['an amount without a plan', undefined],
    ['an amount against a zero plan', makeQuantity({ value: 0, normalized: 0, role: 'plan' })],
    ['an amount against a total, not a plan', yi(60, { role: 'total' })],
  ])('cannot measure %s', (_, against) => {
    expect(
      measurePace({ kind: 'amount', done: 1e9, through: '2021-03-31' }, against, '2021', 'points'),
    ).toBeUndefined();
  });

  it('measures a percent without a planned amount', () => {
    expect(
      measurePace(
        { kind: 'percent', percent: 58.7, through: '2023-06-30' },
        undefined,
        '2023',
        'points',
      )?.gap,
    ).toBeCloseTo(8.7, 10);
  });
});
