import type { ComponentProps, ReactNode } from 'react';
import { AppLink } from '@/components/ui/app-link';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { Section } from '@/components/ui/section';
import { defineMessages, useT } from '@/lib/i18n';
import { useTracker } from '@/tracker/use-tracker';
import { RecordHistory } from './record-history';
import { SourceQuotes } from './source-quotes';

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
 * Where a record comes from: the sentences it was taken from, each linked to its page, then its
 * history over the pages (with a target's reports and follow-ups, a project's reports).
 */
export function RecordSources({
  id,
  ...history
}: {
  /** The id of the sentences' heading. */
  id: string;
} & Pick<
  ComponentProps<typeof RecordHistory>,
  'refs' | 'evidence' | 'reports' | 'targetFollowUps'
>) {
  const t = useT(messages);
  const { sourceById, asOf } = useTracker();
  return (
    <>
      <Section id={id} title={t('sources')}>
        <SourceQuotes refs={history.refs} />
      </Section>
      <RecordHistory {...history} sources={sourceById} asOf={asOf} />
    </>
  );
}
