import { useId } from 'react';
import type { SourceRef } from '@/data/schema';
import { useTracker } from '@/tracker/use-tracker';
import { AppLink } from '@/components/ui/app-link';
import { formatDate } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { CopyCitation, useAbsoluteLink } from './copy-citation';
import { citeSentence } from './model/citation';
import { sourceName } from './record-names';

const messages = defineMessages({
  zh: { from: '出自', inferred: '日期为推断' },
  en: { from: 'From', inferred: 'date inferred' },
});

/** Where a record's quote is on its source page: the page, at its sentence when it is placed. */
export const quotePath = (ref: SourceRef) =>
  `/sources/${encodeURIComponent(ref.sourceId)}${ref.at === undefined ? '' : `#q-${ref.at}`}`;

/**
 * The sentences a record was taken from, verbatim, each linked to its source page so a reader
 * can check it in context, and each with its citation to copy. Quotes are Chinese whatever the
 * interface language.
 */
export function SourceQuotes({ refs }: { refs: readonly SourceRef[] }) {
  const t = useT(messages);
  const { lang } = useLang();
  const sources = useTracker().sourceById;
  const absolute = useAbsoluteLink();
  const id = useId();
  return (
    <ul className="source-quotes">
      {refs.map((ref, index) => {
        const source = sources.get(ref.sourceId);
        const quoteId = `${id}-${index}`;
        return (
          <li key={`${ref.sourceId}-${index}`}>
            <blockquote lang="zh-CN" id={quoteId}>
              {ref.quote}
            </blockquote>
            <p className="quote-source">
              {t('from')}{' '}
              <AppLink to={quotePath(ref)}>
                {source ? sourceName(source, lang) : ref.sourceId}
              </AppLink>
              {source && (
                <>
                  {' · '}
                  {formatDate(source.publishedOn, lang)}
                  {source.dateCertainty === 'inferred' && ` (${t('inferred')})`}
                </>
              )}
            </p>
            {source && (
              <CopyCitation
                describedBy={quoteId}
                cite={() =>
                  citeSentence(
                    { quote: ref.quote, page: source, link: absolute(quotePath(ref)) },
                    lang,
                  )
                }
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
