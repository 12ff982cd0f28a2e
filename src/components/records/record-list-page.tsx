import type { RowData } from '@tanstack/react-table';
import type { RecordColumn } from '@/components/data-table/data-table';
import { PageHead } from '@/components/ui/page-head';
import type { Source } from '@/data/schema';
import type { CsvCell } from '@/lib/export';
import { useLang, useT, type Lang, type Messages } from '@/lib/i18n';
import type { RecordList } from '@/tracker/record-lists';
import { fieldMessages, type RecordLabels } from './labels';
import { RecordListView, type ListExports } from './record-list-view';
import { useRecordList } from './use-record-list';

/** The names of the fields every list shares (`fieldMessages`). */
type FieldName = typeof fieldMessages extends Messages<infer K> ? K : never;

/** What the CSV export of a list is given besides its rows. */
export type CsvWords = {
  lang: Lang;
  labels: RecordLabels;
  /** A field's shared name. */
  f: (key: FieldName) => string;
  /** The shared names of these fields, by field: the CSV's column headers. */
  fields: <K extends FieldName>(keys: readonly K[]) => Record<K, string>;
};

/**
 * A list page of records (projects, figures): its heading, then the list's filters, count,
 * exports and table. `messages` names the table's caption, the search field's label, the
 * export's title and its file name.
 */
export function RecordListPage<Row extends RowData>({
  list,
  messages,
  columns,
  numeric,
  csv,
  json,
}: {
  list: RecordList<Row>;
  messages: Messages<'caption' | 'search' | 'list' | 'fileName'>;
  columns: RecordColumn<Row>[];
  /** The columns of numbers: aligned as numbers, sorted largest first. */
  numeric: readonly string[];
  csv: (rows: readonly Row[], words: CsvWords) => { header: string[]; rows: CsvCell[][] };
  json: (
    sources: readonly Source[],
    rows: readonly Row[],
    context: Parameters<ListExports<Row>['json']>[1],
  ) => unknown;
}) {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const state = useRecordList(list);
  const fields = <K extends FieldName>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, f(key)])) as Record<K, string>;
  return (
    <div className="page list-page">
      <PageHead page={list.name} />
      <RecordListView
        list={list}
        state={state}
        id={`${list.name}-table`}
        caption={t('caption')}
        searchLabel={t('search')}
        sourceLabel={f('source')}
        columns={columns}
        numeric={numeric}
        descFirst={numeric}
        exports={{
          title: t('list'),
          fileName: t('fileName'),
          csv: (rows) => csv(rows, { lang, labels: state.labels, f, fields }),
          json: (rows, context) => json(state.tracker.sources, rows, context),
        }}
      />
    </div>
  );
}
