import {
  functionalUpdate,
  type RowData,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SortValue } from '@/lib/url-state';
import { defineMessages, useT } from '@/lib/i18n';

/** The table features every record table registers: sorting only, done by our model. */
export const recordTableFeatures = tableFeatures({ rowSortingFeature });
export type RecordTableFeatures = typeof recordTableFeatures;
export type RecordColumn<Row extends RowData> = ColumnDef<RecordTableFeatures, Row, unknown>;

/** Above this many rows only the rows near the viewport are in the DOM. */
export const VIRTUALIZE_ABOVE = 40;
const ESTIMATED_ROW_HEIGHT = 56;

const messages = defineMessages({
  zh: {
    scrollHint: '表格可左右滑动',
  },
  en: {
    scrollHint: 'Scroll the table sideways',
  },
});

type Props<Row extends RowData> = {
  caption: ReactNode;
  columns: RecordColumn<Row>[];
  /** Already filtered and sorted by the view's model. */
  rows: readonly Row[];
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

/**
 * A real `<table>` with a caption, sortable headers carrying `aria-sort`, and a body that is
 * virtualized once it is longer than a screen. Virtualized or not, `aria-rowcount` and
 * `aria-rowindex` tell assistive technology how many rows there are and where each one sits.
 */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  getRowId,
  sort,
  onSortChange,
  rowHeader,
  numeric = [],
  descFirst = [],
  empty,
  className,
  id,
}: Props<Row>) {
  const t = useT(messages);
  const sorting = useMemo<SortingState>(
    () => (sort ? [{ id: sort.key, desc: sort.desc }] : []),
    [sort],
  );
  const columnsWithDefaults = useMemo(
    () =>
      columns.map((column) =>
        column.id && descFirst.includes(column.id) ? { ...column, sortDescFirst: true } : column,
      ),
    [columns, descFirst],
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

  const tableRows = table.getRowModel().rows;
  const virtual = tableRows.length > VIRTUALIZE_ABOVE;
  const headerGroups = table.getHeaderGroups();
  const columnCount = headerGroups[0]?.headers.length ?? columns.length;

  return (
    <div
      className={`table-scroll ${className ?? ''}`}
      role="region"
      aria-labelledby={`${id}-caption ${id}-hint`}
      tabIndex={0}
    >
      <table className="data-table" id={id} aria-rowcount={tableRows.length + 1}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          {headerGroups.map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const canSort = Boolean(onSortChange) && header.column.getCanSort();
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={numeric.includes(header.column.id) ? 'numeric' : undefined}
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
        {tableRows.length === 0 ? (
          <tbody>
            <tr aria-rowindex={2}>
              <td colSpan={columnCount} className="table-empty">
                {empty}
              </td>
            </tr>
          </tbody>
        ) : virtual ? (
          <VirtualBody
            rows={tableRows}
            columnCount={columnCount}
            render={(row) => renderCells(row)}
          />
        ) : (
          <tbody>
            {tableRows.map((row, index) => (
              <tr key={row.id} aria-rowindex={index + 2}>
                {renderCells(row)}
              </tr>
            ))}
          </tbody>
        )}
      </table>
      <span id={`${id}-hint`} hidden>
        {t('scrollHint')}
      </span>
    </div>
  );

  function renderCells(row: (typeof tableRows)[number]) {
    return row.getAllCells().map((cell) => {
      const content = <table.FlexRender cell={cell} />;
      const className = numeric.includes(cell.column.id) ? 'numeric' : undefined;
      return cell.column.id === rowHeader ? (
        <th key={cell.id} scope="row" className={className}>
          {content}
        </th>
      ) : (
        <td key={cell.id} className={className}>
          {content}
        </td>
      );
    });
  }
}

type VirtualRow = { id: string };

function VirtualBody<R extends VirtualRow>({
  rows,
  columnCount,
  render,
}: {
  rows: readonly R[];
  columnCount: number;
  render: (row: R) => ReactNode;
}) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The body's distance from the top of the page moves when the filters above it change.
  useLayoutEffect(() => {
    const measure = () => {
      const top = bodyRef.current
        ? bodyRef.current.getBoundingClientRect().top + window.scrollY
        : 0;
      setScrollMargin((known) => (Math.abs(top - known) > 1 ? top : known));
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
  }, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  return (
    <tbody ref={bodyRef}>
      {paddingTop > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <tr
            key={row.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-rowindex={item.index + 2}
          >
            {render(row)}
          </tr>
        );
      })}
      {paddingBottom > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
        </tr>
      )}
    </tbody>
  );
}
