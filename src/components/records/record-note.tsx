import { defineMessages, useLang, useT, type Lang } from '@/lib/i18n';
import { MarkedText } from '@/components/ui/marked-text';

const messages = defineMessages({
  zh: {
    englishOnly: '英文说明（点开查看）',
  },
  en: {
    englishOnly: 'English note',
  },
});

/** A dataset note in its two languages (a deadline's note, a page's date evidence). */
export type NoteTexts = { zh?: string | undefined; en?: string | undefined };

/** Which text a page in `lang` shows, in which language: its own when there is one. */
export type ShownNote = { text: string; lang: Lang };

export function shownNote(lang: Lang, note: NoteTexts): ShownNote | undefined {
  const own = lang === 'zh' ? note.zh : note.en;
  if (own !== undefined) return { text: own, lang };
  const other = lang === 'zh' ? note.en : note.zh;
  return other === undefined ? undefined : { text: other, lang: lang === 'zh' ? 'en' : 'zh' };
}

/** A record id a Chinese note names (guancheng-2021-q1-strong-start), written as code. */
const RECORD_ID = /([a-z0-9]+(?:-[a-z0-9]+)+)/;

/** A Chinese note, the record ids it names marked as code (they are not English words). */
function ChineseNote({ text }: { text: string }) {
  return text
    .split(RECORD_ID)
    .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/**
 * A dataset note shown in the page's language. When the dataset has it only in the other
 * language: in the Chinese UI the English note waits behind a labelled disclosure, marked
 * `lang="en"`, so the Chinese page reads Chinese and the note is one tap away; in the English
 * UI the Chinese note shows marked `lang="zh-CN"`. A Chinese note keeps the record ids it names
 * as code, not as words of English. Nothing when there is no note.
 */
export function RecordNote({ zh, en }: NoteTexts) {
  const t = useT(messages);
  const { lang } = useLang();
  const shown = shownNote(lang, { zh, en });
  if (!shown) return null;
  if (shown.lang === 'zh')
    return (
      <span lang={lang === 'zh' ? undefined : 'zh-CN'}>
        <ChineseNote text={shown.text} />
      </span>
    );
  if (shown.lang === lang)
    return (
      <span>
        <MarkedText text={shown.text} />
      </span>
    );
  return (
    <details className="english-note">
      <summary>{t('englishOnly')}</summary>
      <p lang="en">{shown.text}</p>
    </details>
  );
}
