import type { Dataset } from '@/data/schema';
import { projectCategorySchema, projectStageSchema } from '@/data/schema';
import { indexDataset } from '@/data/dataset-index';
import { recordLabels } from '@/components/records/labels';
import { recordListSpecs } from '@/components/records/model/list-params';
import {
  compareNullable,
  compareNumbers,
  compareStrings,
  filterAndCount,
  filterRows,
  sortRows,
  type RecordFilters,
  type RowAccessors,
} from '@/components/records/model/row-filter';
import type { ProjectRow } from '@/components/records/model/project-rows';
import { LOCALE, type Lang } from '@/lib/i18n';
import type { SortValue } from '@/lib/url-state';

export const PROJECT_SORT_KEYS = [
  'name',
  'district',
  'category',
  'stage',
  'investment',
  'deadline',
] as const;
export type ProjectSortKey = (typeof PROJECT_SORT_KEYS)[number];

export const projectAccessors: RowAccessors<ProjectRow> = {
  district: (row) => row.project.districtId,
  category: (row) => row.project.category,
  status: (row) => row.project.stage,
  deadline: (row) => row.deadline,
  sourceIds: (row) => row.project.sourceRefs.map((ref) => ref.sourceId),
  searchText: (row) => row.searchText,
};

/** The URL parameters /projects understands, with the values this dataset allows. */
export function projectListSpecs(dataset: Dataset) {
  const { districts, sources } = indexDataset(dataset);
  return recordListSpecs({
    districts: (id) => districts.has(id),
    categories: new Set<string>(projectCategorySchema.options),
    statuses: new Set<string>(projectStageSchema.options),
    sources: (id) => sources.has(id),
    sortKeys: new Set<string>(PROJECT_SORT_KEYS),
  });
}

export function filterProjects(rows: readonly ProjectRow[], filters: RecordFilters): ProjectRow[] {
  return filterRows(rows, filters, projectAccessors);
}

/** The rows shown and the counts beside every filter option, in one pass. */
export function filterProjectsWithCounts(rows: readonly ProjectRow[], filters: RecordFilters) {
  return filterAndCount(rows, filters, projectAccessors);
}

export function sortProjects(
  rows: readonly ProjectRow[],
  sort: SortValue | null,
  lang: Lang,
): ProjectRow[] {
  const collator = new Intl.Collator(LOCALE[lang]);
  const labels = recordLabels(lang);
  const name = (row: ProjectRow) => (lang === 'en' ? row.project.nameEn : row.project.nameZh);
  const districtName = (row: ProjectRow) =>
    row.district ? (lang === 'en' ? row.district.nameEn : row.district.nameZh) : '';
  const text =
    (read: (row: ProjectRow) => string) => (a: ProjectRow, b: ProjectRow, desc: boolean) =>
      (desc ? -1 : 1) * collator.compare(read(a), read(b));
  return sortRows(rows, sort, {
    name: text(name),
    district: text(districtName),
    category: text((row) => labels.category(row.project.category)),
    stage: text((row) => labels.stage(row.project.stage)),
    investment: (a, b, desc) => compareNullable(a.investment, b.investment, compareNumbers, desc),
    deadline: (a, b, desc) => compareNullable(a.deadline, b.deadline, compareStrings, desc),
  });
}
