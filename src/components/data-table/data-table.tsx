import {
  FlexRender,
  functionalUpdate,
  type Row as TableRow,
  type RowData,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { memo, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { SortValue } from '@/lib/url-state';
import { ScrollHint } from '@/components/ui/scrolling-table';
import './data-table.css';

/** The table features every record table registers: sorting only, done by our model. */
export const recordTableFeatures = tableFeatures({ rowSortingFeature });
export type RecordTableFeatures = typeof recordTableFeatures;
export type RecordColumn<Row extends RowData> = ColumnDef<RecordTableFeatures, Row, unknown>;

/**
 * Above this many rows only the rows near the viewport are in the DOM. Below it every row is
 * there, so the browser's find (Ctrl+F), print and copy see them all: the real lists have a few
 * hundred rows, growing by about seventy a page.
 */
export const VIRTUALIZE_ABOVE = 2_000;
/**
 * Height of a body row of a virtualized table, in rem (data-table.css says the same): every
 * row is this tall, its cells clamped to two lines, so the virtualizer never measures a row.
 */
export const FIXED_ROW_REM = 4;
/** Rows drawn beyond each edge of the viewport. */
const OVERSCAN = 8;

type Props<Row extends RowData> = {
  caption: ReactNode;
  columns: RecordColumn<Row>[];
  /**
   * Every row the table can show. Keep the array stable (per dataset): the table reads it once,
   * and filtering or sorting only changes `order`.
   */
  rows: readonly Row[];
  /** Indexes into `rows` of the rows shown, in display order; all of `rows` when absent. */
  order?: ArrayLike<number>;
  getRowId: (row: Row) => string;
  sort: SortValue | null;
  /** Omit for a table whose order is fixed. */
  onSortChange?: (sort: SortValue | null) => void;
  /** The column whose cells name the row (rendered as row headers). */
  rowHeader?: string;
  numeric?: readonly string[];
  /** Columns that start descending on the first click (amounts, counts). */
  descFirst?: readonly string[];
  /** What the body shows when there are no rows. */
  empty?: ReactNode;
  className?: string;
  /** Required: the caption's id labels the scrollable region. */
  id: string;
};

const NONE: readonly string[] = [];

/**
 * How the cells of a row are marked up; one object per table, so rows can be memoized.
 * `labels` are the column headers as text, which the card layout of a phone shows before each
 * value (CSS generated content with empty alternative text: screen readers hear the real
 * column header instead, and the cell's text stays the value alone).
 */
type CellLayout = {
  rowHeader: string | undefined;
  numeric: ReadonlySet<string>;
  labels: ReadonlyMap<string, string>;
};

/**
 * A real `<table>` with a caption, sortable headers carrying `aria-sort`, and a body that is
 * virtualized above VIRTUALIZE_ABOVE rows. A virtualized table says how many rows there are and
 * where each drawn one sits (`aria-rowcount`, `aria-rowindex`); a whole one needs neither.
 *
 * At scale (40,000 rows) the cost of a keystroke must not depend on the number of rows: TanStack
 * Table gets the full, stable row array (its row objects are built once per array), the rows
 * shown come in as `order`, and only the rows in view are rendered, each a memoized row that
 * re-renders when it moves or its content changes.
 */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  order,
  getRowId,
  sort,
  onSortChange,
  rowHeader,
  numeric = NONE,
  descFirst = NONE,
  empty,
  className,
  id,
}: Props<Row>) {
  const sorting = useMemo<SortingState>(
    () => (sort ? [{ id: sort.key, desc: sort.desc }] : []),
    [sort],
  );
  const descFirstKey = descFirst.join('\n');
  const columnsWithDefaults = useMemo(
    () =>
      columns.map((column) =>
        column.id && descFirstKey.split('\n').includes(column.id)
          ? { ...column, sortDescFirst: true }
          : column,
      ),
    [columns, descFirstKey],
  );
  const table = useTable({
    features: recordTableFeatures,
    columns: columnsWithDefaults,
    data: rows,
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    enableSorting: Boolean(onSortChange),
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      onSortChange?.(next ? { key: next.id, desc: next.desc } : null);
    },
  });

  // In the order of `rows`, so `order` indexes them directly.
  const tableRows = table.getCoreRowModel().rows;
  const count = order ? order.length : tableRows.length;
  const rowAt = (position: number) =>
    tableRows[order ? (order[position] as number) : position] as TableRow<RecordTableFeatures, Row>;
  const virtual = count > VIRTUALIZE_ABOVE;
  const headerGroups = table.getHeaderGroups();
  const columnCount = headerGroups[0]?.headers.length ?? columns.length;
  const numericKey = numeric.join('\n');
  const leafHeaders = headerGroups[headerGroups.length - 1]?.headers;
  const labels = useMemo(
    () =>
      new Map<string, string>(
        (leafHeaders ?? []).flatMap((header) => {
          const text = header.column.columnDef.header;
          const label = typeof text === 'function' ? text(header.getContext()) : text;
          return typeof label === 'string' ? [[header.column.id, label] as const] : [];
        }),
      ),
    // The headers' text changes only with the columns (a new language).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columnsWithDefaults],
  );
  const layout = useMemo<CellLayout>(
    () => ({ rowHeader, numeric: new Set(numericKey.split('\n')), labels }),
    [rowHeader, numericKey, labels],
  );
  /** Virtualized rows have a fixed height (data-table.css); a short table's rows grow. */
  const renderRow = (position: number, fixed: boolean) => {
    const row = rowAt(position);
    return (
      <BodyRow
        key={row.id}
        row={row}
        // Only a virtualized body numbers its rows (it leaves rows out); a whole body needs no
        // numbers, so a row that moves (a re-sort, a filter above it) is not rendered again.
        position={fixed ? position : undefined}
        layout={layout}
        columns={columnsWithDefaults}
        fixed={fixed}
      />
    );
  };
  return (
    <div
      className={`table-scroll ${className ?? ''}`}
      role="region"
      aria-labelledby={`${id}-caption ${id}-hint`}
      tabIndex={0}
    >
      {/*
        Under 480 px a table that is not virtualized is laid out as cards (data-table.css); the
        explicit roles keep its table semantics where a browser drops them for CSS display.
      */}
      <table
        className={virtual ? 'data-table fixed-rows' : 'data-table cards'}
        id={id}
        role="table"
        aria-rowcount={virtual ? count + 1 : undefined}
      >
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead role="rowgroup">
          {headerGroups.map((group) => (
            <tr key={group.id} role="row" aria-rowindex={virtual ? 1 : undefined}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const canSort = Boolean(onSortChange) && header.column.getCanSort();
                const label = <FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    role="columnheader"
                    data-col={header.column.id}
                    className={layout.numeric.has(header.column.id) ? 'numeric' : undefined}
                    aria-sort={
                      direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : canSort
                            ? 'none'
                            : undefined
                    }
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {label}
                        <span className="sort-indicator" aria-hidden="true">
                          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {count === 0 ? (
          <tbody role="rowgroup">
            <tr role="row">
              <td role="cell" colSpan={columnCount} className="table-empty">
                {empty}
              </td>
            </tr>
          </tbody>
        ) : virtual ? (
          <VirtualBody
            count={count}
            columnCount={columnCount}
            render={(position) => renderRow(position, true)}
          />
        ) : (
          <tbody role="rowgroup">
            {Array.from({ length: count }, (_, position) => renderRow(position, false))}
          </tbody>
        )}
      </table>
      <ScrollHint id={`${id}-hint`} />
    </div>
  );
}

/**
 * One body row. Memoized: while the reader types, a row that stays in the list (same row, same
 * columns, and in a virtualized body the same position) is not rendered again, wherever it
 * moves.
 */
const BodyRow = memo(function BodyRow<Row extends RowData>({
  row,
  position,
  layout,
  fixed,
}: {
  row: TableRow<RecordTableFeatures, Row>;
  /** The row's place among all rows, given only when some are not in the DOM. */
  position: number | undefined;
  layout: CellLayout;
  /** Only compared: new columns (another language) render the row again. */
  columns: unknown;
  /** Cells clamped to the fixed row height of a virtualized table. */
  fixed: boolean;
}) {
  return (
    <tr role="row" aria-rowindex={position === undefined ? undefined : position + 2}>
      {row.getAllCells().map((cell) => {
        const column = cell.column.id;
        const content = fixed ? (
          <div className="cell-clamp">
            <FlexRender cell={cell} />
          </div>
        ) : (
          <FlexRender cell={cell} />
        );
        const className = layout.numeric.has(column) ? 'numeric' : undefined;
        return column === layout.rowHeader ? (
          <th key={cell.id} scope="row" role="rowheader" data-col={column} className={className}>
            {content}
          </th>
        ) : (
          <td
            key={cell.id}
            role="cell"
            data-col={column}
            data-label={layout.labels.get(column)}
            className={className}
          >
            {content}
          </td>
        );
      })}
    </tr>
  );
}) as <Row extends RowData>(props: {
  row: TableRow<RecordTableFeatures, Row>;
  position: number | undefined;
  layout: CellLayout;
  columns: unknown;
  fixed: boolean;
}) => ReactNode;

/** The root font size in px, for the row height in rem. */
const rootFontSize = () =>
  typeof window === 'undefined'
    ? 16
    : Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * The rows near the viewport of a window-scrolled table, between two spacer rows (TanStack
 * Virtual). Rows have a fixed height, so the virtualizer places them by arithmetic and measures
 * none; only the body's distance from the top of the page is measured, on mount and when what
 * is above it changes size.
 */
function VirtualBody({
  count,
  columnCount,
  render,
}: {
  count: number;
  columnCount: number;
  render: (position: number) => ReactNode;
}) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [layout, setLayout] = useState(() => ({
    rowHeight: FIXED_ROW_REM * rootFontSize(),
    scrollMargin: 0,
  }));
  useLayoutEffect(() => {
    const measure = () => {
      const body = bodyRef.current;
      if (!body) return;
      const next = {
        rowHeight: FIXED_ROW_REM * rootFontSize(),
        scrollMargin: Math.round(body.getBoundingClientRect().top + window.scrollY),
      };
      setLayout((known) =>
        known.rowHeight === next.rowHeight && known.scrollMargin === next.scrollMargin
          ? known
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    const table = bodyRef.current?.closest('table');
    if (table?.parentElement?.parentElement) observer.observe(table.parentElement.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  const { rowHeight, scrollMargin } = layout;
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    scrollMargin,
    // A first window before the viewport is known (and in tests' DOM, which has no layout).
    initialRect: { width: 0, height: 20 * rowHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  return (
    <tbody ref={bodyRef} role="rowgroup">
      {paddingTop > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) => render(item.index))}
      {paddingBottom > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
        </tr>
      )}
    </tbody>
  );
}
