import { useCallback, useMemo } from 'react';
import type { Source } from '@/data/schema';
import { useAsOf } from '@/tracker/use-as-of';
import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { useSourceNote } from '@/components/charts/source-note';
import { barSeriesTable } from '@/components/charts/series';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { useRecordLabels } from './labels';
import { countDeadlineMonths, deadlineTimeline, pageMonthsOf } from './model/deadline-timeline';
import type { TargetRow } from '@/tracker/tracker';

const messages = defineMessages({
  zh: {
    title: '目标截止时间线',
    note: '按截止月份统计目标数，颜色表示截至 {asOf} 的截止状态；黑色实线为截至日期（{asOf}），虚线标出有版面刊出的月份。{undated}{outside}点击某月可查看该月到期的目标。',
    undated: '另有 {count} 个目标没有截止日期，未画出。',
    asOfLegend: '截至日期：{date}',
    after: '截至日期晚于图中所有月份。',
    before: '截至日期早于图中所有月份。',
    noTargets: '当前筛选下没有目标，无从按截止月份统计。',
    noDeadlines: '这些目标都没有截止日期（共 {count} 个），无法按截止月份绘制。',
  },
  en: {
    title: 'Target deadlines over time',
    note: 'Targets per deadline month, coloured by their deadline state as of {asOf}; the solid black line is the as-of date ({asOf}), dashed lines mark the months in which pages were printed. {undated}{outside}Click a month to list the targets due in it.',
    undated: '{count} targets without a deadline are not drawn. ',
    asOfLegend: 'As-of date: {date}',
    after: 'The as-of date is later than every month shown. ',
    before: 'The as-of date is earlier than every month shown. ',
    noTargets: 'No targets match the current filters, so there are no deadlines to count.',
    noDeadlines: 'None of these {count} targets has a deadline, so none can be placed in a month.',
  },
});

/**
 * The deadline timeline: the same chart on /targets, the overview and a district's page, drawn
 * from the targets it is given (a list's rows as shown). The chart container draws it when it
 * comes near the screen.
 */
export function DeadlineTimelineChart({
  id,
  rows,
  asOf,
  sources,
  linkQuery = '',
  headingLevel,
  noDeadlineText,
}: {
  /** Why nothing is drawn when no target has a deadline, in the page's words (a district's). */
  noDeadlineText?: string;
  id: string;
  rows: readonly TargetRow[];
  asOf: string;
  sources: readonly Source[];
  /** Extra query for the month links (`district=410104&`). */
  linkQuery?: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT(messages);
  const c = useT(chartMessages);
  const sourceNote = useSourceNote();
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { explicit } = useAsOf();
  const counts = useMemo(() => countDeadlineMonths(rows), [rows]);
  const pageMonths = useMemo(() => pageMonthsOf(sources), [sources]);
  const result = useMemo(
    () =>
      deadlineTimeline(counts, {
        asOf,
        pageMonths,
        stateLabel: labels.deadlineState,
        monthLabel: (month) => formatMonth(month, lang),
        monthHref: (_, from, to) =>
          `/targets?${linkQuery}from=${from}&to=${to}${explicit ? `&asOf=${asOf}` : ''}`,
      }),
    [counts, asOf, explicit, pageMonths, labels, lang, linkQuery],
  );

  const timeline = result.kind === 'ok' ? result.series : null;
  const table = useMemo(
    () =>
      timeline
        ? {
            ...barSeriesTable(timeline.series, c('month'), c('total')),
            format: (value: number) => formatNumber(value, lang, 0),
          }
        : { header: [], rows: [], format: String },
    [timeline, c, lang],
  );
  const marks = useMemo(
    () =>
      (timeline?.marks ?? []).map((mark) => ({
        at: mark.at,
        // Page lines carry no label: pages of neighbouring months would print over each other.
        label:
          mark.kind === 'as-of' ? c('asOf', { date: formatDate(mark.date, lang, 'short') }) : '',
        // Near-black, never a state's colour: the line is a date, not overdue targets.
        color: mark.kind === 'as-of' ? '--as-of-line' : '--fg-muted',
        dashed: mark.kind === 'page',
        legend:
          mark.kind === 'as-of'
            ? t('asOfLegend', { date: formatDate(mark.date, lang) })
            : undefined,
      })),
    [timeline, c, t, lang],
  );
  const formatValue = useCallback((value: number) => formatNumber(value, lang, 0), [lang]);
  const note = t('note', {
    asOf: formatDate(asOf, lang),
    undated: timeline?.undated ? t('undated', { count: timeline.undated }) : '',
    outside:
      timeline?.asOfPosition === 'after'
        ? t('after')
        : timeline?.asOfPosition === 'before'
          ? t('before')
          : '',
  });
  return (
    <ChartContainer
      id={id}
      title={t('title')}
      unit={c('unitTargets')}
      asOf={asOf}
      note={`${note} ${sourceNote}`}
      table={table}
      empty={!timeline}
      emptyText={
        rows.length === 0
          ? t('noTargets')
          : (noDeadlineText ?? t('noDeadlines', { count: formatNumber(rows.length, lang, 0) }))
      }
      headingLevel={headingLevel}
      wide
    >
      {timeline && (
        <LazyBarChart
          series={timeline.series}
          orientation="columns"
          height={320}
          label={t('title')}
          formatValue={formatValue}
          marks={marks}
          linked
        />
      )}
    </ChartContainer>
  );
}
