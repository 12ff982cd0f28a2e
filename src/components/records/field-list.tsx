import type { ReactNode } from 'react';
import { MarkedText } from '@/components/ui/marked-text';

/** Label–value pairs of a record, as a description list; empty values are left out. */
export function FieldList({ fields }: { fields: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="field-list">
      {fields
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{typeof value === 'string' ? <MarkedText text={value} /> : value}</dd>
          </div>
        ))}
    </dl>
  );
}
