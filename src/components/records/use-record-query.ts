import { useMemo } from 'react';
import type { Lang } from '@/lib/i18n';
import { timed } from '@/lib/user-timing';
import type { SortValue } from '@/lib/url-state';
import { filtersOf, type RecordListValues } from './model/list-params';
import {
  pendingSortRanks,
  rowsAt,
  type RecordQueryResult,
  type SortKeys,
} from './model/record-index';
import type { RecordFilters } from './model/row-filter';
import { useIdleTasks } from './use-idle-tasks';

/**
 * What a record list shows for the URL's values: the indexes into `rows` of the rows shown, in
 * order, and the counts beside every filter option. One pass over precomputed columns per
 * change, fast enough to answer every keystroke at once; each run is timed for the benchmark
 * (`records:query`, lib/user-timing.ts). While the browser is idle, every
 * sortable column is ranked, so the first sort is as quick as any.
 */
export function useRecordQuery<Row>(
  rows: readonly Row[],
  values: RecordListValues,
  lang: Lang,
  query: (
    rows: readonly Row[],
    filters: RecordFilters,
    sort: SortValue | null,
    lang: Lang,
  ) => RecordQueryResult,
  sortKeys: (lang: Lang) => SortKeys<Row>,
) {
  const filters = useMemo(() => filtersOf(values), [values]);
  const filtered = useMemo(
    () =>
      timed(
        'records:query',
        () => query(rows, filters, values.sort, lang),
        (result) => ({ rows: rows.length, shown: result.shown.length }),
      ),
    [query, rows, filters, values.sort, lang],
  );
  useIdleTasks(useMemo(() => pendingSortRanks(rows, sortKeys(lang), lang), [rows, sortKeys, lang]));
  const { shown } = filtered;
  /** The rows shown, in order, as the exports write them. */
  const shownRows = () => rowsAt(rows, shown);
  return { filters, filtered, shown, shownRows };
}
