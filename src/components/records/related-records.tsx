import type { ReactNode } from 'react';
import { DataTable } from '@/components/data-table/data-table';
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
        <DataTable
          id={`${props.id}-table`}
          caption={props.caption ?? props.title}
          columns={columns}
          rows={rows}
          getRowId={(row) => row.project.id}
          sort={null}
          rowHeader="name"
          numeric={['investment']}
        />
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
        <DataTable
          id={`${props.id}-table`}
          caption={props.caption ?? props.title}
          columns={columns}
          rows={rows}
          getRowId={(row) => row.target.id}
          sort={null}
          rowHeader="statement"
        />
      )}
    />
  );
}
