import { useEffect, useId, useRef, useState } from 'react';
import { defineMessages, searchWithLang, useLang, useT, type Lang } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    copy: '复制链接',
    copied: '已复制本页链接（含当前筛选和语言）',
    manual: '无法自动复制，请手动复制此链接：',
  },
  en: {
    copy: 'Copy link',
    copied: 'Link to this view copied (with its filters and language)',
    manual: 'The browser refused to copy; copy this link yourself:',
  },
});

/** How long the confirmation stays. */
const CONFIRM_MS = 4000;

/** The address of the view as shown, with the UI's language in it (`?lang=en` for English). */
export function shareableLink(href: string, lang: Lang): string {
  const url = new URL(href);
  url.search = searchWithLang(url.search, lang);
  return url.href;
}

/**
 * Copies the link to the view as shown (filters, sort, as-of date, language) and says so.
 * Where the clipboard is refused (no permission, an insecure page), the link is shown selected
 * in a field, to copy by hand.
 */
export function CopyLinkButton() {
  const t = useT(messages);
  const { lang } = useLang();
  const id = useId();
  const [outcome, setOutcome] = useState<{ kind: 'copied' } | { kind: 'manual'; link: string }>();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (outcome?.kind === 'manual') field.current?.select();
    if (outcome?.kind !== 'copied') return;
    const timer = setTimeout(() => setOutcome(undefined), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    const link = shareableLink(window.location.href, lang);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', link });
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {t('copy')}
      </button>
      <p className="copy-link-status" role="status" data-testid="copy-link-status">
        {outcome?.kind === 'copied' && t('copied')}
        {outcome?.kind === 'manual' && (
          <>
            <label htmlFor={id}>{t('manual')}</label>
            <input
              id={id}
              ref={field}
              className="copy-link-field"
              readOnly
              value={outcome.link}
              onFocus={(event) => event.target.select()}
            />
          </>
        )}
      </p>
    </div>
  );
}
