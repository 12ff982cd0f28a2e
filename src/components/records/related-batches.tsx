import { useMemo } from 'react';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { AppLink } from '@/components/ui/app-link';
import { Section } from '@/components/ui/section';
import type { Batch } from '@/data/schema';
import { formatDate, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
import { useTracker } from '@/tracker/use-tracker';
import { useRecordLabels } from './labels';

export const batchMessages = defineMessages({
  zh: {
    name: '批次',
    district: '区县',
    kind: '类型',
    date: '日期',
    period: '所属时期',
    count: '项目数',
    total: '总投资（全周期）',
    plan: '计划投资（当期）',
    none: '没有。',
  },
  en: {
    name: 'Batch',
    district: 'District',
    kind: 'Kind',
    date: 'Date',
    period: 'Period',
    count: 'Projects',
    total: 'Total investment (whole life)',
    plan: 'Planned investment (its period)',
    none: 'None.',
  },
});

/** The columns of a batches table: name (linked), district, kind, date, count, total, plan. */
function useBatchColumns(): RecordColumn<Batch>[] {
  const t = useT(batchMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { districtById } = useTracker();
  return useMemo(() => {
    const dash = '—';
    const amount = (
      id: 'count' | 'total' | 'plan',
      read: (batch: Batch) => Batch['count'],
    ): RecordColumn<Batch> => ({
      id,
      accessorFn: (batch) => read(batch)?.normalized ?? null,
      header: () => t(id),
      cell: ({ row: { original } }) => {
        const quantity = read(original);
        return (
          <span className="keep-whole">{quantity ? formatQuantity(quantity, lang) : dash}</span>
        );
      },
    });
    return [
      {
        id: 'name',
        accessorFn: (batch) => batch.nameZh,
        header: () => t('name'),
        cell: ({ row: { original } }) => (
          <AppLink to={`/batches/${encodeURIComponent(original.id)}`}>
            {pick(lang, original.nameZh, original.nameEn)}
          </AppLink>
        ),
      },
      {
        id: 'district',
        accessorFn: (batch) => batch.districtId,
        header: () => t('district'),
        cell: ({ row: { original } }) => {
          const district = districtById.get(original.districtId);
          return (
            <span className="keep-whole">
              {district ? pick(lang, district.nameZh, district.nameEn) : original.districtId}
            </span>
          );
        },
      },
      {
        id: 'kind',
        accessorFn: (batch) => batch.kind,
        header: () => t('kind'),
        cell: ({ row: { original } }) => labels.batchKind(original.kind),
      },
      {
        id: 'date',
        accessorFn: (batch) => batch.date ?? batch.period,
        header: () => t('date'),
        cell: ({ row: { original } }) => (
          <span className="keep-whole">
            {original.date
              ? formatDate(original.date, lang, 'short')
              : formatPeriod(original.period, lang)}
          </span>
        ),
      },
      amount('count', (batch) => batch.count),
      amount('total', (batch) => batch.total),
      amount('plan', (batch) => batch.plan),
    ];
  }, [t, lang, labels, districtById]);
}

/**
 * A section listing batches of projects (集中开工第N批, 年度重点项目) in one table: on a
 * district's page, a project's, a page's, and a batch's own (its subsets). Nothing when there
 * are none and `always` is not set.
 */
export function RelatedBatches({
  id,
  title,
  batches,
  always = false,
}: {
  id: string;
  title: string;
  batches: readonly Batch[];
  /** Show the section (saying "none") even without batches. */
  always?: boolean;
}) {
  const t = useT(batchMessages);
  const columns = useBatchColumns();
  if (batches.length === 0 && !always) return null;
  return (
    <Section id={`${id}-title`} title={title}>
      {batches.length ? (
        <DataTable
          id={`${id}-table`}
          caption={title}
          columns={columns}
          rows={batches}
          getRowId={(batch) => batch.id}
          sort={null}
          rowHeader="name"
          numeric={['count', 'total', 'plan']}
        />
      ) : (
        <p>{t('none')}</p>
      )}
    </Section>
  );
}
