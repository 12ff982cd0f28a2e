// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SMALL_DENOMINATOR, type DistrictRates } from '@/tracker/district-rates';
import type { SortValue } from '@/lib/url-state';
import { onTimeLeaders, rankDistricts, type RankedDistrict } from './district-ranking';

/** A district's rates from its counts, as tracker/district-rates.ts computes them. */
function district(
  name: string,
  counts: { onTime?: number; late?: number; missed?: number; overdue?: number; gap?: number },
): RankedDistrict {
  const { onTime = 0, late = 0, missed = 0, overdue = 0, gap } = counts;
  const due = onTime + late + missed + overdue;
  const rate = (n: number) => (due === 0 ? null : n / due);
  const rates: DistrictRates = {
    due,
    metOnTime: onTime,
    metLate: late,
    missed,
    overdue,
    onTime: rate(onTime),
    overdueRate: rate(overdue),
    withResult: rate(onTime + late + missed),
    small: due < SMALL_DENOMINATOR,
    investment: {
      planned: gap === undefined ? 0 : 1,
      measured: gap === undefined ? 0 : 1,
      lights: { green: 0, yellow: 0, red: 0 },
      meanGap: gap ?? null,
    },
  };
  return { id: name, name, rates };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const districts = [
  district('a', { onTime: 3, overdue: 3, gap: -7.2 }), // 50 %, 6 due
  district('b', { onTime: 4, late: 1, missed: 1, gap: 5.9 }), // 66.7 %, 6 due
  district('c', { onTime: 2 }), // 100 %, 2 due (small)
  district('d', {}), // nothing due
  district('e', { onTime: 6, overdue: 6 }), // 50 %, 12 due: ties with a, more due
  district('f', { late: 5, gap: 13.8 }), // 0 % on time, all late
];

describe('rankDistricts', () => {
  it.each<[string, SortValue | null, string[]]>([
    // The default: 按期完成率, highest first; a tie goes to more targets due; nothing due last.
    ['the default (按期完成率, highest first)', null, ['c', 'b', 'e', 'a', 'f', 'd']],
    ['按期完成率, lowest first', { key: 'onTime', desc: false }, ['f', 'e', 'a', 'b', 'c', 'd']],
    ['逾期率, highest first', { key: 'overdueRate', desc: true }, ['e', 'a', 'b', 'f', 'c', 'd']],
    ['有结果率, highest first', { key: 'withResult', desc: true }, ['b', 'f', 'c', 'e', 'a', 'd']],
    // No progress measured is no value: last in either direction.
    ['mean gap, most ahead first', { key: 'gap', desc: true }, ['f', 'b', 'a', 'e', 'c', 'd']],
    ['mean gap, most behind first', { key: 'gap', desc: false }, ['a', 'b', 'f', 'e', 'c', 'd']],
    ['targets due, most first', { key: 'due', desc: true }, ['e', 'a', 'b', 'f', 'c', 'd']],
    ['name', { key: 'name', desc: false }, ['a', 'b', 'c', 'd', 'e', 'f']],
    [
      'an unknown key falls back to the default',
      { key: 'overdue', desc: true },
      ['c', 'b', 'e', 'a', 'f', 'd'],
    ],
  ])('%s', (_, sort, expected) => {
    expect(rankDistricts(districts, sort, byCodeUnit).map((row) => row.id)).toEqual(expected);
  });
});

describe('onTimeLeaders', () => {
  it.each<[string, RankedDistrict[], string | undefined, string | undefined]>([
    ['a small leader names the first of the larger too', districts, 'c', 'b'],
    [
      'a leader that is not small is the answer',
      districts.filter((d) => d.id !== 'c'),
      'b',
      undefined,
    ],
    ['nothing due anywhere: no leader', [district('d', {})], undefined, undefined],
    [
      'only small denominators: no larger one to name',
      [district('c', { onTime: 2 }), district('g', { onTime: 1, overdue: 1 })],
      'c',
      undefined,
    ],
  ])('%s', (_, rows, top, topOfLarger) => {
    const leaders = onTimeLeaders(rows, byCodeUnit);
    expect(leaders.top?.id).toBe(top);
    expect(leaders.topOfLarger?.id).toBe(topOfLarger);
  });
});
