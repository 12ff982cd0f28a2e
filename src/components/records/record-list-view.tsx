import { useMemo, type ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { ExportButtons } from '@/components/export/export-buttons';
import { EmptyRows, RowCount } from '@/components/filters/filter-controls';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { RecordFilterBar } from '@/components/filters/record-filter-bar';
import type { RecordList } from '@/tracker/record-lists';
import type { RecordListState } from './use-record-list';

/**
 * The body every record list shares: the filter bar, the notice for values a link named that
 * this dataset does not have, the count and the exports, and the table of the rows shown.
 */
export function RecordListView<Row extends RowData>({
  list,
  state,
  id,
  caption,
  searchLabel,
  sourceLabel,
  columns,
  numeric,
  descFirst,
  onCsv,
  onJson,
}: {
  list: RecordList<Row>;
  state: RecordListState<Row>;
  id: string;
  caption: ReactNode;
  searchLabel: string;
  sourceLabel: string;
  columns: RecordColumn<Row>[];
  numeric?: readonly string[];
  descFirst?: readonly string[];
  onCsv: () => Promise<void>;
  onJson: () => Promise<void>;
}) {
  const { all, rows, activeCount, clear } = state;
  // The table reads every row once and shows those in `order`, by their index in `all`.
  const position = useMemo(() => new Map(all.map((row, index) => [row, index])), [all]);
  const order = useMemo(() => rows.map((row) => position.get(row) ?? 0), [rows, position]);
  return (
    <>
      <RecordFilterBar
        values={state.values}
        update={state.update}
        facets={state.facets}
        sources={state.sourceOptions}
        sourceLabel={sourceLabel}
        searchLabel={searchLabel}
        activeCount={activeCount}
        onClear={clear}
      />
      <IgnoredNotice ignored={state.ignored} paramLabel={state.paramLabel} />
      <div className="table-toolbar">
        <RowCount shown={rows.length} total={all.length} />
        <ExportButtons onCsv={onCsv} onJson={onJson} disabled={rows.length === 0} />
      </div>
      <DataTable
        id={id}
        caption={caption}
        columns={columns}
        rows={all}
        order={order}
        getRowId={list.id}
        sort={state.sort}
        onSortChange={(sort) => state.update({ sort })}
        rowHeader={list.rowHeader}
        numeric={numeric}
        descFirst={descFirst}
        empty={<EmptyRows onClear={activeCount ? clear : undefined} />}
      />
    </>
  );
}
