import type { Light } from './progress';
import type { TargetRow } from './tracker';

/**
 * Rates that compare districts fairly, where raw counts reward districts that publish less
 * (docs/tracking.md, "Ranking districts"). Over one district's announced targets on the as-of
 * date:
 * - due: targets with a deadline whose outcome can be judged: the deadline passed before the
 *   as-of date (overdue, met late, missed), or a result came (met on time, early too; missed
 *   early). A deadline of today is not yet due: the day is not over.
 * - onTime (按期完成率) = met on time ÷ due; overdue (逾期率) = overdue with no result ÷ due;
 *   withResult (有结果率) = met on time, met late or missed ÷ due;
 * - investment: targets with a planned amount of money, how many have progress measured, the
 *   lights, and the mean gap to 时间进度 in points over the measured ones.
 * A rate is null when nothing is due; `small` marks denominators under SMALL_DENOMINATOR.
 */
export const SMALL_DENOMINATOR = 5;

export type DistrictRates = {
  due: number;
  metOnTime: number;
  metLate: number;
  missed: number;
  overdue: number;
  onTime: number | null;
  overdueRate: number | null;
  withResult: number | null;
  small: boolean;
  investment: {
    planned: number;
    measured: number;
    lights: Record<Light, number>;
    meanGap: number | null;
  };
};

export function districtRates(targets: readonly TargetRow[]): DistrictRates {
  let due = 0;
  let metOnTime = 0;
  let metLate = 0;
  let missed = 0;
  let overdue = 0;
  const lights: Record<Light, number> = { green: 0, yellow: 0, red: 0 };
  let planned = 0;
  let measured = 0;
  let gaps = 0;
  for (const row of targets) {
    switch (row.state) {
      case 'met-on-time':
        metOnTime += 1;
        due += 1;
        break;
      case 'met-late':
        metLate += 1;
        due += 1;
        break;
      case 'missed':
        missed += 1;
        due += 1;
        break;
      case 'overdue':
        overdue += 1;
        due += 1;
        break;
      default:
        break;
    }
    const quantity = row.target.quantity;
    if (quantity?.role === 'plan' && quantity.normalizedUnit === 'CNY') {
      planned += 1;
      if (row.progress.kind === 'measured') {
        measured += 1;
        lights[row.progress.measure.light] += 1;
        gaps += row.progress.measure.gap;
      }
    }
  }
  const rate = (count: number) => (due === 0 ? null : count / due);
  return {
    due,
    metOnTime,
    metLate,
    missed,
    overdue,
    onTime: rate(metOnTime),
    overdueRate: rate(overdue),
    withResult: rate(metOnTime + metLate + missed),
    small: due < SMALL_DENOMINATOR,
    investment: { planned, measured, lights, meanGap: measured === 0 ? null : gaps / measured },
  };
}
