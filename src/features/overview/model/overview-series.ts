import type { Dataset, District, ProjectCategory, TargetStatus } from '@/data/schema';
import { targetStatusSchema } from '@/data/schema';
import {
  noData,
  paletteVar,
  seriesOk,
  type BarSeries,
  type SeriesResult,
} from '@/components/charts/series';
import { sumAmounts, type AmountGroup, type StatedAmount } from '@/tracker/amounts';
import type { TargetRow } from '@/tracker/tracker';

/**
 * The overview's chart series: pure functions of the dataset (and the as-of rows), tested
 * in overview-series.test.ts. Districts keep the dataset's order unless a chart ranks them.
 */

type DistrictLabel = (districtId: string) => string;

/**
 * Order of ISO-style codes (periods, dates). Plain code-unit order is right for them, and
 * unlike `localeCompare` it does not load a collator on the page's first render.
 */
export const compareAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** At most this many groups get their own bars; the table and its CSV list them all. */
export const MAX_INVESTMENT_GROUPS = 6;

/**
 * Stated investment per district in 亿元, one bar per group of the tracker's (one role, one
 * period: a lifetime total, a year's plan, done through a date), side by side, never stacked:
 * amounts of different roles or periods are not added, and a part (其中) is never added to its
 * whole (amounts.ts). Reads `tracker.investment.groups` only, so it shows what was announced by
 * the as-of date. The drawing has the first MAX_INVESTMENT_GROUPS groups; `table` has every
 * group, so none is out of reach.
 */
export function investmentByDistrict(
  districts: readonly Pick<District, 'id'>[],
  groups: readonly AmountGroup[],
  options: { districtLabel: DistrictLabel; groupLabel: (group: AmountGroup) => string },
): SeriesResult<BarSeries & { groups: readonly AmountGroup[]; omitted: number; table: BarSeries }> {
  if (groups.length === 0) return noData;
  const byDistrict = new Map<string, Record<string, number>>();
  for (const group of groups) {
    const amountsOf = new Map<string, StatedAmount[]>();
    for (const amount of group.amounts) {
      const list = amountsOf.get(amount.districtId);
      if (list) list.push(amount);
      else amountsOf.set(amount.districtId, [amount]);
    }
    for (const [districtId, amounts] of amountsOf) {
      const sum = sumAmounts(amounts);
      // A group's amounts may be added (one role, one period, no part with its whole): so may
      // a district's share of them.
      if (!sum.ok) continue;
      let values = byDistrict.get(districtId);
      if (!values) byDistrict.set(districtId, (values = {}));
      values[group.key] = sum.data / 1e8;
    }
  }
  const stacks = groups.map((group, index) => ({
    key: group.key,
    label: options.groupLabel(group),
    color: paletteVar(index),
  }));
  const drawnKeys = new Set(stacks.slice(0, MAX_INVESTMENT_GROUPS).map((stack) => stack.key));
  const largest = (values: Record<string, number>) =>
    Math.max(0, ...Object.entries(values).flatMap(([key, v]) => (drawnKeys.has(key) ? [v] : [])));
  const data = districts
    .filter((d) => byDistrict.has(d.id))
    .map((d) => ({
      key: d.id,
      label: options.districtLabel(d.id),
      values: byDistrict.get(d.id) ?? {},
      href: `/districts/${encodeURIComponent(d.id)}`,
    }))
    .sort((a, b) => largest(b.values) - largest(a.values));
  const drawn = data
    .map((datum) => ({
      ...datum,
      values: Object.fromEntries(
        Object.entries(datum.values).filter(([key]) => drawnKeys.has(key)),
      ),
    }))
    .filter((datum) => Object.keys(datum.values).length > 0);
  return seriesOk({
    stacks: stacks.filter((stack) => drawnKeys.has(stack.key)),
    data: drawn,
    groups,
    omitted: groups.length - drawnKeys.size,
    table: { stacks, data, missing: 'absent' },
    // A district that stated no amount for a group has no value there, not 0.
    missing: 'absent',
  });
}

/**
 * When no group of the investment chart has two districts to compare, the chart compares
 * nothing: the amounts are said as sentences instead ("经开区：投资目标 · 计划 · 2024年 420亿元"),
 * one per district and group. Null when some group has two or more districts.
 */
export function investmentSentences(
  series: BarSeries,
  words: { format: (value: number) => string; colon: string },
): string[] | null {
  const lines: string[] = [];
  for (const stack of series.stacks) {
    const stated = series.data.filter((datum) => datum.values[stack.key] !== undefined);
    if (stated.length > 1) return null;
    for (const datum of stated)
      lines.push(
        `${datum.label}${words.colon}${stack.label} ${words.format(datum.values[stack.key] ?? 0)}`,
      );
  }
  return lines;
}

/** Beyond this many categories the rest are drawn together as "other". */
export const MAX_CATEGORY_STACKS = 7;
export const OTHER_CATEGORY = 'other';

/** Projects per district, stacked by category (the largest categories; the rest as "other"). */
export function projectsByDistrictAndCategory(
  dataset: Pick<Dataset, 'districts' | 'projects'>,
  options: {
    districtLabel: DistrictLabel;
    categoryLabel: (category: ProjectCategory) => string;
    otherLabel: string;
  },
): SeriesResult<BarSeries> {
  if (dataset.projects.length === 0) return noData;
  const totals = new Map<ProjectCategory, number>();
  for (const project of dataset.projects)
    totals.set(project.category, (totals.get(project.category) ?? 0) + 1);
  const ranked = [...totals].sort((a, b) => b[1] - a[1]).map(([category]) => category);
  const shown =
    ranked.length > MAX_CATEGORY_STACKS ? ranked.slice(0, MAX_CATEGORY_STACKS - 1) : ranked;
  const shownSet = new Set<string>(shown);
  const hasOther = ranked.length > shown.length;
  // A segment opens the district's projects of its category ("other": the rest of them).
  const otherCategories = ranked.filter((c) => !shownSet.has(c));
  const categoriesOf = (key: string) => (key === OTHER_CATEGORY ? otherCategories : [key]);

  const byDistrict = new Map<string, Record<string, number>>();
  for (const project of dataset.projects) {
    const key = shownSet.has(project.category) ? project.category : OTHER_CATEGORY;
    let values = byDistrict.get(project.districtId);
    if (!values) byDistrict.set(project.districtId, (values = {}));
    values[key] = (values[key] ?? 0) + 1;
  }
  return seriesOk({
    stacks: [
      ...shown.map((category, index) => ({
        key: category,
        label: options.categoryLabel(category),
        color: paletteVar(index),
      })),
      ...(hasOther ? [{ key: OTHER_CATEGORY, label: options.otherLabel, color: '--chart-8' }] : []),
    ],
    data: dataset.districts
      .filter((district) => byDistrict.has(district.id))
      .map((district) => {
        const list = `/projects?district=${encodeURIComponent(district.id)}`;
        const values = byDistrict.get(district.id) ?? {};
        return {
          key: district.id,
          label: options.districtLabel(district.id),
          values,
          href: list,
          stackHrefs: Object.fromEntries(
            Object.keys(values).map((key) => [
              key,
              `${list}${categoriesOf(key)
                .map((c) => `&category=${encodeURIComponent(c)}`)
                .join('')}`,
            ]),
          ),
        };
      }),
  });
}

export const STATUS_COLOR: Record<TargetStatus, string> = {
  'not-rated': '--status-not-rated',
  'in-progress': '--status-in-progress',
  achieved: '--status-achieved',
  'partly-achieved': '--status-partly-achieved',
  'not-achieved': '--status-not-achieved',
  stalled: '--status-stalled',
  unverifiable: '--status-unverifiable',
};

/** Targets per district, stacked by the status reported as of the as-of date. */
export function targetsByStatusPerDistrict(
  districtIds: readonly string[],
  rows: readonly TargetRow[],
  options: {
    districtLabel: DistrictLabel;
    statusLabel: (status: TargetStatus) => string;
    /** Query appended to each district's link (`&asOf=…`). */
    linkSuffix?: string;
  },
): SeriesResult<BarSeries> {
  if (rows.length === 0) return noData;
  const byDistrict = new Map<string, Record<string, number>>();
  const used = new Set<TargetStatus>();
  for (const row of rows) {
    let values = byDistrict.get(row.target.districtId);
    if (!values) byDistrict.set(row.target.districtId, (values = {}));
    values[row.status] = (values[row.status] ?? 0) + 1;
    used.add(row.status);
  }
  return seriesOk({
    stacks: targetStatusSchema.options
      .filter((status) => used.has(status))
      .map((status) => ({
        key: status,
        label: options.statusLabel(status),
        color: STATUS_COLOR[status],
      })),
    data: districtIds
      .filter((id) => byDistrict.has(id))
      .map((id) => {
        const values = byDistrict.get(id) ?? {};
        const district = `/targets?district=${encodeURIComponent(id)}`;
        const suffix = options.linkSuffix ?? '';
        return {
          key: id,
          label: options.districtLabel(id),
          values,
          href: `${district}${suffix}`,
          // A segment opens the district's targets with that status.
          stackHrefs: Object.fromEntries(
            Object.keys(values).map((status) => [
              status,
              `${district}&status=${encodeURIComponent(status)}${suffix}`,
            ]),
          ),
        };
      }),
  });
}

export type HeadlineNumbers = {
  districts: number;
  projects: number;
  targets: number;
  targetsWithDeadline: number;
  figures: number;
  actualFigures: number;
};

/** The dataset's counts. Its money is the tracker's (`tracker.investment`), never one grand total. */
export function headlineNumbers(dataset: Dataset): HeadlineNumbers {
  return {
    districts: new Set([
      ...dataset.projects.map((p) => p.districtId),
      ...dataset.targets.map((t) => t.districtId),
      ...dataset.figures.map((f) => f.districtId),
    ]).size,
    projects: dataset.projects.length,
    targets: dataset.targets.length,
    targetsWithDeadline: dataset.targets.filter((t) => t.deadline !== null).length,
    figures: dataset.figures.length,
    actualFigures: dataset.figures.filter((f) => f.basis === 'actual').length,
  };
}
