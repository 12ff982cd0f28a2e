import type { Quantity } from '@/data/schema';
import { daysBetween, isMonthEnd, monthsInto, periodBounds } from '@/lib/calendar';

/**
 * Progress against plan, as supervision (督查) reports it: how much of a period's plan is done
 * (完成投资 ÷ 年度计划), against how much of the period has gone (时间进度, 序时进度), the gap in
 * percentage points, and a light (红黄绿灯) by a published rule. Pure; docs/tracking.md works
 * both published examples through.
 */

/**
 * 时间进度: the share of the period gone by `through`, in percent. For a figure that runs to a
 * month's end (1–N月 cumulative figures) it counts months, as the published reports do
 * (1–3月 of a year = 3/12 = 25 %); for any other day it counts days, that day included
 * (2021-03-15 in 2021-Q1 = 74/90). Before the period: 0; after it: 100.
 */
export type TimeProgress = {
  percent: number;
  basis: 'months' | 'days';
  /** Months or days gone (that day included) and the period's length in the same unit: 74 of 90. */
  elapsed: number;
  length: number;
};

export function timeProgress(period: string, through: string): TimeProgress | undefined {
  const bounds = periodBounds(period);
  if (!bounds) return undefined;
  const days = daysBetween(bounds.start, bounds.end) + 1;
  const share = (elapsed: number, length: number, basis: TimeProgress['basis']) => ({
    percent: (elapsed / length) * 100,
    basis,
    elapsed,
    length,
  });
  if (through < bounds.start) return share(0, days, 'days');
  if (through >= bounds.end)
    return isMonthEnd(through)
      ? share(bounds.months, bounds.months, 'months')
      : share(days, days, 'days');
  if (isMonthEnd(through)) return share(monthsInto(bounds, through), bounds.months, 'months');
  return share(daysBetween(bounds.start, through) + 1, days, 'days');
}

/** Rounds away float noise, so 30.9 − 25 is exactly 5.9 at a threshold's edge. */
const clean = (value: number) => Math.round(value * 1e6) / 1e6;

export type Light = 'green' | 'yellow' | 'red';
export const LIGHTS: readonly Light[] = ['green', 'yellow', 'red'];

/**
 * The light rules in use. Each names its thresholds (shown on screen beside the light) and
 * comes from a published supervision practice (docs/tracking.md):
 * - `points` (the default; one city, 2025): green at or ahead of 时间进度; yellow up to 30
 *   points behind; red more than 30 points behind. The published rule names yellow from 10
 *   points behind and leaves 0–10 unnamed; here that band is yellow too, because behind pace is
 *   never green (the gap is shown beside the light).
 * - `relative` (another city, 2022): green at or ahead of 时间进度; yellow when progress is at
 *   least half of 时间进度 (up to 50 % behind, relatively); red below that.
 */
export const PACE_RULES = ['points', 'relative'] as const;
export type PaceRule = (typeof PACE_RULES)[number];
export const DEFAULT_PACE_RULE: PaceRule = 'points';

/** How far behind still counts as yellow: points under `points`, a share of pace under `relative`. */
export const YELLOW_LIMIT: Record<PaceRule, number> = { points: 30, relative: 0.5 };

export function lightOf(rule: PaceRule, progressPercent: number, timePercent: number): Light {
  const gap = clean(progressPercent - timePercent);
  if (gap >= 0) return 'green';
  if (rule === 'points') return -gap <= YELLOW_LIMIT.points ? 'yellow' : 'red';
  return clean(progressPercent / timePercent) >= YELLOW_LIMIT.relative ? 'yellow' : 'red';
}

/** What a report or follow-up says of progress, reduced to one of two forms. */
export type StatedProgress =
  | { kind: 'amount'; done: number; through: string }
  | { kind: 'percent'; percent: number; through: string };

/** Progress measured against plan and pace. */
export type PaceMeasure = {
  /** Done as a percent of the plan. */
  percent: number;
  /** Done in the plan's normalized unit (CNY for money), when an amount was stated. */
  done: number | null;
  /** The plan in its normalized unit. */
  planned: number | null;
  through: string;
  time: TimeProgress;
  /** Progress minus 时间进度, in percentage points (positive: ahead). */
  gap: number;
  light: Light;
};

/**
 * A target's progress against its plan and its period's pace. `plan` is the target's amount
 * (role `plan`); an amount done is in the plan's normalized unit. Undefined when the amount
 * cannot be compared (no plan to divide by, a zero plan, a period that is not one).
 */
export function measurePace(
  stated: StatedProgress,
  plan: Quantity | undefined,
  period: string,
  rule: PaceRule,
): PaceMeasure | undefined {
  const planned = plan?.role === 'plan' ? plan.normalized : null;
  let percent: number;
  let done: number | null = null;
  if (stated.kind === 'amount') {
    if (planned === null || planned <= 0) return undefined;
    done = stated.done;
    percent = (done / planned) * 100;
  } else percent = stated.percent;
  const time = timeProgress(period, stated.through);
  if (!time) return undefined;
  return {
    percent,
    done,
    planned,
    through: stated.through,
    time,
    gap: clean(percent - time.percent),
    light: lightOf(rule, percent, time.percent),
  };
}

/** An amount typed in a plan's printed unit (45 for 45亿元), in its normalized unit (4.5e9). */
export function normalizedLike(plan: Quantity, printedValue: number): number {
  return plan.value === 0 ? printedValue : (printedValue * plan.normalized) / plan.value;
}
