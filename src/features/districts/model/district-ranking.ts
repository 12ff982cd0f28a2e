import type { DistrictRates } from '@/tracker/district-rates';
import { compareNullable } from '@/tracker/record-query';
import type { SortValue } from '@/lib/url-state';

/**
 * The district ranking: districts compared by shares of their targets due (按期完成率, 逾期率,
 * 有结果率) and by investment progress against 时间进度, never by raw counts, which reward
 * districts that publish less. The rates come from the tracker (tracker/district-rates.ts);
 * this only orders them. docs/tracking.md, "Ranking districts".
 */

/** A district as the ranking reads it. */
export type RankedDistrict = { id: string; name: string; rates: DistrictRates };

/** What the ranking can be sorted by (the URL's `sort`, like the lists'). */
export const RANKING_KEYS = ['name', 'due', 'onTime', 'overdueRate', 'withResult', 'gap'] as const;
export type RankingKey = (typeof RANKING_KEYS)[number];

/**
 * The default order answers "which district met the largest share on time": 按期完成率,
 * highest first. It is not written into the URL.
 */
export const DEFAULT_RANKING_SORT: SortValue = { key: 'onTime', desc: true };

const VALUE: Record<RankingKey, (row: RankedDistrict) => number | string | null> = {
  name: (row) => row.name,
  due: (row) => row.rates.due,
  onTime: (row) => row.rates.onTime,
  overdueRate: (row) => row.rates.overdueRate,
  withResult: (row) => row.rates.withResult,
  gap: (row) => row.rates.investment.meanGap,
};

const isRankingKey = (key: string): key is RankingKey =>
  (RANKING_KEYS as readonly string[]).includes(key);

/**
 * Districts in ranking order: by the sort's value, a district with no value (nothing due, no
 * progress measured) last in either direction; ties broken by more targets due (a share of
 * more targets says more), then by name. `compareNames` orders names in the reader's language.
 */
export function rankDistricts(
  rows: readonly RankedDistrict[],
  sort: SortValue | null,
  compareNames: (a: string, b: string) => number,
): RankedDistrict[] {
  const { key, desc } = sort && isRankingKey(sort.key) ? sort : DEFAULT_RANKING_SORT;
  const value = VALUE[key as RankingKey];
  const compare = (a: number | string, b: number | string) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : compareNames(String(a), String(b));
  return [...rows].sort(
    (a, b) =>
      compareNullable(value(a), value(b), compare, desc) ||
      b.rates.due - a.rates.due ||
      compareNames(a.name, b.name),
  );
}

/**
 * Who met the largest share on time: the first of the default order among districts with
 * something due, and, when that one's denominator is small, the first whose is not.
 */
export function onTimeLeaders(
  rows: readonly RankedDistrict[],
  compareNames: (a: string, b: string) => number,
): {
  top: RankedDistrict | undefined;
  topOfLarger: RankedDistrict | undefined;
} {
  const ranked = rankDistricts(
    rows.filter((row) => row.rates.due > 0),
    DEFAULT_RANKING_SORT,
    compareNames,
  );
  const top = ranked[0];
  return {
    top,
    topOfLarger: top?.rates.small ? ranked.find((row) => !row.rates.small) : undefined,
  };
}
