import type { Quantity } from '@/data/schema';
import { formatCny, formatFixed, formatQuantity, formatDate } from '@/lib/format';
import { translate, type Lang } from '@/lib/i18n';
import { YELLOW_LIMIT, type Light, type PaceMeasure, type PaceRule } from '@/tracker/progress';
import { progressMessages } from '../messages';

/**
 * Progress against plan in words, as a supervision report prints it: "完成 45亿元，占计划 75.0%，
 * 时间进度 82.2%，落后 7.2 个百分点 · 黄灯". Pure: what the bullet's text alternative, the
 * ranking and the tests read. The numbers come from the tracker (tracker/progress.ts).
 */

const say = (lang: Lang, key: keyof (typeof progressMessages)['zh'], params = {}) =>
  translate(progressMessages[lang], key, params);

/** 75.0% — one decimal, as reports print progress and 时间进度. */
export const percentText = (percent: number, lang: Lang) => `${formatFixed(percent, lang, 1)}%`;

export function lightName(light: Light | 'none', lang: Lang): string {
  return say(lang, light);
}

/** The gap to 时间进度: 落后 7.2 个百分点 / 领先 5.9 个百分点 / 与时间进度持平. */
export function gapText(gap: number, lang: Lang): string {
  if (gap === 0) return say(lang, 'even');
  return say(lang, gap < 0 ? 'behind' : 'ahead', {
    points: formatFixed(Math.abs(gap), lang, 1),
  });
}

/** A mean gap with its sign, for tables: +5.9 个百分点 / −7.2 points (a true minus sign). */
export function signedPoints(gap: number, lang: Lang): string {
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '';
  return say(lang, 'gapPoints', { sign, points: formatFixed(Math.abs(gap), lang, 1) });
}

/**
 * An amount done in the plan's terms: money in 亿元/万元 (CNY bn in English); anything else in
 * the plan's printed unit (8 公里 of a 10 公里 plan).
 */
export function doneText(done: number, plan: Quantity, lang: Lang): string {
  if (plan.normalizedUnit === 'CNY') return formatCny(done, lang);
  const value = plan.normalized === 0 ? done : (done * plan.value) / plan.normalized;
  return formatQuantity(
    {
      value,
      unit: plan.unit,
      normalized: done,
      normalizedUnit: plan.normalizedUnit,
      comparator: 'exactly',
    },
    lang,
  );
}

/**
 * The sentence beside the bullet before its light ("完成 45亿元，占计划 75.0%，时间进度 82.2%，
 * 落后 7.2 个百分点"): the page shows the light after it as a badge.
 */
export function paceClause(measure: PaceMeasure, plan: Quantity | undefined, lang: Lang): string {
  const shared = {
    percent: percentText(measure.percent, lang),
    time: percentText(measure.time.percent, lang),
    gap: gapText(measure.gap, lang),
  };
  return measure.done !== null && plan
    ? say(lang, 'amountSentence', { ...shared, done: doneText(measure.done, plan, lang) })
    : say(lang, 'percentSentence', shared);
}

/** The whole sentence with its light: the bullet's text alternative. */
export function paceSentence(measure: PaceMeasure, plan: Quantity | undefined, lang: Lang): string {
  return `${paceClause(measure, plan, lang)} · ${lightName(measure.light, lang)}`;
}

/** Through when, and how 时间进度 was counted: 进度截至 2021年3月15日，时间进度按天计（74/90 天，含当天）. */
export function throughText(measure: PaceMeasure, lang: Lang): string {
  const { basis, elapsed, length } = measure.time;
  return say(lang, 'through', {
    date: formatDate(measure.through, lang),
    basis: say(lang, basis, { elapsed, length }),
  });
}

export function ruleName(rule: PaceRule, lang: Lang): string {
  return say(lang, rule === 'points' ? 'rulePoints' : 'ruleRelative');
}

/** A rule's thresholds in words, from YELLOW_LIMIT (the one place they live). */
export function ruleThresholds(rule: PaceRule, lang: Lang): string {
  return rule === 'points'
    ? say(lang, 'thresholdsPoints', { limit: YELLOW_LIMIT.points })
    : say(lang, 'thresholdsRelative', {
        share: `${formatFixed(YELLOW_LIMIT.relative * 100, lang, 0)}%`,
      });
}
