import type { Source } from '@/data/schema';
import { formatDate } from '@/lib/format';
import type { Lang } from '@/lib/i18n';

/**
 * Citations a reader copies: a quoted sentence with its page, the page's date and the app's
 * link to the sentence. The dataset names no newspaper (the archived pages do not print one),
 * so a page is cited by its headline and its id, never by an invented paper name. Two forms:
 *
 * - `text`, one line in the reader's language, for an article or a footnote:
 *   「…」——《headline》（版面 id），2024年2月28日（日期为推断），link
 * - `plain`, labelled lines with an ISO date, for a newsroom's notes or a plain-text editor.
 *
 * Pure; citation.test.ts.
 */

export type CitedPage = Pick<
  Source,
  'id' | 'headlinesZh' | 'headlinesEn' | 'publishedOn' | 'dateCertainty'
>;

export type CitedSentence = {
  /** The sentence as printed (Chinese). */
  quote: string;
  page: CitedPage;
  /** The app's absolute link to the sentence's anchor on its page. */
  link: string;
};

export type Citation = { text: string; plain: string };

const headline = (page: CitedPage, lang: Lang) =>
  (lang === 'en' ? page.headlinesEn[0] : page.headlinesZh[0]) ?? page.id;

/** One sentence's citation in both forms. */
export function citeSentence({ quote, page, link }: CitedSentence, lang: Lang): Citation {
  const inferred = page.dateCertainty === 'inferred';
  const date = formatDate(page.publishedOn, lang);
  const zhHeadline = headline(page, 'zh');
  if (lang === 'zh')
    return {
      text: `「${quote}」——《${zhHeadline}》（版面 ${page.id}），${date}${inferred ? '（日期为推断）' : ''}，${link}`,
      plain: [
        `引文：${quote}`,
        `版面：${zhHeadline}（${page.id}）`,
        `刊出日期：${page.publishedOn}${inferred ? '（推断）' : ''}`,
        `链接：${link}`,
      ].join('\n'),
    };
  const enHeadline = headline(page, 'en');
  return {
    text: `“${quote}” — 《${zhHeadline}》 (“${enHeadline}”), page ${page.id}, ${date}${inferred ? ' (date inferred)' : ''}, ${link}`,
    plain: [
      `Quote: ${quote}`,
      `Page: ${zhHeadline} / ${enHeadline} (${page.id})`,
      `Published: ${page.publishedOn}${inferred ? ' (inferred)' : ''}`,
      `Link: ${link}`,
    ].join('\n'),
  };
}

/**
 * A record's citation: its name and link, then each of its sentences cited (one per line in
 * the reader's form, one block each in the plain form).
 */
export function citeRecord(
  record: { title: string; link: string },
  sentences: readonly CitedSentence[],
  lang: Lang,
): Citation {
  const cited = sentences.map((sentence) => citeSentence(sentence, lang));
  const head =
    lang === 'zh' ? `${record.title}（${record.link}）` : `${record.title} (${record.link})`;
  const plainHead =
    lang === 'zh'
      ? `记录：${record.title}\n链接：${record.link}`
      : `Record: ${record.title}\nLink: ${record.link}`;
  return {
    text: [head, ...cited.map((c) => c.text)].join('\n'),
    plain: [plainHead, ...cited.map((c) => c.plain)].join('\n\n'),
  };
}
