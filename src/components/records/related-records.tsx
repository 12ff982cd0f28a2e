import type { ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { AppLink } from '@/components/ui/app-link';
import { defineMessages, useT } from '@/lib/i18n';
import type { ProjectRow, TargetRow } from '@/tracker/tracker';
import { useProjectColumns, useTargetColumns } from './record-columns';

const messages = defineMessages({
  zh: { none: '没有。' },
  en: { none: 'None.' },
});

type Props<Row> = {
  /** The table's id; the caption defaults to the section's title. */
  id: string;
  title: string;
  caption?: string;
  rows: readonly Row[];
  /** Show at most this many rows, with `more` as the way to the rest. */
  limit?: number;
  more?: { to: string; label: string };
  /** Something between the heading and the table (a chart, a link). */
  children?: ReactNode;
};

/** A detail page's section listing related records in the list's own columns. */
function Related<Row>({
  id,
  title,
  rows,
  limit,
  more,
  children,
  table,
}: Props<Row> & { table: (shown: readonly Row[]) => ReactNode }) {
  const t = useT(messages);
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      {shown.length ? table(shown) : <p>{t('none')}</p>}
      {more && (limit === undefined || rows.length > limit) && (
        <p>
          <AppLink to={more.to}>{more.label}</AppLink>
        </p>
      )}
    </section>
  );
}

export function RelatedProjects(props: Props<ProjectRow>) {
  const columns = useProjectColumns();
  return (
    <Related
      {...props}
      table={(rows) => (
        <RelatedTable id={props.id} caption={props.caption ?? props.title} rows={rows}>
          {{ columns, rowId: (row) => row.project.id, rowHeader: 'name', numeric: ['investment'] }}
        </RelatedTable>
      )}
    />
  );
}

export function RelatedTargets(props: Props<TargetRow>) {
  const columns = useTargetColumns();
  return (
    <Related
      {...props}
      table={(rows) => (
        <RelatedTable id={props.id} caption={props.caption ?? props.title} rows={rows}>
          {{ columns, rowId: (row) => row.target.id, rowHeader: 'statement' }}
        </RelatedTable>
      )}
    />
  );
}

/** The related records' table, in their list's columns, in the order given. */
function RelatedTable<Row extends RowData>({
  id,
  caption,
  rows,
  children: table,
}: {
  id: string;
  caption: string;
  rows: readonly Row[];
  children: {
    columns: RecordColumn<Row>[];
    rowId: (row: Row) => string;
    rowHeader: string;
    numeric?: readonly string[];
  };
}) {
  return (
    <DataTable
      id={`${id}-table`}
      caption={caption}
      columns={table.columns}
      rows={rows}
      getRowId={table.rowId}
      sort={null}
      rowHeader={table.rowHeader}
      numeric={table.numeric}
    />
  );
}
