import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { uiMessages } from './messages';

/**
 * A table in its scrolling frame: a focusable region named by the table's caption and the hint
 * that it scrolls, so a keyboard can scroll a wide table, a screen reader announces what the
 * region holds, and the region's name differs from the section's around it.
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
      <table className={className} id={id}>
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
