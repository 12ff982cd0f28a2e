import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { uiMessages } from './messages';
import '@/components/data-table/data-table.css';

/**
 * A table in its scrolling frame: a focusable region named by the table's caption and the hint
 * that it scrolls, so a keyboard can scroll a wide table, a screen reader announces what the
 * region holds, and the region's name differs from the section's around it.
 *
 * On a phone (under 480 px, as the lists) it is a list of cards (data-table.css): each row a
 * card, its row header first, then each value after its column's name (`Cell`'s `label`). The
 * explicit roles (here, `TableHead`, `Row`, `RowHeader`, `Cell`) keep its table semantics
 * where a browser drops them for CSS display.
 */
export function ScrollingTable({
  id,
  captionId,
  caption,
  className,
  children,
}: {
  id?: string;
  captionId: string;
  caption: ReactNode;
  className: string;
  /** The table's head and body. */
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={`${captionId} ${captionId}-hint`}
      tabIndex={0}
    >
      <table className={`${className} cards`} id={id} role="table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
      <ScrollHint id={`${captionId}-hint`} />
    </div>
  );
}

/** The hidden words that name a scrolling table's region after its caption. */
export function ScrollHint({ id }: { id: string }) {
  const t = useT(uiMessages);
  return (
    <span id={id} hidden>
      {t('scrollHint')}
    </span>
  );
}

/** A column's header: its label, and whether it holds numbers (aligned as numbers). */
export type ColumnHead = { label: string; numeric?: boolean };

/** A table's head: one row of column headers. */
export function TableHead({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {columns.map(({ label, numeric }, index) => (
          <th
            key={index}
            scope="col"
            role="columnheader"
            className={numeric ? 'numeric' : undefined}
          >
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A table's body. */
export function TableBody({ children }: { children: ReactNode }) {
  return <tbody role="rowgroup">{children}</tbody>;
}

/** A body row. */
export function Row({
  children,
  current,
}: {
  children: ReactNode;
  /** The row of the record the page is about. */
  current?: boolean;
}) {
  return (
    <tr role="row" aria-current={current ? 'true' : undefined}>
      {children}
    </tr>
  );
}

/** The cell that names its row: the card's first line on a phone. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" role="rowheader">
      {children}
    </th>
  );
}

/**
 * A body cell. `label` is its column's header, shown before the value in a phone's card (CSS
 * generated content with empty alternative text: screen readers hear the column header).
 * `col` names the column for the card's order (data-table.css puts `value` first).
 */
export function Cell({
  label,
  col,
  numeric,
  className,
  children,
  ...rest
}: {
  label: string;
  col?: string;
  numeric?: boolean;
  className?: string;
  children: ReactNode;
  'data-state'?: string;
}) {
  const classes = [numeric ? 'numeric' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <td role="cell" data-label={label} data-col={col} className={classes || undefined} {...rest}>
      {children}
    </td>
  );
}
