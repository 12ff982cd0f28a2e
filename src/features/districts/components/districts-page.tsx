import { PageHead } from '@/components/ui/page-head';
import { useMemo } from 'react';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { useAsOf } from '@/tracker/use-as-of';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { useRecordView } from '@/components/records/use-record-view';
import { compareNumbers, sortRows } from '@/tracker/record-query';
import type { DistrictSummary } from '@/tracker/tracker';
import { AppLink } from '@/components/ui/app-link';
import { formatDate, formatNumber } from '@/lib/format';
import { defineMessages, LOCALE, pick, useT } from '@/lib/i18n';
import { useUrlState, type ParamSpecs } from '@/lib/url-state';

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
  const { f, lang, labels, tracker, asOf } = useRecordView();
  const { explicit } = useAsOf();
  const { values, update } = useUrlState(specs);
  const rows = useMemo(() => {
    const { compare } = new Intl.Collator(LOCALE[lang]);
    const number = (read: (s: DistrictSummary) => number) => ({
      value: read,
      compare: compareNumbers,
    });
    return sortRows([...tracker.byDistrict.values()], values.sort, {
      name: { value: (s) => pick(lang, s.district.nameZh, s.district.nameEn), compare },
      kind: { value: (s) => labels.kind(s.district.kind), compare },
      projects: number((s) => s.projects.length),
      targets: number((s) => s.targets.length),
      figures: number((s) => s.figures.length),
      overdue: number((s) => s.states.overdue),
      dueSoon: number((s) => s.states['due-soon']),
    });
  }, [tracker, values.sort, lang, labels]);

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
        (s) => s.projects.length,
        (s) => `/projects?${q(s)}`,
      ),
      count(
        'targets',
        f('targets'),
        (s) => s.targets.length,
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
      count('figures', f('figures'), (s) => s.figures.length),
    ];
  }, [f, t, lang, labels, asOf, explicit]);

  return (
    <div className="page">
      <PageHead page="districts" />
      <AsOfControl sources={tracker.sources} />
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
