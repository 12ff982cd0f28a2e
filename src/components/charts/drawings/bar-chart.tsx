import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
// Only the Recharts pieces a bar chart draws: no Legend (an HTML list below does it, wraps on
// phones and reads as a list) and no CartesianGrid (the value axis has ticks; the tooltip and
// the table view give exact numbers). Each piece left out is code the overview does not load.
import {
  Bar,
  BarChart,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipDataPoints,
} from 'recharts';
import { withDatasetParam } from '@/components/ui/app-link';
import { useT } from '@/lib/i18n';
import { resolveCssColor } from '../colors';
import { chartMessages } from '../messages';
import { stackValue, type BarSeries } from '../series';

export type ReferenceMark = {
  /** The category (bar key) the line sits on. */
  at: string;
  label: string;
  /** A CSS custom property. */
  color: string;
  dashed?: boolean;
  /** What the line stands for, in the legend above the plot; no entry when absent. */
  legend?: string;
};

/**
 * Up to this many bars each carries its value (a stacked bar its total) above it (beside it on
 * a `rows` chart): few enough that the numbers do not crowd one another on a 390 px phone.
 * More bars leave the values to the tooltip and the table view.
 */
export const VALUE_LABELS_UP_TO = 12;

/** A row's total over its stacks, and the stack drawn on top (which carries the total). */
const TOTAL_KEY = 'total';
const TOP_KEY = 'top';

export type BarChartDrawingProps = {
  series: BarSeries;
  /** `columns`: categories along the bottom; `rows`: categories down the side (long names). */
  orientation: 'columns' | 'rows';
  height: number;
  /** Accessible name of the drawing. */
  label: string;
  formatValue: (value: number) => string;
  /** Axis tick text for a value (shorter than the tooltip's). */
  formatTick?: (value: number) => string;
  marks?: readonly ReferenceMark[];
  /** Set: a bar with an `href` opens it on click, or on Enter once reached with the arrow keys. */
  linked?: boolean;
  /** Room for category names on a `rows` chart. */
  categoryWidth?: number;
  /** false: several series side by side, for amounts that must not be added up. */
  stacked?: boolean;
  /** Show the legend even for a single series (when its colour stands for a value). */
  legend?: boolean;
};

type Row = {
  key: string;
  label: string;
  href?: string | undefined;
  stackHrefs?: Record<string, string> | undefined;
} & Record<string, unknown>;

const valueKey = (stackKey: string) => `v:${stackKey}`;

function ActiveRow({ onChange }: { onChange: (row: Row | undefined) => void }) {
  const points = useActiveTooltipDataPoints<Row>();
  const row = points?.[0];
  useEffect(() => {
    onChange(row);
  }, [row, onChange]);
  return null;
}

/**
 * Bars (stacked when the series has several stacks) drawn with Recharts. Draws only: the
 * numbers come from a tested series function, the frame from ChartContainer.
 *
 * The router is read here and the drawing below is memoized: a router hook re-renders its
 * component on every navigation (each keystroke in a list's filters is one), and a Recharts
 * render re-registers every reference line in its store, so the drawing must not follow the
 * URL, only its own props.
 */
export default function BarChartDrawing(props: BarChartDrawingProps) {
  const navigate = useNavigate();
  const open = useCallback(
    (href: string) => navigate(withDatasetParam(href, window.location.search)),
    [navigate],
  );
  return <BarChartPlot {...props} open={open} />;
}

const BarChartPlot = memo(function BarChartPlot({
  series,
  orientation,
  height,
  label,
  formatValue,
  formatTick,
  marks = [],
  linked = false,
  categoryWidth = 120,
  stacked: stackable = true,
  legend = false,
  open: openHref,
}: BarChartDrawingProps & { open: (href: string) => void }) {
  const c = useT(chartMessages);
  const active = useRef<Row | undefined>(undefined);
  const rows = useMemo<Row[]>(
    () =>
      series.data.map((datum) => {
        const row: Row = {
          key: datum.key,
          label: datum.label,
          href: datum.href,
          stackHrefs: datum.stackHrefs,
        };
        // An absent value stays absent (no bar), never a drawn 0.
        let total: number | null = null;
        for (const stack of series.stacks) {
          const value = stackValue(series, datum, stack.key);
          row[valueKey(stack.key)] = value;
          if (typeof value === 'number') {
            total = (total ?? 0) + value;
            if (value > 0) row[TOP_KEY] = stack.key;
          }
        }
        row[TOTAL_KEY] = total;
        return row;
      }),
    [series],
  );
  const colors = useMemo(
    () => ({
      stacks: series.stacks.map((stack) => resolveCssColor(stack.color)),
      text: resolveCssColor('--fg-muted'),
      marks: marks.map((mark) => resolveCssColor(mark.color)),
    }),
    [series.stacks, marks],
  );
  const labelByKey = useMemo(() => new Map(rows.map((row) => [row.key, row.label])), [rows]);
  const open = (row: Row | undefined) => {
    if (linked && row?.href) openHref(row.href);
  };
  /** A click on one segment was handled: the chart's own click (the whole bar) is skipped. */
  const segmentOpened = useRef(false);
  const openSegment = (index: number, stackKey: string) => {
    const href = rows[index]?.stackHrefs?.[stackKey];
    if (!linked || !href) return;
    segmentOpened.current = true;
    openHref(href);
  };
  const tick = { fill: colors.text, fontSize: 12 };
  const categoryAxis = {
    dataKey: 'key',
    type: 'category' as const,
    tick,
    tickFormatter: (key: string) => labelByKey.get(key) ?? key,
    interval: 0 as const,
  };
  const valueAxis = {
    type: 'number' as const,
    tick,
    tickFormatter: formatTick ?? formatValue,
    allowDecimals: false,
  };
  const several = series.stacks.length > 1;
  const stacked = stackable && several;
  const legendMarks = marks.flatMap((mark, index) =>
    mark.legend ? [{ ...mark, legend: mark.legend, resolved: colors.marks[index] }] : [],
  );
  const showLegend = several || legend || legendMarks.length > 0;
  const valueLabels = rows.length <= VALUE_LABELS_UP_TO;
  const labelProps = {
    position: orientation === 'rows' ? ('right' as const) : ('top' as const),
    fill: colors.text,
    fontSize: 11,
    formatter: (value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) ? formatValue(value) : '',
  };

  return (
    <div
      className={linked ? 'chart-drawing linked' : 'chart-drawing'}
      style={{ height }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open(active.current);
      }}
    >
      {showLegend && (
        <ul className="chart-legend" aria-label={c('legend')}>
          {series.stacks.map((stack, index) => (
            <li key={stack.key} data-legend-color={colors.stacks[index]}>
              <span
                className="chart-legend-swatch"
                style={{ background: colors.stacks[index] }}
                aria-hidden="true"
              />
              {stack.label}
            </li>
          ))}
          {legendMarks.map((mark) => (
            <li key={`mark-${mark.at}`} data-legend-color={mark.resolved}>
              <span
                className="chart-legend-swatch chart-legend-line"
                style={{ borderColor: mark.resolved }}
                aria-hidden="true"
              />
              {mark.legend}
            </li>
          ))}
        </ul>
      )}
      <div className="chart-plot">
        <BarChart
          data={rows}
          layout={orientation === 'rows' ? 'vertical' : 'horizontal'}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{
            top: 16,
            right: valueLabels && orientation === 'rows' ? 48 : 16,
            bottom: 8,
            left: 8,
          }}
          accessibilityLayer
          title={label}
          onClick={(state) => {
            if (segmentOpened.current) {
              segmentOpened.current = false;
              return;
            }
            const index = Number(state?.activeIndex);
            if (Number.isInteger(index)) open(rows[index]);
          }}
        >
          <ActiveRow
            onChange={(row) => {
              active.current = row;
            }}
          />
          {orientation === 'rows' ? (
            <>
              <XAxis {...valueAxis} />
              <YAxis {...categoryAxis} width={categoryWidth} />
            </>
          ) : (
            <>
              <XAxis
                {...categoryAxis}
                interval={rows.length > 16 ? 'preserveStartEnd' : 0}
                minTickGap={4}
                angle={rows.length > 6 ? -35 : 0}
                textAnchor={rows.length > 6 ? 'end' : 'middle'}
                height={rows.length > 6 ? 64 : 30}
              />
              <YAxis {...valueAxis} width={56} />
            </>
          )}
          <Tooltip
            formatter={(value) =>
              value === null || value === undefined ? c('noValue') : formatValue(Number(value))
            }
            labelFormatter={(key) => labelByKey.get(String(key)) ?? String(key)}
            cursor={{ fill: 'rgba(0,0,0,0.06)' }}
          />
          {series.stacks.map((stack, index) => (
            <Bar
              key={stack.key}
              dataKey={valueKey(stack.key)}
              name={stack.label}
              stackId={stacked ? 'stack' : undefined}
              fill={colors.stacks[index]}
              isAnimationActive={false}
              cursor={linked ? 'pointer' : undefined}
              maxBarSize={48}
              onClick={(_, index) => openSegment(index, stack.key)}
            >
              {valueLabels && (
                <LabelList
                  // A stacked bar's total, above its top segment; otherwise the bar's own value.
                  dataKey={
                    stacked
                      ? (row: Row) => (row[TOP_KEY] === stack.key ? row[TOTAL_KEY] : null)
                      : valueKey(stack.key)
                  }
                  {...labelProps}
                />
              )}
            </Bar>
          ))}
          {marks.map((mark, index) => (
            <ReferenceLine
              key={`${mark.at}-${index}`}
              {...(orientation === 'rows' ? { y: mark.at } : { x: mark.at })}
              stroke={colors.marks[index]}
              strokeDasharray={mark.dashed ? '4 3' : undefined}
              strokeWidth={2}
              label={{
                value: mark.label,
                fill: colors.marks[index],
                fontSize: 11,
                position: orientation === 'rows' ? 'insideTopRight' : 'top',
              }}
            />
          ))}
        </BarChart>
      </div>
    </div>
  );
});
