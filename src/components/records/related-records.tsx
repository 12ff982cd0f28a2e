import type { ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { AppLink } from '@/components/ui/app-link';
import { defineMessages, useT } from '@/lib/i18n';
import type { ProjectRow, TargetRow } from '@/tracker/tracker';
import { useProjectColumns, useTargetColumns } from './record-columns';
import { Section } from '@/components/ui/section';

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

/** How a kind of record shows in a related table: its list's columns, row id and row header. */
type RelatedColumns<Row extends RowData> = {
  columns: RecordColumn<Row>[];
  rowId: (row: Row) => string;
  rowHeader: string;
  numeric?: readonly string[];
};

/** A detail page's section listing related records in the list's own columns. */
function Related<Row extends RowData>({
  id,
  title,
  caption = title,
  rows,
  limit,
  more,
  children,
  table,
}: Props<Row> & { table: RelatedColumns<Row> }) {
  const t = useT(messages);
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  return (
    <Section id={`${id}-title`} title={title}>
      {children}
      {shown.length ? (
        <DataTable
          id={`${id}-table`}
          caption={caption}
          columns={table.columns}
          rows={shown}
          getRowId={table.rowId}
          sort={null}
          rowHeader={table.rowHeader}
          numeric={table.numeric}
        />
      ) : (
        <p>{t('none')}</p>
      )}
      {more && (limit === undefined || rows.length > limit) && (
        <p>
          <AppLink to={more.to}>{more.label}</AppLink>
        </p>
      )}
    </Section>
  );
}

export function RelatedProjects(props: Props<ProjectRow>) {
  const columns = useProjectColumns();
  const rowId = (row: ProjectRow) => row.project.id;
  return (
    <Related {...props} table={{ columns, rowId, rowHeader: 'name', numeric: ['investment'] }} />
  );
}

export function RelatedTargets(props: Props<TargetRow>) {
  const columns = useTargetColumns();
  const rowId = (row: TargetRow) => row.target.id;
  return <Related {...props} table={{ columns, rowId, rowHeader: 'statement' }} />;
}
