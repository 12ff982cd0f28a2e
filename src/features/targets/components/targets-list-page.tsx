import { PageHead } from '@/components/ui/page-head';
import { useMemo, type ReactNode } from 'react';
import { useCurrentDataset } from '@/data/dataset-source';
import { targetStatusSchema } from '@/data/schema';
import { DEADLINE_STATES } from '@/data/tracking/deadline-state';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { useAsOf } from '@/components/as-of/use-as-of';
import { DataTable } from '@/components/data-table/data-table';
import { ExportButtons } from '@/components/export/export-buttons';
import { EmptyRows, RowCount } from '@/components/filters/filter-controls';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { RecordFilterBar } from '@/components/filters/record-filter-bar';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { DeadlineTimelineChart } from '@/components/records/deadline-timeline-chart';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { describeFilters } from '@/components/records/model/export-context';
import { CLEARED_FILTERS } from '@/components/records/model/list-params';
import { useRecordQuery } from '@/components/records/use-record-query';
import {
  NO_STATUS_REPORTS,
  targetListRows,
  type StatusReports,
} from '@/components/records/model/target-rows';
import { useTargetColumns } from '@/components/records/record-columns';
import { downloadText, fileSafe, toCsv, toJson } from '@/lib/export';
import { formatDate, formatNumber } from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
import { countActive, useUrlState } from '@/lib/url-state';
import { targetCsvTable, targetJson } from '../model/target-export';
import {
  queryTargets,
  targetListSpecs,
  targetSortKeys,
  TARGET_CATEGORIES,
} from '../model/target-list';

const messages = defineMessages({
  zh: {
    caption: '目标列表（截止状态按 {date} 判断）',
    search: '搜索目标（目标原文、英文、原文期限）',
    stateSummary: '按截止状态（截至 {date}，计入其他筛选）',
    showState: '只看“{state}”：{count} 个',
    fileName: '郑州区县目标',
    exportTitle: '郑州区县项目与目标追踪 · 目标',
    quantityCny: '数量（标准化）',
    normalizedUnit: '标准化单位',
    asOfNote: '截至日期',
    noteTitle: '标题',
    noteUrl: '链接',
    noteExported: '导出时间',
    noteRows: '行数',
    noteRowsValue: '{shown} / 共 {total}',
    noteSource: '来源版面',
    noteFilters: '筛选',
    noFilters: '无（全部目标）',
    paramQ: '搜索',
    paramFrom: '截止日期从',
    paramTo: '截止日期至',
    paramSource: '来源',
  },
  en: {
    caption: 'Targets (deadline states as of {date})',
    search: 'Search targets (statement in Chinese or English, deadline as printed)',
    stateSummary: 'By deadline state (as of {date}, within the other filters)',
    showState: 'Show only “{state}”: {count}',
    fileName: 'zhengzhou-district-targets',
    exportTitle: 'Zhengzhou District Pledge Tracker · Targets',
    quantityCny: 'Quantity (normalized)',
    normalizedUnit: 'Normalized unit',
    asOfNote: 'As of',
    noteTitle: 'Title',
    noteUrl: 'Link',
    noteExported: 'Exported',
    noteRows: 'Rows',
    noteRowsValue: '{shown} of {total}',
    noteSource: 'Source page',
    noteFilters: 'Filters',
    noFilters: 'none (all targets)',
    paramQ: 'search',
    paramFrom: 'deadline from',
    paramTo: 'deadline to',
    paramSource: 'source',
  },
});

export type TargetsPageProps = {
  /** Dated status reports (the reader's follow-ups) per target id; they override the dataset. */
  statusReports?: StatusReports;
  /** Tools shown near the top of the page, under the introduction (the follow-ups' export). */
  toolbar?: ReactNode;
};

export function TargetsPage({ statusReports = NO_STATUS_REPORTS, toolbar }: TargetsPageProps) {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const dataset = useCurrentDataset();
  const columns = useTargetColumns();
  const { asOf } = useAsOf();
  const specs = useMemo(() => targetListSpecs(dataset), [dataset]);
  const { values, ignored, update } = useUrlState(specs);
  const all = useMemo(
    () => targetListRows(dataset, statusReports, asOf),
    [dataset, statusReports, asOf],
  );
  const { filters, filtered, shown, shownRows } = useRecordQuery(
    all,
    values,
    lang,
    queryTargets,
    targetSortKeys,
  );
  const activeCount = countActive(values, specs);
  const clear = () => update(CLEARED_FILTERS);

  const facets = useMemo(() => {
    const districtCounts = filtered.counts.district;
    const categoryCounts = filtered.counts.category;
    const statusCounts = filtered.counts.status;
    const stateCounts = filtered.counts.state;
    const option = (map: Map<string, number>, value: string, label: string) => ({
      value,
      label,
      count: map.get(value) ?? 0,
    });
    return {
      stateCounts,
      bar: [
        {
          name: 'district' as const,
          label: f('district'),
          options: dataset.districts
            .filter((d) => (districtCounts.get(d.id) ?? 0) > 0 || filters.district.includes(d.id))
            .map((d) => option(districtCounts, d.id, pick(lang, d.nameZh, d.nameEn))),
        },
        {
          name: 'category' as const,
          label: f('category'),
          options: TARGET_CATEGORIES.filter(
            (c) => (categoryCounts.get(c) ?? 0) > 0 || filters.category.includes(c),
          ).map((c) => option(categoryCounts, c, labels.category(c))),
        },
        {
          name: 'status' as const,
          label: f('status'),
          options: targetStatusSchema.options.map((s) => option(statusCounts, s, labels.status(s))),
        },
        {
          name: 'state' as const,
          label: f('deadlineState'),
          options: DEADLINE_STATES.map((s) => option(stateCounts, s, labels.deadlineState(s))),
        },
      ],
    };
  }, [filtered, filters, dataset, lang, labels, f]);

  const sourceOptions = useMemo(
    () =>
      dataset.sources.map((s) => ({
        value: s.id,
        label: `${pick(lang, s.headlinesZh[0] ?? s.id, s.headlinesEn[0])} (${s.publishedOn})`,
      })),
    [dataset, lang],
  );

  const paramLabel = (name: string) =>
    ({
      district: f('district'),
      category: f('category'),
      status: f('status'),
      state: f('deadlineState'),
      q: t('paramQ'),
      from: t('paramFrom'),
      to: t('paramTo'),
      source: t('paramSource'),
    })[name] ?? name;

  const valueLabel = (name: string, value: string) => {
    if (name === 'district') {
      const d = dataset.districts.find((x) => x.id === value);
      return d ? pick(lang, d.nameZh, d.nameEn) : value;
    }
    if (name === 'category') return labels.category(value as never);
    if (name === 'status') return labels.status(value as never);
    if (name === 'state') return labels.deadlineState(value as never);
    if (name === 'source') {
      const s = dataset.sources.find((x) => x.id === value);
      return s ? `${pick(lang, s.headlinesZh[0] ?? value, s.headlinesEn[0])} [${value}]` : value;
    }
    return value;
  };

  const exportNotes = (): [string, string][] => {
    const described = describeFilters(filters, {
      param: paramLabel,
      value: valueLabel,
      join: (list) => list.join(lang === 'zh' ? '、' : ', '),
    });
    const cited = new Set(
      shownRows().flatMap((row) => row.target.sourceRefs.map((r) => r.sourceId)),
    );
    return [
      [t('noteTitle'), t('exportTitle')],
      [t('noteUrl'), window.location.href],
      [t('noteExported'), new Date().toISOString()],
      [t('asOfNote'), asOf],
      [t('noteRows'), t('noteRowsValue', { shown: shown.length, total: all.length })],
      ...(described.length
        ? described.map(([k, v]) => [`${t('noteFilters')}: ${k}`, v] as [string, string])
        : [[t('noteFilters'), t('noFilters')] as [string, string]]),
      ...dataset.sources
        .filter((s) => cited.has(s.id))
        .map(
          (s) =>
            [
              t('noteSource'),
              `${pick(lang, s.headlinesZh.join(' '), s.headlinesEn.join(' '))} · ${s.publishedOn} · ${s.id}`,
            ] as [string, string],
        ),
    ];
  };

  const exportCsv = async () => {
    const table = targetCsvTable(shownRows(), lang, labels, {
      id: f('id'),
      statement: f('statement'),
      district: f('district'),
      category: f('category'),
      metric: f('metric'),
      quantity: f('quantity'),
      normalized: t('quantityCny'),
      normalizedUnit: t('normalizedUnit'),
      firmness: f('firmness'),
      deadline: f('deadline'),
      deadlineText: f('deadlineText'),
      period: f('period'),
      status: f('status'),
      state: f('deadlineState'),
      source: f('source'),
      quote: f('quote'),
    });
    const csv = await toCsv(table.header, table.rows, exportNotes());
    downloadText(csv, `${fileSafe(t('fileName'))}.csv`, 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    const json = targetJson(dataset, shownRows(), {
      url: window.location.href,
      exportedAt: new Date().toISOString(),
      asOf,
      filters: { ...filters, sort: values.sort },
      total: all.length,
    });
    downloadText(toJson(json), `${fileSafe(t('fileName'))}.json`, 'application/json');
  };

  return (
    <div className="page list-page">
      <PageHead page="targets" />
      {toolbar && <div className="page-toolbar">{toolbar}</div>}
      <AsOfControl sources={dataset.sources} />
      <section aria-labelledby="state-summary-title" className="state-summary-section">
        <h2 id="state-summary-title" className="small-heading">
          {t('stateSummary', { date: formatDate(asOf, lang) })}
        </h2>
        <ul className="state-summary">
          {DEADLINE_STATES.map((state) => {
            const count = facets.stateCounts.get(state) ?? 0;
            const active = values.state.includes(state);
            return (
              <li key={state}>
                <button
                  type="button"
                  className="state-summary-item"
                  aria-pressed={active}
                  data-testid={`state-count-${state}`}
                  data-count={count}
                  aria-label={t('showState', {
                    state: labels.deadlineState(state),
                    count: formatNumber(count, lang, 0),
                  })}
                  onClick={() => update({ state: active ? [] : [state] })}
                >
                  <DeadlineStateBadge state={state} />
                  <span className="state-summary-count">{formatNumber(count, lang, 0)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <RecordFilterBar
        values={values}
        update={update}
        facets={facets.bar}
        sources={sourceOptions}
        sourceLabel={f('source')}
        searchLabel={t('search')}
        activeCount={activeCount}
        onClear={clear}
      />
      <IgnoredNotice ignored={ignored} paramLabel={paramLabel} />
      <div className="table-toolbar">
        <RowCount shown={shown.length} total={all.length} />
        <ExportButtons onCsv={exportCsv} onJson={exportJson} disabled={shown.length === 0} />
      </div>
      <DataTable
        id="targets-table"
        caption={t('caption', { date: formatDate(asOf, lang) })}
        columns={columns}
        rows={all}
        order={shown}
        getRowId={(row) => row.target.id}
        sort={values.sort}
        onSortChange={(sort) => update({ sort })}
        rowHeader="statement"
        empty={<EmptyRows onClear={activeCount ? clear : undefined} />}
      />
      <DeadlineTimelineChart
        id="targets-timeline"
        rows={all}
        shown={shown}
        asOf={asOf}
        sources={dataset.sources}
        headingLevel={2}
        linkQuery={filters.district.map((d) => `district=${encodeURIComponent(d)}&`).join('')}
      />
    </div>
  );
}
