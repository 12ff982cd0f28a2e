import { useEffect, useId } from 'react';
import { useLocation } from 'react-router-dom';
import type { SourceRef } from '@/data/schema';
import { CopyCitation, useAbsoluteLink } from '@/components/records/copy-citation';
import { citeSentence } from '@/components/records/model/citation';
import { recordNames } from '@/components/records/record-names';
import { quotePath } from '@/components/records/source-quotes';
import { AppLink } from '@/components/ui/app-link';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import type { SourceSummary, Tracker } from '@/tracker/tracker';

const messages = defineMessages({
  zh: {
    title: '本版面被引用的句子',
    intro:
      '按在版面上出现的先后排列，每句后列出引用它的记录，并可复制该句的引用（引文、版面、日期和链接）。从记录的“出处”链接进入时，该句会高亮显示。只摘引句，不转载全文。',
    report: '进展报告',
    dateEvidence: '日期依据',
    none: '没有。',
  },
  en: {
    title: 'Sentences quoted from this page',
    intro:
      'In the order they appear on the page, each with the records that quote it and its citation to copy (sentence, page, date and link). Following a record’s source link lands on its sentence, highlighted. Only the quoted sentences are shown, never the whole article.',
    report: 'Progress report',
    dateEvidence: 'Date evidence',
    none: 'None.',
  },
});

type Citer = { key: string; label: string; to?: string; kind?: 'report' | 'date' };
type Sentence = { at: number | undefined; quote: string; citers: Citer[] };

/** Every quoted sentence of one page, in page order, with who quotes it. */
function quotedSentences(
  summary: SourceSummary,
  tracker: Tracker,
  names: {
    project: (id: string) => string;
    target: (id: string) => string;
    figure: (id: string) => string;
    report: string;
    dateEvidence: string;
  },
): Sentence[] {
  const sourceId = summary.source.id;
  const bySentence = new Map<string, Sentence>();
  const add = (ref: SourceRef, citer: Citer) => {
    if (ref.sourceId !== sourceId) return;
    const key = ref.at === undefined ? `quote:${ref.quote}` : `at:${ref.at}`;
    let sentence = bySentence.get(key);
    if (!sentence) bySentence.set(key, (sentence = { at: ref.at, quote: ref.quote, citers: [] }));
    if (!sentence.citers.some((c) => c.key === citer.key)) sentence.citers.push(citer);
  };
  for (const ref of summary.source.dateEvidenceRefs)
    add(ref, { key: 'date', label: names.dateEvidence, kind: 'date' });
  // Each kind of record the page states: the key prefix of its citers, its path, its name.
  const kinds = [
    {
      prefix: 'p',
      path: 'projects',
      name: names.project,
      records: summary.projects.map((r) => r.project),
    },
    {
      prefix: 't',
      path: 'targets',
      name: names.target,
      records: summary.targets.map((r) => r.target),
    },
    {
      prefix: 'f',
      path: 'figures',
      name: names.figure,
      records: summary.figures.map((r) => r.figure),
    },
  ];
  for (const { prefix, path, name, records } of kinds)
    for (const record of records)
      for (const ref of record.sourceRefs)
        add(ref, {
          key: `${prefix}:${record.id}`,
          label: name(record.id),
          to: `/${path}/${encodeURIComponent(record.id)}`,
        });
  for (const report of tracker.dataset.reports) {
    const subject = report.targetId ?? report.projectId ?? '';
    add(report.sourceRef, {
      key: `r:${report.id}`,
      label: `${names.report}: ${report.targetId ? names.target(subject) : names.project(subject)}`,
      to: report.targetId
        ? `/targets/${encodeURIComponent(subject)}`
        : `/projects/${encodeURIComponent(subject)}`,
      kind: 'report',
    });
  }
  return [...bySentence.values()].sort(
    (a, b) => (a.at ?? Number.MAX_SAFE_INTEGER) - (b.at ?? Number.MAX_SAFE_INTEGER),
  );
}

/**
 * The page's quoted sentences in page order, each with a stable anchor (`#q-<at>`). Arriving
 * with an anchor scrolls to that sentence and moves focus there; CSS highlights it (:target).
 */
export function QuotedSentences({
  summary,
  tracker,
}: {
  summary: SourceSummary;
  tracker: Tracker;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const { hash } = useLocation();
  const absolute = useAbsoluteLink();
  const quoteIdPrefix = useId();
  const sentences = quotedSentences(summary, tracker, {
    ...recordNames(tracker, lang),
    report: t('report'),
    dateEvidence: t('dateEvidence'),
  });
  useEffect(() => {
    if (!hash.startsWith('#q-')) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [hash]);
  return (
    <section aria-labelledby="source-sentences">
      <h2 id="source-sentences">{t('title')}</h2>
      <p className="section-intro">{t('intro')}</p>
      {sentences.length ? (
        <ol className="quoted-sentences">
          {sentences.map((sentence, index) => (
            <li
              key={sentence.at ?? sentence.quote}
              id={sentence.at === undefined ? undefined : `q-${sentence.at}`}
              tabIndex={-1}
              aria-current={hash === `#q-${sentence.at}` ? 'location' : undefined}
            >
              <blockquote lang="zh-CN" id={`${quoteIdPrefix}-${index}`}>
                {sentence.quote}
              </blockquote>
              <ul className="inline-list quoted-by">
                {sentence.citers.map((citer) => (
                  <li key={citer.key} className={citer.kind ? `cited-${citer.kind}` : undefined}>
                    {citer.to ? <AppLink to={citer.to}>{citer.label}</AppLink> : citer.label}
                  </li>
                ))}
              </ul>
              <CopyCitation
                describedBy={`${quoteIdPrefix}-${index}`}
                cite={() =>
                  citeSentence(
                    {
                      quote: sentence.quote,
                      page: summary.source,
                      link: absolute(
                        quotePath({
                          sourceId: summary.source.id,
                          quote: sentence.quote,
                          at: sentence.at,
                        }),
                      ),
                    },
                    lang,
                  )
                }
              />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('none')}</p>
      )}
    </section>
  );
}
