import type { Dataset } from '@/data/schema';
import { projectCategorySchema, targetStatusSchema } from '@/data/schema';
import { indexDataset } from '@/data/dataset-index';
import { DEADLINE_STATES, type DeadlineState } from '@/data/tracking/deadline-state';
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
import {
  UNLINKED_CATEGORY,
  type TargetCategory,
  type TargetListRow,
} from '@/components/records/model/target-rows';
import { pick, type Lang } from '@/lib/i18n';
import type { SortValue } from '@/lib/url-state';

export const TARGET_SORT_KEYS = [
  'statement',
  'district',
  'category',
  'deadline',
  'status',
  'state',
] as const;

/** Most pressing first when sorting by deadline state. */
const STATE_ORDER: readonly DeadlineState[] = [
  'overdue',
  'due-soon',
  'missed',
  'upcoming',
  'met',
  'no-deadline',
];
const STATUS_ORDER = targetStatusSchema.options;

export const targetAccessors: RowAccessors<TargetListRow> = {
  district: (row) => row.target.districtId,
  category: (row) => row.categories,
  status: (row) => row.status,
  state: (row) => row.state,
  deadline: (row) => row.target.deadline,
  sourceIds: (row) => row.target.sourceRefs.map((ref) => ref.sourceId),
  searchText: (row) => row.searchText,
};

/** Categories a target can have: the project taxonomy, plus "no linked project". */
export const TARGET_CATEGORIES: readonly TargetCategory[] = [
  ...projectCategorySchema.options,
  UNLINKED_CATEGORY,
];

export function targetListSpecs(dataset: Dataset) {
  const { districts, sources } = indexDataset(dataset);
  return recordListSpecs({
    districts: (id) => districts.has(id),
    categories: new Set<string>(TARGET_CATEGORIES),
    statuses: new Set<string>(STATUS_ORDER),
    states: new Set<string>(DEADLINE_STATES),
    sources: (id) => sources.has(id),
    sortKeys: new Set<string>(TARGET_SORT_KEYS),
  });
}

export function filterTargets(
  rows: readonly TargetListRow[],
  filters: RecordFilters,
): TargetListRow[] {
  return filterRows(rows, filters, targetAccessors);
}

/** What each sortable column orders by, in the reader's language. */
export const targetSortKeys = sortKeysPerLanguage<TargetListRow>((lang, text) => {
  const labels = recordLabels(lang);
  const ordinal = <T extends string>(order: readonly T[], read: (row: TargetListRow) => T) => ({
    value: (row: TargetListRow) => order.indexOf(read(row)),
    compare: compareNumbers,
  });
  return {
    statement: text((row) => pick(lang, row.target.statementZh, row.target.statementEn)),
    district: text((row) =>
      row.district ? pick(lang, row.district.nameZh, row.district.nameEn) : '',
    ),
    category: text((row) => row.categories.map((c) => labels.category(c)).join(' ')),
    deadline: { value: (row) => row.target.deadline, compare: compareStrings },
    status: ordinal(STATUS_ORDER, (row) => row.status),
    state: ordinal(STATE_ORDER, (row) => row.state),
  };
});

/** The rows in a sort order, compared pairwise: the plain reading of `queryTargets`' order. */
export function sortTargets(
  rows: readonly TargetListRow[],
  sort: SortValue | null,
  lang: Lang,
): TargetListRow[] {
  return sortRows(rows, sort, comparatorsOf(targetSortKeys(lang)));
}

/**
 * What /targets shows for a URL: the indexes into `rows` of the rows shown, in the order
 * chosen, and the counts beside every filter option (deadline states included). The index and
 * sort orders are built once per row array, that is per dataset, follow-ups and as-of date.
 */
export function queryTargets(
  rows: readonly TargetListRow[],
  filters: RecordFilters,
  sort: SortValue | null,
  lang: Lang,
): RecordQueryResult {
  const order = sortOrder(rows, sort, targetSortKeys(lang), lang);
  return queryRecords(recordIndex(rows, targetAccessors), filters, order);
}
