import type { ReactNode } from 'react';
import type { Source } from '@/data/schema';
import { AppLink } from '@/components/ui/app-link';
import { formatDate } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { sourceName } from './record-names';

const messages = defineMessages({
  zh: { inferred: '日期为推断' },
  en: { inferred: 'date inferred' },
});

/** A source page in a list: its headline linked to its page, its date, and whether it was inferred. */
export function SourceListItem({ source, children }: { source: Source; children?: ReactNode }) {
  const t = useT(messages);
  const { lang } = useLang();
  return (
    <li>
      <AppLink to={`/sources/${encodeURIComponent(source.id)}`}>{sourceName(source, lang)}</AppLink>
      <span className="list-meta">
        {formatDate(source.publishedOn, lang)}
        {source.dateCertainty === 'inferred' && ` (${t('inferred')})`}
        {children}
      </span>
    </li>
  );
}
