import { PageHead } from '@/components/ui/page-head';
import { useMemo } from 'react';
import { useCurrentDataset } from '@/data/dataset-source';
import { projectCategorySchema, projectStageSchema } from '@/data/schema';
import { DataTable } from '@/components/data-table/data-table';
import { ExportButtons } from '@/components/export/export-buttons';
import { EmptyRows, RowCount } from '@/components/filters/filter-controls';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { RecordFilterBar } from '@/components/filters/record-filter-bar';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { describeFilters } from '@/components/records/model/export-context';
import { CLEARED_FILTERS } from '@/components/records/model/list-params';
import { projectRows } from '@/components/records/model/project-rows';
import { useRecordQuery } from '@/components/records/use-record-query';
import { useProjectColumns } from '@/components/records/record-columns';
import { downloadText, fileSafe, toCsv, toJson } from '@/lib/export';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
import { countActive, useUrlState } from '@/lib/url-state';
import { projectListSpecs, projectSortKeys, queryProjects } from '../model/project-list';
import { projectCsvTable, projectJson } from '../model/project-export';

export { ProjectDetailPage } from './project-detail-page';

const messages = defineMessages({
  zh: {
    caption: '项目列表',
    search: '搜索项目（名称、描述、原文）',
    investmentCny: '所述投资（元）',
    exportTitle: '郑州区县项目与目标追踪 · 项目',
    fileName: '郑州区县项目',
    noteTitle: '标题',
    noteUrl: '链接',
    noteExported: '导出时间',
    noteRows: '行数',
    noteRowsValue: '{shown} / 共 {total}',
    noteSource: '来源版面',
    noteFilters: '筛选',
    noFilters: '无（全部项目）',
    paramQ: '搜索',
    paramFrom: '截止日期从',
    paramTo: '截止日期至',
    paramSource: '来源',
    paramState: '截止状态',
  },
  en: {
    caption: 'Projects',
    search: 'Search projects (name, description, quoted sentence)',
    investmentCny: 'Stated investment (CNY)',
    exportTitle: 'Zhengzhou District Pledge Tracker · Projects',
    fileName: 'zhengzhou-district-projects',
    noteTitle: 'Title',
    noteUrl: 'Link',
    noteExported: 'Exported',
    noteRows: 'Rows',
    noteRowsValue: '{shown} of {total}',
    noteSource: 'Source page',
    noteFilters: 'Filters',
    noFilters: 'none (all projects)',
    paramQ: 'search',
    paramFrom: 'deadline from',
    paramTo: 'deadline to',
    paramSource: 'source',
    paramState: 'deadline state',
  },
});

export function ProjectsPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const dataset = useCurrentDataset();
  const columns = useProjectColumns();
  const specs = useMemo(() => projectListSpecs(dataset), [dataset]);
  const { values, ignored, update } = useUrlState(specs);
  const all = projectRows(dataset);
  const { filters, filtered, shown, shownRows } = useRecordQuery(
    all,
    values,
    lang,
    queryProjects,
    projectSortKeys,
  );
  const activeCount = countActive(values, specs);
  const clear = () => update(CLEARED_FILTERS);

  const districtName = (id: string) => {
    const district = dataset.districts.find((d) => d.id === id);
    return district ? pick(lang, district.nameZh, district.nameEn) : id;
  };
  const sourceName = (id: string) => {
    const source = dataset.sources.find((s) => s.id === id);
    return source ? pick(lang, source.headlinesZh[0] ?? id, source.headlinesEn[0]) : id;
  };

  const facets = useMemo(() => {
    const withZeros = (map: Map<string, number>, values: readonly string[]) =>
      new Map(values.map((value) => [value, map.get(value) ?? 0]));
    const districtCounts = filtered.counts.district;
    const categoryCounts = withZeros(filtered.counts.category, projectCategorySchema.options);
    const stageCounts = withZeros(filtered.counts.status, projectStageSchema.options);
    const present = (map: Map<string, number>, selected: readonly string[]) =>
      [...map].filter(([value, count]) => count > 0 || selected.includes(value));
    return [
      {
        name: 'district' as const,
        label: f('district'),
        options: dataset.districts
          .filter((d) => (districtCounts.get(d.id) ?? 0) > 0 || filters.district.includes(d.id))
          .map((d) => ({
            value: d.id,
            label: pick(lang, d.nameZh, d.nameEn),
            count: districtCounts.get(d.id) ?? 0,
          })),
      },
      {
        name: 'category' as const,
        label: f('category'),
        options: present(categoryCounts, filters.category).map(([value, count]) => ({
          value,
          label: labels.category(value as never),
          count,
        })),
      },
      {
        name: 'status' as const,
        label: f('stage'),
        options: present(stageCounts, filters.status).map(([value, count]) => ({
          value,
          label: labels.stage(value as never),
          count,
        })),
      },
    ];
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
      status: f('stage'),
      state: t('paramState'),
      q: t('paramQ'),
      from: t('paramFrom'),
      to: t('paramTo'),
      source: t('paramSource'),
      sort: 'sort',
    })[name] ?? name;

  const exportNotes = (): [string, string][] => {
    const described = describeFilters(filters, {
      param: paramLabel,
      value: (name, value) =>
        name === 'district'
          ? districtName(value)
          : name === 'category'
            ? labels.category(value as never)
            : name === 'status'
              ? labels.stage(value as never)
              : name === 'source'
                ? `${sourceName(value)} [${value}]`
                : value,
      join: (list) => list.join(lang === 'zh' ? '、' : ', '),
    });
    const cited = new Set(
      shownRows().flatMap((row) => row.project.sourceRefs.map((r) => r.sourceId)),
    );
    return [
      [t('noteTitle'), t('exportTitle')],
      [t('noteUrl'), window.location.href],
      [t('noteExported'), new Date().toISOString()],
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
    const table = projectCsvTable(shownRows(), lang, labels, {
      id: f('id'),
      name: f('name'),
      district: f('district'),
      category: f('category'),
      stage: f('stage'),
      investment: f('investment'),
      investmentCny: t('investmentCny'),
      deadline: f('deadline'),
      source: f('source'),
      quote: f('quote'),
    });
    const csv = await toCsv(table.header, table.rows, exportNotes());
    downloadText(csv, `${fileSafe(t('fileName'))}.csv`, 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    const json = projectJson(dataset, shownRows(), {
      url: window.location.href,
      exportedAt: new Date().toISOString(),
      filters: { ...filters, sort: values.sort },
      total: all.length,
    });
    downloadText(toJson(json), `${fileSafe(t('fileName'))}.json`, 'application/json');
  };

  return (
    <div className="page list-page">
      <PageHead page="projects" />
      <RecordFilterBar
        values={values}
        update={update}
        facets={facets}
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
        id="projects-table"
        caption={t('caption')}
        columns={columns}
        rows={all}
        order={shown}
        getRowId={(row) => row.project.id}
        sort={values.sort}
        onSortChange={(sort) => update({ sort })}
        rowHeader="name"
        numeric={['investment']}
        descFirst={['investment']}
        empty={<EmptyRows onClear={activeCount ? clear : undefined} />}
      />
    </div>
  );
}
