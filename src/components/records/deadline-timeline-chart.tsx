import {
  memo,
  useCallback,
  startTransition,
  useEffect,
  useMemo,
  useState,
  type ComponentProps,
} from 'react';
import type { Source } from '@/data/schema';
import { useAsOf } from '@/components/as-of/use-as-of';
import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { barSeriesTable } from '@/components/charts/series';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { useRecordLabels } from './labels';
import {
  countDeadlineMonths,
  deadlineTimeline,
  pageMonthsOf,
  sameTimeline,
} from './model/deadline-timeline';
import type { TargetRow } from './model/target-rows';

const messages = defineMessages({
  zh: {
    title: '目标截止时间线',
    note: '按截止月份统计目标数，颜色表示截至 {asOf} 的截止状态；红线为截至日期，虚线标出有版面刊出的月份。{undated}{outside}点击某月可查看该月到期的目标。',
    undated: '另有 {count} 个目标没有截止日期，未画出。',
    after: '截至日期晚于图中所有月份。',
    before: '截至日期早于图中所有月份。',
  },
  en: {
    title: 'Target deadlines over time',
    note: 'Targets per deadline month, coloured by their deadline state as of {asOf}; the red line is the as-of date, dashed lines mark the months in which pages were printed. {undated}{outside}Click a month to list the targets due in it.',
    undated: '{count} targets without a deadline are not drawn. ',
    after: 'The as-of date is later than every month shown. ',
    before: 'The as-of date is earlier than every month shown. ',
  },
});

/** The drawing, redrawn only when its props change (Recharts' redraw is the costly part). */
const TimelineDrawing = memo(function TimelineDrawing(props: ComponentProps<typeof LazyBarChart>) {
  return <LazyBarChart {...props} />;
});

/** Keeps the value it has while `same` says a new one draws the same thing. */
function useUnlessChanged<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  setKept(value);
  return value;
}

/**
 * Whether the element with `id` is on screen or near it (half a screen either way). Without
 * IntersectionObserver (tests' DOM) everything counts as near.
 */
function useNearViewport(id: string): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);
  return near;
}

/**
 * The deadline timeline: the same chart on /targets, the overview and a district's page.
 *
 * It stays out of the reader's way while they type: the series changes only when a number in
 * it does, a chart far off screen is brought up to date when it comes near (not on every
 * keystroke of a list above it), and a visible one follows the list in a task of its own, after
 * the list's update is painted, so the list never waits for the drawing.
 */
export function DeadlineTimelineChart({
  id,
  rows,
  shown,
  asOf,
  sources,
  linkQuery = '',
  headingLevel,
}: {
  id: string;
  rows: readonly TargetRow[];
  /** Indexes into `rows` of the targets to draw (a filtered list); all of `rows` when absent. */
  shown?: ArrayLike<number>;
  asOf: string;
  sources: readonly Source[];
  /** Extra query for the month links (`district=410104&`). */
  linkQuery?: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT(messages);
  const c = useT(chartMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { explicit } = useAsOf();
  // The targets drawn: a new list of targets (another as-of date) is taken in at once, a new
  // selection from it only while the chart is on or near the screen, so a list's keystrokes
  // cost the chart nothing while it is out of sight; it catches up as it comes into view.
  const near = useNearViewport(id);
  // The month links carry the list's district filter, so they are part of the selection: an
  // off-screen chart would otherwise redraw on every district tick for its links alone.
  const selection = useMemo(() => ({ rows, shown, linkQuery }), [rows, shown, linkQuery]);
  const [drawn, setDrawn] = useState(selection);
  const behind = drawn !== selection && (near || drawn.rows !== rows);
  // The list is answered first: the chart follows in a task of its own once the list's update
  // has been painted. (Recharts redraws in effects, which React runs in the same task as the
  // list's update when that update is synchronous, as a router navigation is.)
  useEffect(() => {
    if (!behind) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawn(selection)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [behind, selection]);
  const counts = useMemo(() => countDeadlineMonths(drawn.rows, drawn.shown), [drawn]);
  const { asOf: drawnAsOf, result } = useUnlessChanged(
    useMemo(
      () => ({
        asOf,
        result: deadlineTimeline(counts, {
          asOf,
          pageMonths: pageMonthsOf(sources),
          stateLabel: labels.deadlineState,
          monthLabel: (month) => formatMonth(month, lang),
          monthHref: (_, from, to) =>
            `/targets?${drawn.linkQuery}from=${from}&to=${to}${explicit ? `&asOf=${asOf}` : ''}`,
        }),
      }),
      [counts, asOf, explicit, sources, labels, lang, drawn.linkQuery],
    ),
    (a, b) => a.asOf === b.asOf && sameTimeline(a.result, b.result),
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
        color: mark.kind === 'as-of' ? '--state-overdue' : '--fg-muted',
        dashed: mark.kind === 'page',
      })),
    [timeline, c, lang],
  );
  const formatValue = useCallback((value: number) => formatNumber(value, lang, 0), [lang]);
  const note = t('note', {
    asOf: formatDate(drawnAsOf, lang),
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
      note={`${note} ${c('sourceNote')}`}
      table={table}
      empty={!timeline}
      headingLevel={headingLevel}
      wide
    >
      {timeline && (
        <TimelineDrawing
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
