import { defineMessages, useLang, useT } from '@/lib/i18n';
import { MarkedText } from '@/components/ui/marked-text';

const messages = defineMessages({
  zh: {
    englishOnly: '英文说明（点开查看）',
  },
  en: {
    englishOnly: 'English note',
  },
});

/**
 * A note the dataset has only in English (a page's date evidence, a deadline's note). In the
 * English UI it is plain text; in the Chinese UI it waits behind a labelled disclosure, marked
 * `lang="en"`, so the Chinese page reads Chinese and the note is one tap away. When the dataset
 * adds the Chinese text, the caller shows that instead.
 */
export function EnglishOnlyNote({ text }: { text: string }) {
  const t = useT(messages);
  const { lang } = useLang();
  if (lang === 'en')
    return (
      <span>
        <MarkedText text={text} />
      </span>
    );
  return (
    <details className="english-note">
      <summary>{t('englishOnly')}</summary>
      <p lang="en">{text}</p>
    </details>
  );
}
