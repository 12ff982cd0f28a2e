import type { ReactNode } from 'react';

/** A page's section under its h2 heading; the heading's id names the section for assistive tech. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
