import { useId } from 'react';
import type { Report, Source, SourceRef, Target } from '@/data/schema';
import type { FollowUp } from '@/data/tracking/follow-up';
import { AppLink } from '@/components/ui/app-link';
import { formatDate } from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
import type { Evidence } from '@/tracker/tracker';
import { CopyCitation, useAbsoluteLink } from './copy-citation';
import { useRecordLabels } from './labels';
import { citeSentence } from './model/citation';
import { quotePath } from './source-quotes';
import { sourceName } from './record-names';
import { Section } from '@/components/ui/section';

const messages = defineMessages({
  zh: {
    title: '记录历程',
    intro: '这条记录的每一次见报、进展报告和你的跟进，最新的在前。',
    mention: '见报',
    report: '进展报告：{status}',
    followUp: '我的跟进：{status}',
    targetFollowUp: '我对目标“{target}”的跟进：{status}',
    onPage: '见{page}',
    later: '（晚于截至日期，尚未计入）',
  },
  en: {
    title: 'History',
    intro:
      'Every time a page reported this record, every progress report and your follow-ups, newest first.',
    mention: 'Reported',
    report: 'Progress report: {status}',
    followUp: 'My follow-up: {status}',
    targetFollowUp: 'My follow-up on the target “{target}”: {status}',
    onPage: 'on {page}',
    later: ' (after the as-of date, not counted yet)',
  },
});

type Item = {
  key: string;
  date: string;
  kind: 'mention' | 'report' | 'follow-up';
  title: string;
  ref?: SourceRef;
  note?: string;
  /** The target page a follow-up on one of the record's targets links to. */
  href?: string;
};

/** A follow-up on a target of the record (a project's history shows its targets' follow-ups). */
export type TargetFollowUp = { target: Target; followUp: FollowUp };

/**
 * A record's history as a dated timeline, newest first: each page that mentions it (with its
 * sentence), each progress report (with its sentence), each of the reader's follow-ups.
 */
export function RecordHistory({
  refs,
  evidence = [],
  reports = [],
  targetFollowUps = [],
  sources,
  asOf,
}: {
  refs: readonly SourceRef[];
  /** A target's reports and follow-ups. */
  evidence?: readonly Evidence[];
  /** A project's reports. */
  reports?: readonly Report[];
  /** The reader's follow-ups on a project's targets. */
  targetFollowUps?: readonly TargetFollowUp[];
  sources: ReadonlyMap<string, Source>;
  asOf: string;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const absolute = useAbsoluteLink();
  const quoteId = useId();
  const pageName = (sourceId: string) => {
    const source = sources.get(sourceId);
    return source ? sourceName(source, lang) : sourceId;
  };
  const reportItem = (report: Report): Item => ({
    key: `r:${report.id}`,
    date: report.date,
    kind: 'report',
    title: t('report', {
      status: report.status
        ? labels.status(report.status)
        : report.stage
          ? labels.stage(report.stage)
          : '',
    }),
    ref: report.sourceRef,
    note: pick(lang, report.noteZh ?? '', report.noteEn) || undefined,
  });
  const items: Item[] = [
    ...refs.map((ref, index): Item => ({
      key: `m:${index}`,
      date: sources.get(ref.sourceId)?.publishedOn ?? '',
      kind: 'mention',
      title: t('mention'),
      ref,
    })),
    ...reports.map(reportItem),
    ...evidence.map((item): Item =>
      item.kind === 'report'
        ? reportItem(item.report)
        : {
            key: `f:${item.followUp.id}`,
            date: item.date,
            kind: 'follow-up',
            title: t('followUp', { status: labels.status(item.status) }),
            note: item.followUp.note,
          },
    ),
    ...targetFollowUps.map(({ target, followUp }): Item => ({
      key: `t:${followUp.id}`,
      date: followUp.date,
      kind: 'follow-up',
      title: t('targetFollowUp', {
        target: pick(lang, target.statementZh, target.statementEn),
        status: labels.status(followUp.status),
      }),
      note: followUp.note,
      href: `/targets/${encodeURIComponent(target.id)}`,
    })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <Section id="record-history" title={t('title')}>
      <p className="section-intro">{t('intro')}</p>
      <ol className="record-history">
        {items.map((item) => (
          <li key={item.key} className={`history-${item.kind}`}>
            <p className="history-head">
              <time dateTime={item.date}>{item.date ? formatDate(item.date, lang) : '—'}</time>{' '}
              <strong>
                {item.href ? <AppLink to={item.href}>{item.title}</AppLink> : item.title}
              </strong>
              {item.date > asOf && <span className="history-later">{t('later')}</span>}
            </p>
            {item.ref && (
              <p className="history-quote" id={`${quoteId}-${item.key}`}>
                <q lang="zh-CN">{item.ref.quote}</q>{' '}
                <AppLink to={quotePath(item.ref)}>
                  {t('onPage', { page: pageName(item.ref.sourceId) })}
                </AppLink>
              </p>
            )}
            {/* A report's sentence is cited here; a mention's is the quote block above. */}
            {item.kind === 'report' && item.ref && sources.has(item.ref.sourceId) && (
              <CopyCitation
                describedBy={`${quoteId}-${item.key}`}
                cite={() => {
                  const ref = item.ref!;
                  return citeSentence(
                    {
                      quote: ref.quote,
                      page: sources.get(ref.sourceId)!,
                      link: absolute(quotePath(ref)),
                    },
                    lang,
                  );
                }}
              />
            )}
            {item.note && <p className="history-note">{item.note}</p>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
