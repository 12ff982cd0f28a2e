import type { ReactNode } from 'react';

/**
 * A table in its scrolling frame: a focusable region named by the table's caption, so a keyboard
 * can scroll a wide table and a screen reader announces what the region holds.
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
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className} id={id}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column's header: its label, and whether it holds numbers (aligned as numbers). */
export type ColumnHead = { label: string; numeric?: boolean };

/** A table's head: one row of column headers. */
export function TableHead({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, numeric }, index) => (
          <th key={index} scope="col" className={numeric ? 'numeric' : undefined}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
