import { useMemo, type ReactNode } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { ExportButtons } from '@/components/export/export-buttons';
import { EmptyRows, RowCount } from '@/components/filters/filter-controls';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { RecordFilterBar } from '@/components/filters/record-filter-bar';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { PHONE_QUERY, useMediaQuery } from '@/components/ui/use-media-query';
import { downloadBlob, downloadText, toCsv, toJson, toZip } from '@/lib/export';
import { useLang, useT } from '@/lib/i18n';
import { useAbsoluteLink } from './copy-citation';
import { fieldWords } from './labels';
import { listMessages } from './list-messages';
import { exportFileName } from './model/export-file-name';
import { numericColumns, useTableColumns } from './list-columns';
import { listCsv, listJsonOf, type ListRow, type RecordList } from './record-list';
import type { RecordListState } from './use-record-list';

/** What a list's exports are called, in the reader's language. */
export type ListExportNames = {
  /** The list's name (the export's title), e.g. 目标. */
  title: string;
  /** The view's file name without extension; the districts and the as-of date are added to it. */
  fileName: string;
  /** The as-of date the rows' states are judged on, for lists that have one. */
  asOf?: string;
};

/**
 * The body every record list shares: the filter bar, the notice for values a link named that
 * this dataset does not have, the count and the exports (CSV and JSON of the rows shown, in the
 * order shown, from the list's columns), and the table of the rows shown.
 */
export function RecordListView<Row extends ListRow>({
  list,
  state,
  id,
  caption,
  searchLabel,
  exports,
}: {
  list: RecordList<Row>;
  state: RecordListState<Row>;
  id: string;
  caption: ReactNode;
  searchLabel: string;
  exports: ListExportNames;
}) {
  const l = useT(listMessages);
  const { lang } = useLang();
  const absolute = useAbsoluteLink();
  const { all, rows, activeCount, clear } = state;
  // The link and the time are read at the click: the view as it is then is what is exported.
  const context = () => ({
    title: `${l('product')} · ${exports.title}`,
    link: window.location.href,
    now: new Date(),
    asOf: exports.asOf ?? null,
  });
  // The CSV is a clean table (its header on the first line) that Excel sorts and filters;
  // where its rows came from travels beside it, in the zip's README and in the JSON export.
  // The file says the view, the districts it is filtered to and the day it is judged on.
  const fileName = () =>
    exportFileName({
      base: exports.fileName,
      lang,
      districts: (state.filters.facets.district ?? []).flatMap((id) => {
        const district = state.tracker.districtById.get(id);
        return district ? [district] : [];
      }),
      asOf: state.tracker.asOf,
    });
  const csvOfRows = () => {
    // Links to the app's pages (a status's sentence) are written whole, as the reader shares them.
    const table = listCsv(list, rows, { ...state.kit, href: absolute });
    return toCsv(table.header, table.rows);
  };
  const onCsv = async () => {
    downloadText(await csvOfRows(), `${fileName()}.csv`, 'text/csv;charset=utf-8');
  };
  const onZip = async () => {
    const name = fileName();
    const notes = state.notes(context());
    const readme = [
      l('readmeIntro', { file: `${name}.csv` }),
      '',
      ...notes.map(([key, value]) => `${key}: ${value}`),
      '',
    ].join('\r\n');
    const zip = await toZip([
      { name: `${name}.csv`, text: await csvOfRows() },
      { name: 'README.txt', text: readme },
    ]);
    downloadBlob(zip, `${name}.zip`);
  };
  const onJson = async () => {
    const { link, now, asOf } = context();
    const json = listJsonOf(list, state.tracker.sources, rows, {
      url: link,
      exportedAt: now.toISOString(),
      asOf: asOf ?? '',
      filters: state.filterValues,
      total: all.length,
    });
    downloadText(toJson(json), `${fileName()}.json`, 'application/json');
  };
  // The table reads every row once and shows those in `order`, by their index in `all`.
  const position = useMemo(() => new Map(all.map((row, index) => [row, index])), [all]);
  // On a phone the exports follow the list: the first screen is for the results.
  const phone = useMediaQuery(PHONE_QUERY);
  const exportButtons = (
    <ExportButtons onCsv={onCsv} onZip={onZip} onJson={onJson} disabled={rows.length === 0} />
  );
  const order = useMemo(() => rows.map((row) => position.get(row) ?? 0), [rows, position]);
  const columns = useTableColumns(list);
  const numeric = numericColumns(list);
  return (
    <>
      <RecordFilterBar
        values={state.values}
        update={state.update}
        facets={state.facets}
        sources={state.sourceOptions}
        sourceLabel={fieldWords('source')[lang]}
        searchLabel={searchLabel}
        activeCount={activeCount}
        activeFilters={state.activeFilters}
        onClear={clear}
      />
      <IgnoredNotice ignored={state.ignored} paramLabel={state.paramLabel} />
      <div className="table-toolbar">
        <RowCount shown={rows.length} total={all.length} />
        <div className="table-actions">
          <CopyLinkButton />
          {!phone && exportButtons}
        </div>
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
        empty={<EmptyRows onClear={activeCount ? clear : undefined} />}
      />
      {phone && <div className="table-toolbar table-toolbar-end">{exportButtons}</div>}
    </>
  );
}
