import type { Dataset } from '@/data/schema';
import { projectCategorySchema, projectStageSchema } from '@/data/schema';
import { indexDataset } from '@/data/dataset-index';
import { recordLabels } from '@/components/records/labels';
import { recordListSpecs } from '@/components/records/model/list-params';
import {
  comparatorsOf,
  compareNumbers,
  compareStrings,
  filterRows,
  sortRows,
  type RecordFilters,
  type RowAccessors,
} from '@/components/records/model/row-filter';
import {
  queryRecords,
  recordIndex,
  sortOrder,
  type RecordQueryResult,
  sortKeysPerLanguage,
} from '@/components/records/model/record-index';
import type { ProjectRow } from '@/components/records/model/project-rows';
import { pick, type Lang } from '@/lib/i18n';
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

/** What each sortable column orders by, in the reader's language (names collate per language). */
export const projectSortKeys = sortKeysPerLanguage<ProjectRow>((lang, text) => {
  const labels = recordLabels(lang);
  return {
    name: text((row) => pick(lang, row.project.nameZh, row.project.nameEn)),
    district: text((row) =>
      row.district ? pick(lang, row.district.nameZh, row.district.nameEn) : '',
    ),
    category: text((row) => labels.category(row.project.category)),
    stage: text((row) => labels.stage(row.project.stage)),
    investment: { value: (row) => row.investment, compare: compareNumbers },
    deadline: { value: (row) => row.deadline, compare: compareStrings },
  };
});

/** The rows in a sort order, compared pairwise: the plain reading of `queryProjects`' order. */
export function sortProjects(
  rows: readonly ProjectRow[],
  sort: SortValue | null,
  lang: Lang,
): ProjectRow[] {
  return sortRows(rows, sort, comparatorsOf(projectSortKeys(lang)));
}

/**
 * What /projects shows for a URL: the indexes into `rows` of the rows shown, in the order
 * chosen, and the counts beside every filter option. Per keystroke this is one pass over
 * typed arrays; the index and each sort order are built once per dataset (and language).
 */
export function queryProjects(
  rows: readonly ProjectRow[],
  filters: RecordFilters,
  sort: SortValue | null,
  lang: Lang,
): RecordQueryResult {
  const order = sortOrder(rows, sort, projectSortKeys(lang), lang);
  return queryRecords(recordIndex(rows, projectAccessors), filters, order);
}
