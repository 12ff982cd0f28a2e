import { PageHead } from '@/components/ui/page-head';
import { useMemo } from 'react';
import type { Source } from '@/data/schema';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { useRecordView } from '@/components/records/use-record-view';
import { compareNumbers, compareStrings, sortRows } from '@/tracker/record-query';
import { AppLink } from '@/components/ui/app-link';
import { formatDate, formatNumber } from '@/lib/format';
import { defineMessages, useT } from '@/lib/i18n';
import { useUrlState, type ParamSpecs } from '@/lib/url-state';
import { sourceName } from '@/components/records/record-names';
import { recordNames } from '@/components/records/record-names';

const messages = defineMessages({
  zh: {
    caption: '来源版面',
    headline: '标题',
    date: '刊出日期',
    certainty: '日期依据',
    districts: '涉及区县',
  },
  en: {
    caption: 'Source pages',
    headline: 'Headline',
    date: 'Published',
    certainty: 'Date basis',
    districts: 'Districts',
  },
});

type SourceCounts = { projects: number; targets: number; figures: number };
type Row = { source: Source; counts: SourceCounts; districts: string };

const SORT_KEYS = ['headline', 'date', 'projects', 'targets', 'figures'];
const specs = { sort: { kind: 'sort', allowed: new Set(SORT_KEYS) } } satisfies ParamSpecs;

export function SourcesPage() {
  const t = useT(messages);
  const { f, lang, labels, tracker } = useRecordView();
  const { values, update } = useUrlState(specs);
  const rows = useMemo(() => {
    const districtName = recordNames(tracker, lang).district;
    const list: Row[] = tracker.sources.map((source) => {
      const cited = tracker.bySource.get(source.id);
      return {
        source,
        counts: {
          projects: cited?.projects.length ?? 0,
          targets: cited?.targets.length ?? 0,
          figures: cited?.figures.length ?? 0,
        },
        districts: source.districtIds.map(districtName).join(lang === 'zh' ? '、' : ', '),
      };
    });
    const { compare } = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
    return sortRows(list, values.sort ?? { key: 'date', desc: false }, {
      headline: {
        value: (r) => sourceName(r.source, lang),
        compare,
      },
      date: { value: (r) => r.source.publishedOn, compare: compareStrings },
      projects: { value: (r) => r.counts.projects, compare: compareNumbers },
      targets: { value: (r) => r.counts.targets, compare: compareNumbers },
      figures: { value: (r) => r.counts.figures, compare: compareNumbers },
    });
  }, [tracker, lang, values.sort]);

  const columns = useMemo<RecordColumn<Row>[]>(() => {
    const count = (id: keyof SourceCounts): RecordColumn<Row> => ({
      id,
      accessorFn: (r) => r.counts[id],
      header: () => f(id),
      cell: ({ row: { original } }) => formatNumber(original.counts[id], lang, 0),
    });
    return [
      {
        id: 'headline',
        accessorFn: (r) => r.source.headlinesZh[0] ?? r.source.id,
        header: () => t('headline'),
        cell: ({ row: { original } }) => (
          <AppLink to={`/sources/${encodeURIComponent(original.source.id)}`}>
            {sourceName(original.source, lang)}
          </AppLink>
        ),
      },
      {
        id: 'date',
        accessorFn: (r) => r.source.publishedOn,
        header: () => t('date'),
        cell: ({ row: { original } }) => (
          <>
            {formatDate(original.source.publishedOn, lang)}
            <span className="cell-note">{labels.certainty(original.source.dateCertainty)}</span>
          </>
        ),
      },
      {
        id: 'districts',
        accessorFn: (r) => r.districts,
        enableSorting: false,
        header: () => t('districts'),
        cell: ({ row: { original } }) => original.districts,
      },
      count('projects'),
      count('targets'),
      count('figures'),
    ];
  }, [t, f, lang, labels]);

  return (
    <div className="page">
      <PageHead page="sources" />
      <DataTable
        id="sources-table"
        caption={t('caption')}
        columns={columns}
        rows={rows}
        getRowId={(r) => r.source.id}
        sort={values.sort}
        onSortChange={(sort) => update({ sort })}
        rowHeader="headline"
        numeric={['projects', 'targets', 'figures']}
        descFirst={['projects', 'targets', 'figures']}
      />
    </div>
  );
}
