import { useId, useMemo, useRef, useState } from 'react';
import type { Source } from '@/data/schema';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { PHONE_QUERY, useMediaQuery } from '@/components/ui/use-media-query';
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
    notADate: '请输入完整的日期（年、月、日）。',
    tooEarly: '日期须在 {year} 年或之后：最早的版面刊于 {year} 年。',
    tooLate: '日期须在 {year} 年或之前。',
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
    notADate: 'Enter a whole date (year, month and day).',
    tooEarly: 'The date must be in {year} or later: the earliest page was printed in {year}.',
    tooLate: 'The date must be in {year} or earlier.',
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

/** The latest year the as-of date may name: far enough for any pledge, short of typos. */
export const LATEST_AS_OF_YEAR = 2100;

/**
 * Why a typed as-of date cannot be used, or null: it must be a whole date, in the year of the
 * earliest page or later (nothing was promised before it), and not beyond LATEST_AS_OF_YEAR.
 */
export function asOfProblem(
  value: string,
  earliestYear: number,
): { kind: 'not-a-date' } | { kind: 'too-early' | 'too-late'; year: number } | null {
  if (!isIsoDate(value)) return { kind: 'not-a-date' };
  const year = Number(value.slice(0, 4));
  if (year < earliestYear) return { kind: 'too-early', year: earliestYear };
  if (year > LATEST_AS_OF_YEAR) return { kind: 'too-late', year: LATEST_AS_OF_YEAR };
  return null;
}

/**
 * The date control for `asOf`, with today and each page's date as one-click choices. A typed
 * date is applied once, when it is committed (Enter, leaving the field, or a pick in the
 * browser's calendar), so typing 2021-04-30 digit by digit makes one history entry, not one
 * per keystroke through 0002, 0020 and 0202.
 */
export function AsOfControl({ sources }: { sources: readonly Source[] }) {
  const t = useT(messages);
  const { lang } = useLang();
  const id = useId();
  const { asOf, explicit, ignored, setAsOf } = useAsOf();
  const pageDates = useMemo(() => quickPickSources(sources), [sources]);
  const earliestYear = useMemo(
    () =>
      Math.min(...sources.map((s) => Number(s.publishedOn.slice(0, 4))), Number(asOf.slice(0, 4))),
    [sources, asOf],
  );
  // The text being edited; null shows the URL's date (after a commit, back or a pasted link).
  const [draft, setDraft] = useState<{ text: string; for: string } | null>(null);
  const editing = draft !== null && draft.for === asOf ? draft.text : null;
  const [problem, setProblem] = useState<ReturnType<typeof asOfProblem>>(null);
  // Set while keys are being typed; a change without a key press is a pick in the calendar.
  const typing = useRef(false);
  const commit = (value: string) => {
    typing.current = false;
    if (value === asOf) {
      setDraft(null);
      setProblem(null);
      return;
    }
    const found = asOfProblem(value, earliestYear);
    setProblem(found);
    if (found) return;
    setDraft(null);
    setAsOf(value);
  };
  const problemText =
    problem === null
      ? null
      : problem.kind === 'not-a-date'
        ? t('notADate')
        : t(problem.kind === 'too-early' ? 'tooEarly' : 'tooLate', { year: problem.year });
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
          value={editing ?? asOf}
          min={`${earliestYear}-01-01`}
          max={`${LATEST_AS_OF_YEAR}-12-31`}
          aria-invalid={problemText !== null}
          aria-describedby={`${id}-explain${problemText ? ` ${id}-problem` : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(event.currentTarget.value);
            else typing.current = true;
          }}
          onChange={(event) => {
            const next = event.target.value;
            setDraft({ text: next, for: asOf });
            if (!typing.current && next !== '') commit(next);
          }}
          onBlur={(event) => {
            if (editing !== null) commit(event.currentTarget.value);
            typing.current = false;
          }}
        />
        {problemText && (
          <p id={`${id}-problem`} className="as-of-problem" role="alert">
            {problemText}
          </p>
        )}
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
