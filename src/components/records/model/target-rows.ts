import type { Dataset, District, ProjectCategory, Target, TargetStatus } from '@/data/schema';
import { indexDataset } from '@/data/dataset-index';
import {
  DEADLINE_STATES,
  deadlineState,
  statusAsOf,
  type DeadlineState,
  type StatusReport,
} from '@/data/tracking/deadline-state';
import { targetSearchText } from './search-text';

/**
 * A target as it stands on the as-of date: its reported status (the dataset's, or the latest
 * follow-up dated on or before that day) and the derived deadline state. Never stored.
 */
export type TargetRow = {
  target: Target;
  status: TargetStatus;
  state: DeadlineState;
  /** True when a follow-up, not the dataset, set the status in force. */
  followedUp: boolean;
};

export type StatusReports = ReadonlyMap<string, readonly StatusReport[]>;

export const NO_STATUS_REPORTS: StatusReports = new Map();

export function targetRow(target: Target, reports: StatusReports, asOf: string): TargetRow {
  const own = reports.get(target.id) ?? [];
  const status = statusAsOf(target.status, own, asOf);
  const followedUp = own.some((report) => report.date <= asOf);
  return { target, status, state: deadlineState(target.deadline, status, asOf), followedUp };
}

export function targetRows(
  targets: readonly Target[],
  reports: StatusReports,
  asOf: string,
): TargetRow[] {
  return targets.map((target) => targetRow(target, reports, asOf));
}

export function emptyStateCounts(): Record<DeadlineState, number> {
  return Object.fromEntries(DEADLINE_STATES.map((state) => [state, 0])) as Record<
    DeadlineState,
    number
  >;
}

export function countByState(rows: readonly TargetRow[]): Record<DeadlineState, number> {
  const counts = emptyStateCounts();
  for (const row of rows) counts[row.state] += 1;
  return counts;
}

/** Per district, in the dataset's district order; districts without targets are left out. */
export function stateCountsByDistrict(
  districtIds: readonly string[],
  rows: readonly TargetRow[],
): { districtId: string; counts: Record<DeadlineState, number>; total: number }[] {
  const byDistrict = new Map<string, Record<DeadlineState, number>>();
  for (const row of rows) {
    let counts = byDistrict.get(row.target.districtId);
    if (!counts) byDistrict.set(row.target.districtId, (counts = emptyStateCounts()));
    counts[row.state] += 1;
  }
  return districtIds.flatMap((districtId) => {
    const counts = byDistrict.get(districtId);
    if (!counts) return [];
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return [{ districtId, counts, total }];
  });
}

/** Overdue with no result reported, the longest overdue first. */
export function overdueWithoutResult<R extends TargetRow>(rows: readonly R[]): R[] {
  return rows
    .filter((row) => row.state === 'overdue')
    .sort((a, b) => (a.target.deadline ?? '').localeCompare(b.target.deadline ?? ''));
}

/** Deadlines still ahead on the as-of date (today included), the nearest first. */
export function nearestDeadlines<R extends TargetRow>(
  rows: readonly R[],
  asOf: string,
  limit: number,
): R[] {
  return rows
    .filter(
      (row) =>
        row.target.deadline !== null &&
        row.target.deadline >= asOf &&
        row.state !== 'met' &&
        row.state !== 'missed',
    )
    .sort((a, b) => (a.target.deadline ?? '').localeCompare(b.target.deadline ?? ''))
    .slice(0, limit);
}

/** The earliest deadline among the targets that name a project, per project id. */
export function projectDeadlines(dataset: Pick<Dataset, 'targets'>): Map<string, string> {
  const deadlines = new Map<string, string>();
  for (const target of dataset.targets) {
    if (!target.deadline) continue;
    for (const projectId of target.projectIds) {
      const known = deadlines.get(projectId);
      if (!known || target.deadline < known) deadlines.set(projectId, target.deadline);
    }
  }
  return deadlines;
}

/** Targets that name a project, per project id. */
export function targetsByProject(targets: readonly Target[]): Map<string, Target[]> {
  const map = new Map<string, Target[]>();
  for (const target of targets) {
    for (const projectId of target.projectIds) {
      const list = map.get(projectId);
      if (list) list.push(target);
      else map.set(projectId, [target]);
    }
  }
  return map;
}

/** What a target is about: the categories of the projects it names, or "unlinked". */
export const UNLINKED_CATEGORY = 'unlinked';
export type TargetCategory = ProjectCategory | typeof UNLINKED_CATEGORY;

/** A target as the tables show it on the as-of date. */
export type TargetListRow = TargetRow & {
  district: District | undefined;
  categories: readonly TargetCategory[];
  searchText: string;
};

const categoriesCache = new WeakMap<Target, readonly TargetCategory[]>();

export function targetCategories(
  target: Target,
  projects: ReadonlyMap<string, { category: ProjectCategory }>,
): readonly TargetCategory[] {
  let categories = categoriesCache.get(target);
  if (!categories) {
    const found = new Set<ProjectCategory>();
    for (const id of target.projectIds) {
      const project = projects.get(id);
      if (project) found.add(project.category);
    }
    categories = found.size ? [...found] : [UNLINKED_CATEGORY];
    categoriesCache.set(target, categories);
  }
  return categories;
}

export function targetListRows(
  dataset: Dataset,
  reports: StatusReports,
  asOf: string,
): TargetListRow[] {
  const { districts, projects } = indexDataset(dataset);
  return dataset.targets.map((target) => {
    const district = districts.get(target.districtId);
    return {
      ...targetRow(target, reports, asOf),
      district,
      categories: targetCategories(target, projects),
      searchText: targetSearchText(target, district),
    };
  });
}
