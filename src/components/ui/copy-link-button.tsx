import { defineMessages, searchWithLang, useLang, useT, type Lang } from '@/lib/i18n';
import { CopyStatus, useCopyOutcome } from './copy-status';

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
  const { outcome, setOutcome, field } = useCopyOutcome();
  const copy = async () => {
    const link = shareableLink(window.location.href, lang);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', text: link });
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {t('copy')}
      </button>
      <CopyStatus
        name="copy-link"
        manual={t('manual')}
        copied={t('copied')}
        outcome={outcome}
        field={field}
      />
    </div>
  );
}
