import { PageHead } from '@/components/ui/page-head';
import { useMemo } from 'react';
import { useCurrentDataset } from '@/data/dataset-source';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { useAsOf } from '@/components/as-of/use-as-of';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { compareNumbers, sortRows } from '@/components/records/model/row-filter';
import { NO_STATUS_REPORTS, targetRows } from '@/components/records/model/target-rows';
import { AppLink } from '@/components/ui/app-link';
import { formatDate, formatNumber } from '@/lib/format';
import { defineMessages, LOCALE, pick, useLang, useT } from '@/lib/i18n';
import { useUrlState, type ParamSpecs } from '@/lib/url-state';
import { districtSummaries, type DistrictSummary } from '../model/district-summary';

export { DistrictDetailPage } from './district-detail-page';

const messages = defineMessages({
  zh: {
    caption: '区县列表（截止状态按 {date} 判断）',
    kind: '类型',
    overdue: '逾期未报结果',
    dueSoon: '30天内到期',
  },
  en: {
    caption: 'Districts (deadline states as of {date})',
    kind: 'Kind',
    overdue: 'Overdue, no result',
    dueSoon: 'Due within 30 days',
  },
});

const SORT_KEYS = ['name', 'kind', 'projects', 'targets', 'figures', 'overdue', 'dueSoon'];
const specs = {
  sort: { kind: 'sort', allowed: new Set(SORT_KEYS) },
} satisfies ParamSpecs;

export function DistrictsPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const dataset = useCurrentDataset();
  const { asOf, explicit } = useAsOf();
  const { values, update } = useUrlState(specs);
  const summaries = useMemo(
    () => districtSummaries(dataset, targetRows(dataset.targets, NO_STATUS_REPORTS, asOf)),
    [dataset, asOf],
  );
  const rows = useMemo(() => {
    const collator = new Intl.Collator(LOCALE[lang]);
    const number =
      (read: (s: DistrictSummary) => number) =>
      (a: DistrictSummary, b: DistrictSummary, desc: boolean) =>
        (desc ? -1 : 1) * compareNumbers(read(a), read(b));
    return sortRows(summaries, values.sort, {
      name: (a, b, desc) =>
        (desc ? -1 : 1) *
        collator.compare(
          pick(lang, a.district.nameZh, a.district.nameEn),
          pick(lang, b.district.nameZh, b.district.nameEn),
        ),
      kind: (a, b, desc) =>
        (desc ? -1 : 1) *
        collator.compare(labels.kind(a.district.kind), labels.kind(b.district.kind)),
      projects: number((s) => s.projects),
      targets: number((s) => s.targets),
      figures: number((s) => s.figures),
      overdue: number((s) => s.states.overdue),
      dueSoon: number((s) => s.states['due-soon']),
    });
  }, [summaries, values.sort, lang, labels]);

  const columns = useMemo<RecordColumn<DistrictSummary>[]>(() => {
    const count = (
      id: string,
      header: string,
      read: (s: DistrictSummary) => number,
      href?: (s: DistrictSummary) => string,
    ): RecordColumn<DistrictSummary> => ({
      id,
      accessorFn: read,
      header: () => header,
      cell: ({ row: { original } }) => {
        const value = read(original);
        const text = formatNumber(value, lang, 0);
        return href && value > 0 ? <AppLink to={href(original)}>{text}</AppLink> : text;
      },
    });
    const q = (s: DistrictSummary) =>
      `district=${encodeURIComponent(s.district.id)}${explicit ? `&asOf=${asOf}` : ''}`;
    return [
      {
        id: 'name',
        accessorFn: (s) => s.district.nameZh,
        header: () => f('district'),
        cell: ({ row: { original } }) => (
          <AppLink to={`/districts/${encodeURIComponent(original.district.id)}`}>
            {pick(lang, original.district.nameZh, original.district.nameEn)}
          </AppLink>
        ),
      },
      {
        id: 'kind',
        accessorFn: (s) => s.district.kind,
        header: () => t('kind'),
        cell: ({ row: { original } }) => labels.kind(original.district.kind),
      },
      count(
        'projects',
        f('projects'),
        (s) => s.projects,
        (s) => `/projects?${q(s)}`,
      ),
      count(
        'targets',
        f('targets'),
        (s) => s.targets,
        (s) => `/targets?${q(s)}`,
      ),
      count(
        'overdue',
        t('overdue'),
        (s) => s.states.overdue,
        (s) => `/targets?${q(s)}&state=overdue`,
      ),
      count(
        'dueSoon',
        t('dueSoon'),
        (s) => s.states['due-soon'],
        (s) => `/targets?${q(s)}&state=due-soon`,
      ),
      count('figures', f('figures'), (s) => s.figures),
    ];
  }, [f, t, lang, labels, asOf, explicit]);

  return (
    <div className="page">
      <PageHead page="districts" />
      <AsOfControl sources={dataset.sources} />
      <DataTable
        id="districts-table"
        caption={t('caption', { date: formatDate(asOf, lang) })}
        columns={columns}
        rows={rows}
        getRowId={(s) => s.district.id}
        sort={values.sort}
        onSortChange={(sort) => update({ sort })}
        rowHeader="name"
        numeric={['projects', 'targets', 'overdue', 'dueSoon', 'figures']}
        descFirst={['projects', 'targets', 'overdue', 'dueSoon', 'figures']}
      />
    </div>
  );
}
