import type { Dataset, ProjectCategory, TargetStatus } from '@/data/schema';
import { targetStatusSchema } from '@/data/schema';
import {
  noData,
  paletteVar,
  seriesOk,
  type BarSeries,
  type SeriesResult,
} from '@/components/charts/series';
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

/** Where an amount of investment was stated, and whether it is a plan or a result. */
export type InvestmentKind = 'project' | 'target' | 'figure';

export type InvestmentStatement = {
  recordId: string;
  districtId: string;
  kind: InvestmentKind;
  basis: 'planned' | 'actual';
  /** The period it belongs to; a project's total investment has none. */
  period: string | null;
  cny: number;
  approximate: boolean;
};

const INVESTMENT = /invest/i;

/**
 * Every amount of money the pages state as investment: a project's total investment (a plan,
 * no year), an investment target (a plan for its period), and an investment figure (a plan or
 * a result for its period). Other money (revenue, output, funding) is not investment.
 */
export function investmentStatements(
  dataset: Pick<Dataset, 'projects' | 'targets' | 'figures'>,
): InvestmentStatement[] {
  const out: InvestmentStatement[] = [];
  for (const p of dataset.projects) {
    if (p.investment?.normalizedUnit !== 'CNY') continue;
    out.push({
      recordId: p.id,
      districtId: p.districtId,
      kind: 'project',
      basis: 'planned',
      period: null,
      cny: p.investment.normalized,
      approximate: p.investment.comparator !== 'exactly',
    });
  }
  for (const t of dataset.targets) {
    if (t.quantity?.normalizedUnit !== 'CNY' || !INVESTMENT.test(t.metric)) continue;
    out.push({
      recordId: t.id,
      districtId: t.districtId,
      kind: 'target',
      basis: 'planned',
      period: t.period,
      cny: t.quantity.normalized,
      approximate: t.quantity.comparator !== 'exactly',
    });
  }
  for (const f of dataset.figures) {
    if (f.quantity.normalizedUnit !== 'CNY' || !INVESTMENT.test(f.indicatorEn)) continue;
    out.push({
      recordId: f.id,
      districtId: f.districtId,
      kind: 'figure',
      basis: f.basis,
      period: f.period,
      cny: f.quantity.normalized,
      approximate: f.quantity.comparator !== 'exactly',
    });
  }
  return out;
}

/**
 * Amounts that may be added up: the same kind of statement, the same basis (plan or result)
 * and the same period. Nothing is ever summed across groups.
 */
export type InvestmentGroup = {
  key: string;
  kind: InvestmentKind;
  basis: 'planned' | 'actual';
  period: string | null;
  totalCny: number;
  count: number;
  approximate: number;
  /** The records summed, so a total can name its districts and link to its records. */
  records: { recordId: string; districtId: string; kind: InvestmentKind }[];
};

export function investmentGroups(statements: readonly InvestmentStatement[]): InvestmentGroup[] {
  const groups = new Map<string, InvestmentGroup>();
  for (const s of statements) {
    const key = `${s.kind}|${s.basis}|${s.period ?? 'all'}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        kind: s.kind,
        basis: s.basis,
        period: s.period,
        totalCny: 0,
        count: 0,
        approximate: 0,
        records: [],
      };
      groups.set(key, group);
    }
    group.totalCny += s.cny;
    group.count += 1;
    if (s.approximate) group.approximate += 1;
    group.records.push({ recordId: s.recordId, districtId: s.districtId, kind: s.kind });
  }
  // Latest period first; undated (project totals) last; then the larger amount.
  return [...groups.values()].sort(
    (a, b) => compareAscii(b.period ?? '', a.period ?? '') || b.totalCny - a.totalCny,
  );
}

/** At most this many groups get their own bars; the table lists them all. */
export const MAX_INVESTMENT_GROUPS = 6;

/**
 * Stated investment per district in 亿元, one bar per group (kind, plan or result, period)
 * side by side, never stacked: plans, results and different years are not added together.
 */
export function investmentByDistrict(
  dataset: Pick<Dataset, 'districts' | 'projects' | 'targets' | 'figures'>,
  options: { districtLabel: DistrictLabel; groupLabel: (group: InvestmentGroup) => string },
): SeriesResult<BarSeries & { groups: InvestmentGroup[]; omitted: number }> {
  const statements = investmentStatements(dataset);
  if (statements.length === 0) return noData;
  const groups = investmentGroups(statements);
  const drawn = groups.slice(0, MAX_INVESTMENT_GROUPS);
  const drawnKeys = new Set(drawn.map((g) => g.key));
  const byDistrict = new Map<string, Record<string, number>>();
  for (const s of statements) {
    const key = `${s.kind}|${s.basis}|${s.period ?? 'all'}`;
    if (!drawnKeys.has(key)) continue;
    let values = byDistrict.get(s.districtId);
    if (!values) byDistrict.set(s.districtId, (values = {}));
    values[key] = (values[key] ?? 0) + s.cny / 1e8;
  }
  const largest = (values: Record<string, number>) => Math.max(0, ...Object.values(values));
  return seriesOk({
    stacks: drawn.map((group, index) => ({
      key: group.key,
      label: options.groupLabel(group),
      color: paletteVar(index),
    })),
    data: dataset.districts
      .filter((d) => byDistrict.has(d.id))
      .map((d) => ({
        key: d.id,
        label: options.districtLabel(d.id),
        values: byDistrict.get(d.id) ?? {},
        href: `/districts/${encodeURIComponent(d.id)}`,
      }))
      .sort((a, b) => largest(b.values) - largest(a.values)),
    groups,
    omitted: groups.length - drawn.length,
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
  /** Stated investment, one total per kind, basis and period; never one grand total. */
  investment: InvestmentGroup[];
};

/** Counts, and the stated investment split so that no total mixes plans, results or years. */
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
    investment: investmentGroups(investmentStatements(dataset)),
  };
}
