import { Suspense, useRef, useState, type ReactNode } from 'react';
import { AppLink } from '@/components/ui/app-link';
import {
  Cell,
  Row,
  RowHeader,
  ScrollingTable,
  TableBody,
  TableHead,
} from '@/components/ui/scrolling-table';
import { asOfFileTag, downloadBlob, downloadText, fileSafe, toCsv } from '@/lib/export';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { standaloneSvg, svgToPng, type LegendEntry } from './chart-export';
import { chartCsvRows } from './series';
import { useDrawWhenNear } from './use-draw-when-near';
import { MarkedText } from '@/components/ui/marked-text';

const messages = defineMessages({
  zh: {
    unit: '单位：{unit}',
    view: '显示方式',
    chart: '图表',
    table: '表格',
    downloads: '下载',
    png: 'PNG',
    svg: 'SVG',
    csv: 'CSV',
    pngLabel: '下载“{title}”图片（PNG）',
    svgLabel: '下载“{title}”矢量图（SVG）',
    csvLabel: '下载“{title}”数据（CSV）',
    noData: '当前筛选下没有可绘制的数据。',
    exportFailed: '导出失败：{reason}',
    title: '标题',
    source: '来源',
    unitNote: '单位',
    keyboard: '用方向键逐项查看',
  },
  en: {
    unit: 'Unit: {unit}',
    view: 'Show as',
    chart: 'Chart',
    table: 'Table',
    downloads: 'Download',
    png: 'PNG',
    svg: 'SVG',
    csv: 'CSV',
    pngLabel: 'Download “{title}” as an image (PNG)',
    svgLabel: 'Download “{title}” as a vector image (SVG)',
    csvLabel: 'Download the data of “{title}” (CSV)',
    noData: 'Nothing to draw for the current filters.',
    exportFailed: 'Export failed: {reason}',
    title: 'Title',
    source: 'Source',
    unitNote: 'Unit',
    keyboard: 'Use the arrow keys to step through the items',
  },
});

/** The numbers behind a chart, as the "table" view and the CSV show them. */
export type ChartTable = {
  header: readonly string[];
  rows: readonly {
    key: string;
    label: string;
    href?: string | undefined;
    /** The period the row stands for: the CSV writes its code (2021-Q1, 2021-M03), not the label. */
    period?: string | undefined;
    values: readonly (number | null)[];
  }[];
  /** How a number reads in the table view (the CSV keeps the raw number). */
  format: (value: number, column: number) => string;
};

type Props = {
  id: string;
  title: string;
  /** The unit of the numbers, said next to the title. */
  unit: string;
  /** Where the numbers come from; shown below the chart and written into every download. */
  note: string;
  table: ChartTable;
  empty: boolean;
  /** Why there is nothing to draw, in words the reader can act on (else a generic line). */
  emptyText?: string;
  /**
   * A sentence that says what a chart of one bar would: shown instead of the drawing, with the
   * table and downloads still there.
   */
  sentence?: string | null;
  /** Height of the drawing area in pixels. */
  height?: number;
  headingLevel?: 2 | 3;
  /** Spans the whole row of a chart grid. */
  wide?: boolean;
  /** The day the numbers are judged on, where they depend on one: the downloads' names say it. */
  asOf?: string | undefined;
  /** The drawing: a lazily loaded Recharts component. */
  children: ReactNode;
};

/**
 * The drawing as it is while the chart is near the viewport; while it is farther, the element
 * it last rendered, so React renders nothing of it again. A filter ticked above a chart the
 * reader cannot see then costs no chart redraw (a Recharts redraw was most of the main thread's
 * time per interaction on /targets, whose deadline timeline sits below the list:
 * docs/performance.md). It catches up as it comes within DRAW_MARGIN, before it is seen.
 */
function useHeldWhileFar(drawing: ReactNode, near: boolean): ReactNode {
  const [held, setHeld] = useState(drawing);
  if (!near || held === drawing) return near ? drawing : held;
  // Adjusted while rendering (React's pattern for state that follows a prop).
  setHeld(drawing);
  return drawing;
}

/** How long a download waits for a drawing that is still loading. */
const DRAWING_WAIT_MS = 10_000;

/**
 * The one frame every chart sits in: title and unit, a chart/table switch, PNG, SVG and CSV
 * downloads, and the source note. Drawings load lazily and only when the chart comes near the
 * viewport (after the page's first paint), so chart code and drawing work stay out of the first
 * view; until then a skeleton of the drawing's exact height holds the space, so nothing shifts.
 */
export function ChartContainer({
  id,
  title,
  unit,
  note,
  table,
  empty,
  emptyText,
  sentence,
  height = 320,
  headingLevel = 3,
  wide = false,
  asOf,
  children,
}: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [problem, setProblem] = useState<string | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLElement>(null);
  const { draw, near, drawNow } = useDrawWhenNear(frame);
  const drawing = useHeldWhileFar(children, near);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // File names are worked out on download: a Unicode-aware regex is costly on a page's first render.
  const fileName = (extension: string) =>
    `${fileSafe(title)}${asOf ? `-${asOfFileTag(asOf, lang)}` : ''}.${extension}`;
  const notes: [string, string][] = [
    [t('title'), title],
    [t('unitNote'), unit],
    [t('source'), note],
  ];

  const run = async (task: () => Promise<void>) => {
    setProblem(null);
    try {
      await task();
    } catch (error) {
      setProblem(t('exportFailed', { reason: error instanceof Error ? error.message : '?' }));
    }
  };
  /** The drawn chart as a file; a drawing not yet in view is drawn first. */
  const chartSvg = async () => {
    drawNow();
    // A drawing held while far from the viewport catches up first (useHeldWhileFar).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const started = Date.now();
    let svg: SVGSVGElement | null | undefined;
    while (
      !(svg = area.current?.querySelector<SVGSVGElement>(
        '.recharts-wrapper > svg.recharts-surface',
      )) &&
      Date.now() - started < DRAWING_WAIT_MS
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!svg) throw new Error(t('noData'));
    const legend: LegendEntry[] = [
      ...(area.current?.querySelectorAll<HTMLElement>('[data-legend-color]') ?? []),
    ].map((item) => ({ label: item.textContent ?? '', color: item.dataset.legendColor ?? '' }));
    return standaloneSvg(svg, `${title}（${unit}）`, note, legend);
  };
  const downloadCsv = () =>
    run(async () => {
      const csv = await toCsv(table.header, chartCsvRows(table.rows), notes);
      downloadText(csv, fileName('csv'), 'text/csv;charset=utf-8');
    });
  const downloadSvg = () =>
    run(async () => downloadText(await chartSvg(), fileName('svg'), 'image/svg+xml;charset=utf-8'));
  const downloadPng = () =>
    run(async () => downloadBlob(await svgToPng(await chartSvg()), fileName('png')));

  return (
    <figure
      ref={frame}
      className={wide ? 'chart chart-wide' : 'chart'}
      aria-labelledby={`${id}-title`}
      id={id}
    >
      <div className="chart-head">
        <Heading id={`${id}-title`} className="chart-title">
          {title}
        </Heading>
        <span className="chart-unit">
          <MarkedText text={t('unit', { unit })} />
        </span>
      </div>
      {!empty && (
        <div className="chart-toolbar">
          <div role="group" aria-label={t('view')} className="segmented">
            {(['chart', 'table'] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {t(option)}
              </button>
            ))}
          </div>
          <div role="group" aria-label={t('downloads')} className="chart-downloads">
            {view === 'chart' && !sentence && (
              <>
                <button type="button" aria-label={t('pngLabel', { title })} onClick={downloadPng}>
                  {t('png')}
                </button>
                <button type="button" aria-label={t('svgLabel', { title })} onClick={downloadSvg}>
                  {t('svg')}
                </button>
              </>
            )}
            <button type="button" aria-label={t('csvLabel', { title })} onClick={downloadCsv}>
              {t('csv')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      {empty ? (
        <p className="chart-empty">{emptyText ?? t('noData')}</p>
      ) : view === 'chart' && sentence ? (
        <p className="chart-sentence" data-testid={`${id}-sentence`}>
          {sentence}
        </p>
      ) : view === 'chart' ? (
        <div ref={area} className="chart-area" style={{ height }}>
          {draw ? (
            <Suspense fallback={<div className="skeleton chart-skeleton" style={{ height }} />}>
              {drawing}
            </Suspense>
          ) : (
            <div className="skeleton chart-skeleton chart-waiting" style={{ height }} />
          )}
        </div>
      ) : (
        <ChartDataTable id={`${id}-table`} title={title} table={table} />
      )}
      <figcaption className="chart-note">{note}</figcaption>
    </figure>
  );
}

function ChartDataTable({ id, title, table }: { id: string; title: string; table: ChartTable }) {
  return (
    <ScrollingTable
      id={id}
      captionId={`${id}-caption`}
      caption={title}
      className="data-table chart-table"
    >
      <TableHead columns={table.header.map((label, index) => ({ label, numeric: index > 0 }))} />
      <TableBody>
        {table.rows.map((row) => (
          <Row key={row.key}>
            <RowHeader>
              {row.href ? <AppLink to={row.href}>{row.label}</AppLink> : row.label}
            </RowHeader>
            {row.values.map((value, index) => (
              <Cell key={index} label={table.header[index + 1] ?? ''} numeric>
                {value === null ? '—' : table.format(value, index)}
              </Cell>
            ))}
          </Row>
        ))}
      </TableBody>
    </ScrollingTable>
  );
}
