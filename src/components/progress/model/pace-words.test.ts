// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Quantity } from '@/data/schema';
import type { Lang } from '@/lib/i18n';
import { measurePace, type PaceRule, type StatedProgress } from '@/tracker/progress';
import { makeQuantity, yi } from '../../../../tests/fixtures/factories';
import { gapText, paceSentence, ruleThresholds, signedPoints, throughText } from './pace-words';

const measure = (
  stated: StatedProgress,
  plan: Quantity | undefined,
  period: string,
  rule: PaceRule = 'points',
) => {
  const result = measurePace(stated, plan, period, rule);
  if (!result) throw new Error('expected a measure');
  return result;
};

const km = (value: number) =>
  makeQuantity({ value, unit: '公里', normalized: value, normalizedUnit: 'km' });

describe('paceSentence: the words beside the bullet (and its text alternative)', () => {
  it.each<[string, StatedProgress, Quantity | undefined, string, PaceRule, Lang, string]>([
    [
      '管城’s 一季度 60亿 target, 45亿 done by 15 March',
      { kind: 'amount', done: 45e8, through: '2021-03-15' },
      yi(60, { comparator: 'at-least', qualifierZh: '以上' }),
      '2021-Q1',
      'points',
      'zh',
      '完成 45亿元，占计划 75.0%，时间进度 82.2%，落后 7.2 个百分点 · 黄灯',
    ],
    [
      'the same in English',
      { kind: 'amount', done: 45e8, through: '2021-03-15' },
      yi(60),
      '2021-Q1',
      'points',
      'en',
      'Done CNY 4.5 bn, 75.0% of plan; time elapsed 82.2%; 7.2 points behind · Yellow light',
    ],
    [
      'published example 1: 1–3月 at 30.90 % of plan',
      { kind: 'percent', percent: 30.9, through: '2025-03-31' },
      undefined,
      '2025',
      'points',
      'zh',
      '完成计划的 30.9%，时间进度 25.0%，领先 5.9 个百分点 · 绿灯',
    ],
    [
      'published example 2: 1–10月 629.0 of 647.4亿',
      { kind: 'amount', done: 629e8, through: '2022-10-31' },
      yi(647.4),
      '2022',
      'relative',
      'zh',
      '完成 629亿元，占计划 97.2%，时间进度 83.3%，领先 13.8 个百分点 · 绿灯',
    ],
    [
      'far behind: red under the points rule',
      { kind: 'amount', done: 10e8, through: '2021-03-15' },
      yi(60),
      '2021-Q1',
      'points',
      'zh',
      '完成 10亿元，占计划 16.7%，时间进度 82.2%，落后 65.6 个百分点 · 红灯',
    ],
    [
      'far behind: red under the relative rule too',
      { kind: 'amount', done: 10e8, through: '2021-03-15' },
      yi(60),
      '2021-Q1',
      'relative',
      'en',
      'Done CNY 1.0 bn, 16.7% of plan; time elapsed 82.2%; 65.6 points behind · Red light',
    ],
    [
      '40 points behind: yellow by the relative rule (60 % is more than half of 100 %)',
      { kind: 'percent', percent: 60, through: '2021-12-31' },
      undefined,
      '2021-H2',
      'relative',
      'zh',
      '完成计划的 60.0%，时间进度 100.0%，落后 40.0 个百分点 · 黄灯',
    ],
    [
      '40 points behind: red by the points rule (more than 30)',
      { kind: 'percent', percent: 60, through: '2021-12-31' },
      undefined,
      '2021-H2',
      'points',
      'zh',
      '完成计划的 60.0%，时间进度 100.0%，落后 40.0 个百分点 · 红灯',
    ],
    [
      'level with pace',
      { kind: 'percent', percent: 25, through: '2025-03-31' },
      undefined,
      '2025',
      'points',
      'zh',
      '完成计划的 25.0%，时间进度 25.0%，与时间进度持平 · 绿灯',
    ],
    [
      'a plan in kilometres',
      { kind: 'amount', done: 8, through: '2021-06-30' },
      km(10),
      '2021',
      'points',
      'zh',
      '完成 8公里，占计划 80.0%，时间进度 50.0%，领先 30.0 个百分点 · 绿灯',
    ],
    [
      'a plan in kilometres, in English',
      { kind: 'amount', done: 8, through: '2021-06-30' },
      km(10),
      '2021',
      'points',
      'en',
      'Done 8 km, 80.0% of plan; time elapsed 50.0%; 30.0 points ahead · Green light',
    ],
  ])('%s', (_, stated, plan, period, rule, lang, expected) => {
    expect(paceSentence(measure(stated, plan, period, rule), plan, lang)).toBe(expected);
  });
});

describe('throughText: through when, and how 时间进度 was counted', () => {
  it.each<[StatedProgress, string, Lang, string]>([
    [
      { kind: 'percent', percent: 30.9, through: '2025-03-31' },
      '2025',
      'zh',
      '进度截至 2025年3月31日，时间进度按月计（3/12 个月）',
    ],
    [
      { kind: 'amount', done: 45e8, through: '2021-03-15' },
      '2021-Q1',
      'zh',
      '进度截至 2021年3月15日，时间进度按天计（74/90 天，含当天）',
    ],
    [
      { kind: 'amount', done: 45e8, through: '2021-03-15' },
      '2021-Q1',
      'en',
      'Progress through 15 March 2021; time elapsed counted by days (74 of 90, that day included)',
    ],
  ])('%j in %s (%s)', (stated, period, lang, expected) => {
    expect(throughText(measure(stated, yi(60), period), lang)).toBe(expected);
  });
});

describe('gaps in points', () => {
  it.each<[number, Lang, string, string]>([
    [-7.2222, 'zh', '落后 7.2 个百分点', '−7.2 个百分点'],
    [13.8333, 'zh', '领先 13.8 个百分点', '+13.8 个百分点'],
    [0, 'zh', '与时间进度持平', '0.0 个百分点'],
    [-1, 'en', '1.0 point behind', '−1.0 points'],
    [5.9, 'en', '5.9 points ahead', '+5.9 points'],
  ])('%d (%s) → %s / %s', (gap, lang, words, signed) => {
    expect(gapText(gap, lang)).toBe(words);
    expect(signedPoints(gap, lang)).toBe(signed);
  });
});

describe('ruleThresholds: the thresholds come from YELLOW_LIMIT', () => {
  it.each<[PaceRule, Lang, RegExp]>([
    ['points', 'zh', /落后不超过 30 个百分点为黄灯；落后超过 30 个百分点为红灯/],
    ['relative', 'zh', /不低于时间进度的 50%.*为黄灯；低于 50% 为红灯/],
    ['points', 'en', /yellow up to 30 points behind; red more than 30 points behind/],
    ['relative', 'en', /yellow when it is at least 50% of time elapsed/],
  ])('%s (%s)', (rule, lang, pattern) => {
    expect(ruleThresholds(rule, lang)).toMatch(pattern);
  });
});
