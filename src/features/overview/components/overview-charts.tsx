import { useMemo } from 'react';
import type { Dataset } from '@/data/schema';
import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { useSourceNote } from '@/components/charts/source-note';
import {
  barSeriesTable,
  loneBarSentence,
  type BarSeries,
  type SeriesResult,
} from '@/components/charts/series';
import { useRecordLabels } from '@/components/records/labels';
import type { AmountGroup } from '@/tracker/amounts';
import type { TargetRow } from '@/tracker/tracker';
import { formatCny, formatDate, formatNumber } from '@/lib/format';
import { defineMessages, pick, useLang, useT, type Lang } from '@/lib/i18n';
import { useInvestmentGroupLabel } from './investment-labels';
import {
  investmentByDistrict,
  investmentSentences,
  projectsByDistrictAndCategory,
  targetsByStatusPerDistrict,
} from '../model/overview-series';

const messages = defineMessages({
  zh: {
    investmentTitle: '各区县所述投资',
    investmentNote:
      '截至 {date} 已见报的投资金额，按“总投资（项目全周期）、计划投资、完成投资”和时期分组并排显示，不同组之间不相加；“其中”部分已含在上一级金额内，不画、不另加。{omitted}含“以上”“约”“余”等约数的金额按所述数字计。点击某区县可查看该区县。',
    omitted: '另有 {count} 组未画出，列在表格和 CSV 中。',
    investmentSaid:
      '截至 {date} 已见报的投资金额，按“总投资（项目全周期）、计划投资、完成投资”和时期分组；每组只有一个区县报道，无从比较，所以用文字列出，不画图。不同组之间不相加。',
    categoryTitle: '各区县项目数（按类别）',
    categoryNote: '每个项目计一次，按报道所属区县和类别统计。点击某区县可查看其项目。',
    other: '其他类别',
    statusTitle: '各区县目标的报告状态',
    statusAllSame:
      '截至 {date}，全部 {count} 个目标的报告状态都是“{status}”，各区县之间没有差别可比。',
    statusNote:
      '截至 {date} 报告的状态（数据集原有状态，加上你在本浏览器记录的跟进）。点击某区县可查看其目标。',
  },
  en: {
    investmentTitle: 'Stated investment by district',
    investmentNote:
      'Investment amounts printed by {date}, grouped into lifetime totals, plans and amounts done, by period, and drawn side by side; groups are never added together, and an “of which” part is in its whole already, neither drawn nor added. {omitted}Amounts stated as “at least”, “about” or “over” count at the stated number. Click a district to open it.',
    omitted: '{count} more groups are not drawn; the table and the CSV list them. ',
    investmentSaid:
      'Investment amounts printed by {date}, grouped into lifetime totals, plans and amounts done, by period; each group is stated by one district only, so there is nothing to compare and they are listed in words, not drawn. Groups are never added together.',
    categoryTitle: 'Projects per district, by category',
    categoryNote:
      'Each project counts once, under the district and category of its report. Click a district to see its projects.',
    other: 'Other categories',
    statusTitle: 'Reported status of targets per district',
    statusAllSame:
      'As of {date}, all {count} targets have the same reported status, “{status}”: there is no difference between districts to compare.',
    statusNote:
      'Status reported as of {date} (the dataset’s, plus follow-ups recorded in this browser). Click a district to see its targets.',
  },
});

const rowsHeight = (count: number) => Math.max(160, 44 * count + 70);
/**
 * Room for district names beside the bars: English names are long ("Zhengzhou Economic and
 * Technological Development Zone") and wrap to at most three lines in it, within their row.
 */
const categoryWidth = (lang: Lang) => (lang === 'en' ? 190 : 120);

function useDistrictLabel(dataset: Dataset) {
  const { lang } = useLang();
  return useMemo(() => {
    const names = new Map(dataset.districts.map((d) => [d.id, pick(lang, d.nameZh, d.nameEn)]));
    return (id: string) => names.get(id) ?? id;
  }, [dataset, lang]);
}

export function InvestmentByDistrictChart({
  dataset,
  groups,
  asOf,
}: {
  dataset: Dataset;
  /** The tracker's groups of investment (announced by the as-of date). */
  groups: readonly AmountGroup[];
  asOf: string;
}) {
  const t = useT(messages);
  const c = useT(chartMessages);
  const sourceNote = useSourceNote();
  const { lang } = useLang();
  const districtLabel = useDistrictLabel(dataset);
  const groupLabel = useInvestmentGroupLabel();
  const result = useMemo(
    () => investmentByDistrict(dataset.districts, groups, { districtLabel, groupLabel }),
    [dataset, groups, districtLabel, groupLabel],
  );
  const series = result.kind === 'ok' ? result.series : null;
  // No group stated by two districts: nothing to compare, so the amounts are said in words.
  const sentences = series
    ? investmentSentences(series.table, {
        format: (value) => formatCny(value * 1e8, lang),
        colon: lang === 'zh' ? '：' : ': ',
      })
    : null;
  // Every group, the ones not drawn too: the table view and its CSV leave none out.
  const table = useMemo(() => {
    const format = (value: number) => formatNumber(value, lang, 2);
    return series
      ? { ...barSeriesTable(series.table, c('district')), format }
      : { header: [], rows: [], format };
  }, [series, c, lang]);
  return (
    <ChartContainer
      id="chart-investment"
      title={t('investmentTitle')}
      unit={c('unitYi')}
      asOf={asOf}
      note={`${
        sentences
          ? t('investmentSaid', { date: formatDate(asOf, lang) })
          : t('investmentNote', {
              date: formatDate(asOf, lang),
              omitted: series?.omitted ? t('omitted', { count: series.omitted }) : '',
            })
      } ${sourceNote}`}
      table={table}
      empty={!series}
      sentence={sentences?.join(lang === 'zh' ? '；' : '; ')}
      height={rowsHeight(series?.data.length ?? 0)}
    >
      {series && (
        <LazyBarChart
          series={series}
          orientation="rows"
          height={rowsHeight(series.data.length)}
          label={t('investmentTitle')}
          formatValue={(value) => formatCny(value * 1e8, lang)}
          formatTick={(value) => formatNumber(value, lang, 0)}
          stacked={false}
          categoryWidth={categoryWidth(lang)}
          linked
        />
      )}
    </ChartContainer>
  );
}

/** A chart of counts per district, one row per district (projects by category, targets by status). */
function CountsByDistrict({
  id,
  title,
  unit,
  note,
  result,
  legend,
  sentence: said,
  asOf,
}: {
  /** A sentence that says what the chart would, when it would compare nothing. */
  sentence?: string | null;
  /** The day the counts are judged on, where they depend on one (the downloads' names say it). */
  asOf?: string;
  id: string;
  title: string;
  unit: string;
  note: string;
  result: SeriesResult<BarSeries>;
  legend?: boolean;
}) {
  const c = useT(chartMessages);
  const sourceNote = useSourceNote();
  const { lang } = useLang();
  const series = result.kind === 'ok' ? result.series : null;
  const table = useMemo(() => {
    const format = (value: number) => formatNumber(value, lang, 0);
    return series
      ? { ...barSeriesTable(series, c('district'), c('total')), format }
      : { header: [], rows: [], format };
  }, [series, c, lang]);
  const height = rowsHeight(series?.data.length ?? 0) + 40;
  return (
    <ChartContainer
      id={id}
      title={title}
      unit={unit}
      asOf={asOf}
      note={`${note} ${sourceNote}`}
      table={table}
      empty={!series}
      sentence={
        said ??
        (series &&
          loneBarSentence(series, {
            format: (value) => `${formatNumber(value, lang, 0)} ${unit}`,
            separator: lang === 'zh' ? '，' : ', ',
            colon: lang === 'zh' ? '：' : ': ',
          }))
      }
      height={height}
    >
      {series && (
        <LazyBarChart
          series={series}
          orientation="rows"
          height={height}
          label={title}
          formatValue={(value) => formatNumber(value, lang, 0)}
          legend={legend}
          categoryWidth={categoryWidth(lang)}
          linked
        />
      )}
    </ChartContainer>
  );
}

export function ProjectsByCategoryChart({ dataset }: { dataset: Dataset }) {
  const t = useT(messages);
  const c = useT(chartMessages);
  const labels = useRecordLabels();
  const districtLabel = useDistrictLabel(dataset);
  const result = useMemo(
    () =>
      projectsByDistrictAndCategory(dataset, {
        districtLabel,
        categoryLabel: labels.category,
        otherLabel: t('other'),
      }),
    [dataset, districtLabel, labels, t],
  );
  return (
    <CountsByDistrict
      id="chart-categories"
      title={t('categoryTitle')}
      unit={c('unitProjects')}
      note={t('categoryNote')}
      result={result}
    />
  );
}

export function StatusByDistrictChart({
  dataset,
  rows,
  asOf,
  explicitAsOf,
}: {
  dataset: Dataset;
  rows: readonly TargetRow[];
  asOf: string;
  explicitAsOf: boolean;
}) {
  const t = useT(messages);
  const c = useT(chartMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const districtLabel = useDistrictLabel(dataset);
  const result = useMemo(
    () =>
      targetsByStatusPerDistrict(
        dataset.districts.map((d) => d.id),
        rows,
        {
          districtLabel,
          statusLabel: labels.status,
          linkSuffix: explicitAsOf ? `&asOf=${asOf}` : '',
        },
      ),
    [dataset, rows, districtLabel, labels, asOf, explicitAsOf],
  );
  return (
    <CountsByDistrict
      id="chart-status"
      title={t('statusTitle')}
      unit={c('unitTargets')}
      asOf={asOf}
      note={t('statusNote', { date: formatDate(asOf, lang) })}
      result={result}
      sentence={
        // One status for every target: the stacks compare nothing, a sentence says it.
        result.kind === 'ok' && result.series.stacks.length === 1 && result.series.stacks[0]
          ? t('statusAllSame', {
              date: formatDate(asOf, lang),
              count: formatNumber(rows.length, lang, 0),
              status: result.series.stacks[0].label,
            })
          : null
      }
      legend
    />
  );
}
