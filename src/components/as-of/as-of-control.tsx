import { useId, useMemo } from 'react';
import type { Source } from '@/data/schema';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { PHONE_QUERY, useMediaQuery } from '@/components/ui/use-media-query';
import { useUrlBoundValue } from '@/components/filters/use-url-bound-value';
import { formatDate } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { isIsoDate } from '@/lib/url-state';
import { useAsOf } from '@/tracker/use-as-of';

const messages = defineMessages({
  zh: {
    title: '截至日期',
    explain: '截止状态按此日期判断。选一个版面日期，可看到该版面刊出当天的情况。',
    quickPicks: '快速选择',
    morePicks: '版面日期…',
    today: '今天',
    pageDates: '版面日期',
    inferredMark: '*',
    inferredHidden: '（推断）',
    inferredNote: '* 日期由版面内容推断。',
    asOfParam: '截至日期',
  },
  en: {
    title: 'As of',
    explain:
      'Deadline states are judged on this day. Pick a page’s date to see the situation on the day it was printed.',
    quickPicks: 'Quick picks',
    morePicks: 'Page dates…',
    today: 'Today',
    pageDates: 'Page dates',
    inferredMark: '*',
    inferredHidden: ' (inferred)',
    inferredNote: '* date inferred from the page’s content.',
    asOfParam: 'as of',
  },
});

/** Beyond this many page dates, only the latest are offered as one-click choices. */
export const MAX_QUICK_PICKS = 10;

/** One source per publication date, oldest first; the latest MAX_QUICK_PICKS of them. */
export function quickPickSources(sources: readonly Source[]): Source[] {
  const byDate = new Map<string, Source>();
  for (const source of sources) {
    const known = byDate.get(source.publishedOn);
    // An exact date wins over an inferred one for the same day.
    if (!known || (known.dateCertainty === 'inferred' && source.dateCertainty === 'exact'))
      byDate.set(source.publishedOn, source);
  }
  return [...byDate.values()]
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))
    .slice(-MAX_QUICK_PICKS);
}

/** The date control for `asOf`, with today and each page's date as one-click choices. */
export function AsOfControl({ sources }: { sources: readonly Source[] }) {
  const t = useT(messages);
  const { lang } = useLang();
  const id = useId();
  const { asOf, explicit, ignored, setAsOf } = useAsOf();
  const [text, setText] = useUrlBoundValue(asOf);
  const pageDates = useMemo(() => quickPickSources(sources), [sources]);
  const phone = useMediaQuery(PHONE_QUERY);
  const picks = (
    <>
      <div className="as-of-picks" role="group" aria-label={t('quickPicks')}>
        <button
          type="button"
          className="chip"
          aria-pressed={!explicit}
          onClick={() => setAsOf(null)}
        >
          {t('today')}
        </button>
        <span className="as-of-picks-label" aria-hidden="true">
          {t('pageDates')}
        </span>
        {pageDates.map((source) => (
          <button
            key={source.publishedOn}
            type="button"
            className="chip"
            aria-pressed={explicit && asOf === source.publishedOn}
            aria-label={`${t('pageDates')} ${formatDate(source.publishedOn, lang)}${
              source.dateCertainty === 'inferred' ? t('inferredHidden') : ''
            }`}
            onClick={() => setAsOf(source.publishedOn)}
          >
            {formatDate(source.publishedOn, lang, 'short')}
            {source.dateCertainty === 'inferred' && (
              <span aria-hidden="true">{t('inferredMark')}</span>
            )}
          </button>
        ))}
      </div>
      <p id={`${id}-explain`} className="as-of-explain">
        {t('explain')}
        {pageDates.some((s) => s.dateCertainty === 'inferred') && ` ${t('inferredNote')}`}
      </p>
    </>
  );
  return (
    <section className="as-of" aria-labelledby={`${id}-title`}>
      <div className="as-of-field">
        <label id={`${id}-title`} htmlFor={id} className="as-of-label">
          {t('title')}
        </label>
        <input
          id={id}
          type="date"
          value={text}
          aria-describedby={`${id}-explain`}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            if (isIsoDate(next)) setAsOf(next);
          }}
        />
      </div>
      {phone ? (
        // On a phone the choices fold under one line, so the list starts on the first screen.
        <details className="as-of-more">
          <summary>{t('morePicks')}</summary>
          {picks}
        </details>
      ) : (
        picks
      )}
      <IgnoredNotice ignored={ignored} paramLabel={() => t('asOfParam')} />
    </section>
  );
}
