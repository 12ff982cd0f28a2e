import type { ReactNode } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { AppLink } from '@/components/ui/app-link';
import { Section } from '@/components/ui/section';
import { defineMessages, useT } from '@/lib/i18n';
import type { ProjectRow, TargetRow } from '@/tracker/tracker';
import { numericColumns, useTableColumns } from './list-columns';
import { projectList } from './lists/project-list';
import { targetList } from './lists/target-list';
import type { ListRow, RecordList } from './record-list';

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

/** A detail page's section listing related records in their list's own columns. */
function Related<Row extends ListRow>({
  id,
  title,
  caption = title,
  rows,
  limit,
  more,
  children,
  list,
}: Props<Row> & { list: RecordList<Row> }) {
  const t = useT(messages);
  const columns = useTableColumns(list);
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  return (
    <Section id={`${id}-title`} title={title}>
      {children}
      {shown.length ? (
        <DataTable
          id={`${id}-table`}
          caption={caption}
          columns={columns}
          rows={shown}
          getRowId={list.id}
          sort={null}
          rowHeader={list.rowHeader}
          numeric={numericColumns(list)}
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
  return <Related {...props} list={projectList} />;
}

export function RelatedTargets(props: Props<TargetRow>) {
  return <Related {...props} list={targetList} />;
}
