import type { ComponentProps, ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { AppLink } from '@/components/ui/app-link';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { Section } from '@/components/ui/section';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { useTracker } from '@/tracker/use-tracker';
import { RecordHistory } from './record-history';
import { CopyCitation, useAbsoluteLink } from './copy-citation';
import { citeRecord } from './model/citation';
import { quotePath, SourceQuotes } from './source-quotes';

/**
 * A record's page: the way back to its list, the record's name, the button that copies the link
 * to it, then its sections.
 */
export function DetailPage({
  back,
  title,
  children,
}: {
  back: { to: string; label: string };
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className="page detail-page">
      <p className="breadcrumb">
        <AppLink to={back.to}>{back.label}</AppLink>
      </p>
      <h1>{title}</h1>
      <CopyLinkButton />
      {children}
    </article>
  );
}

const messages = defineMessages({
  zh: { sources: '原文出处' },
  en: { sources: 'Source sentences' },
});

/**
 * Where a record comes from: the record's citation to copy (its name, link and every sentence),
 * the sentences it was taken from, each linked to its page, then its history over the pages
 * (with a target's reports and follow-ups, a project's reports).
 */
export function RecordSources({
  id,
  title,
  ...history
}: {
  /** The id of the sentences' heading. */
  id: string;
  /** The record's name as its page's heading shows it (its citation starts with it). */
  title: string;
} & Pick<
  ComponentProps<typeof RecordHistory>,
  'refs' | 'evidence' | 'reports' | 'targetFollowUps'
>) {
  const t = useT(messages);
  const { lang } = useLang();
  const { pathname } = useLocation();
  const { sourceById, asOf } = useTracker();
  const absolute = useAbsoluteLink();
  const cite = () =>
    citeRecord(
      { title, link: absolute(pathname) },
      history.refs.flatMap((ref) => {
        const page = sourceById.get(ref.sourceId);
        return page ? [{ quote: ref.quote, page, link: absolute(quotePath(ref)) }] : [];
      }),
      lang,
    );
  return (
    <>
      <Section id={id} title={t('sources')}>
        <CopyCitation whole cite={cite} />
        <SourceQuotes refs={history.refs} />
      </Section>
      <RecordHistory {...history} sources={sourceById} asOf={asOf} />
    </>
  );
}
