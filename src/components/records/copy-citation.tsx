import { useCallback } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { withDatasetParam } from '@/components/ui/app-link';
import { copyText } from '@/components/ui/clipboard';
import { shareableLink } from '@/components/ui/copy-link-button';
import { CopyStatus, useCopyOutcome } from '@/components/ui/copy-status';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import type { Citation } from './model/citation';

const messages = defineMessages({
  zh: {
    copy: '复制引用',
    copyPlain: '复制纯文本',
    copyAll: '复制本条记录的引用',
    copied: '已复制引用（引文、版面、日期和链接）',
    copiedPlain: '已复制纯文本引用（引文、版面、日期和链接）',
    manual: '浏览器不允许自动复制，请手动复制以下引用：',
  },
  en: {
    copy: 'Copy citation',
    copyPlain: 'Copy as plain text',
    copyAll: 'Copy this record’s citation',
    copied: 'Citation copied (sentence, page, date and link)',
    copiedPlain: 'Plain-text citation copied (sentence, page, date and link)',
    manual: 'The browser refused to copy; copy the citation yourself:',
  },
});

/**
 * The app's absolute link to an in-app path, as a reader shares it: with the base the app is
 * served from, the `?data=` in view, and `?lang=en` while the UI is English.
 */
export function useAbsoluteLink(): (path: string) => string {
  const { search } = useLocation();
  const { lang } = useLang();
  const root = useHref('/');
  return useCallback(
    (path: string) => {
      const to = String(withDatasetParam(path, search));
      const url = new URL(`${root.replace(/\/$/, '')}${to}`, window.location.origin);
      return shareableLink(url.href, lang);
    },
    [search, lang, root],
  );
}

/**
 * Two buttons that copy a citation (lib: model/citation.ts) in the reader's form or as plain
 * text, and say so to screen readers (a live status); where the browser refuses, the citation
 * is shown selected, to copy by hand. `cite` builds the citation on click, so a long list of
 * sentences builds none until asked. `describedBy` names what is cited (the sentence).
 */
export function CopyCitation({
  cite,
  describedBy,
  whole = false,
}: {
  cite: () => Citation;
  describedBy?: string;
  /** The button of a whole record (its name says so). */
  whole?: boolean;
}) {
  const t = useT(messages);
  const { outcome, setOutcome, field } = useCopyOutcome<{ plain: boolean }>();
  const copy = async (plain: boolean) => {
    const citation = cite();
    const text = plain ? citation.plain : citation.text;
    setOutcome((await copyText(text)) ? { kind: 'copied', plain } : { kind: 'manual', text });
  };
  return (
    <div className="copy-citation">
      <button
        type="button"
        className="button button-secondary"
        aria-describedby={describedBy}
        onClick={() => void copy(false)}
      >
        {whole ? t('copyAll') : t('copy')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        aria-describedby={describedBy}
        onClick={() => void copy(true)}
      >
        {t('copyPlain')}
      </button>
      <CopyStatus
        name="copy-citation"
        manual={t('manual')}
        copied={outcome?.kind === 'copied' && t(outcome.plain ? 'copiedPlain' : 'copied')}
        outcome={outcome}
        field={field}
        rows={4}
      />
    </div>
  );
}
