/**
 * An article's text → paragraphs → sentences. The text files came out of a page layout, so a
 * sentence can be cut by a page break and blank lines in the middle of a word (110余 / 户业主):
 * a line of prose that does not end a sentence is joined to the next line, and the whitespace
 * inside prose is removed (Chinese puts none between words). Headings keep single spaces.
 */
import { compactText } from './provenance';

export type Paragraph = {
  /** Position among the article's paragraphs. */
  index: number;
  text: string;
  /** A line with no sentence punctuation: a headline, a kicker or a byline. */
  heading: boolean;
};

export type Sentence = {
  /** Position among the article's sentences. */
  index: number;
  paragraph: number;
  heading: boolean;
  text: string;
};

/** Punctuation that only prose has: a line with none of it is a heading. */
const PROSE_MARK = /[,，;；。!！?？、]/;
/**
 * A line that ends like this ends its sentence (”: a quoted sentence, ：a lead-in; 摄 and 文/图
 * end a photo credit).
 */
const SENTENCE_END = /(?:[。!！?？：:…]|[。!！?？]["”’」』)）]|摄|文\/图)$/;

export function paragraphsOf(article: string): Paragraph[] {
  const lines = article
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const merged: { text: string; heading: boolean }[] = [];
  let open: { text: string; heading: boolean } | undefined;
  for (const line of lines) {
    const prose = PROSE_MARK.test(line);
    // The previous prose line stopped mid-sentence: a line of prose goes on with it (a heading
    // after it means the line was complete after all).
    if (open && (prose || SENTENCE_END.test(line))) {
      open.text += line;
      if (SENTENCE_END.test(line)) open = undefined;
      continue;
    }
    open = undefined;
    const paragraph = { text: line, heading: !prose };
    merged.push(paragraph);
    if (prose && !SENTENCE_END.test(line)) open = paragraph;
  }
  return merged.map((p, index) => ({
    index,
    heading: p.heading,
    text: p.heading ? p.text.replace(/\s+/g, ' ') : compactText(p.text),
  }));
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** An opening quotation mark the segmenter leaves at the end of the sentence before it. */
const OPENING = /[“‘「『（(]+$/;

export function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    // An opening mark at a segment's end belongs to the next sentence: 会议要求。“各项目…。”
    let carried = '';
    for (const { segment } of segmenter.segment(paragraph.text)) {
      const whole = carried + segment.trim();
      carried = OPENING.exec(whole)?.[0] ?? '';
      const text = whole.slice(0, whole.length - carried.length);
      if (text === '') continue;
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        heading: paragraph.heading,
        text,
      });
    }
    const last = sentences.at(-1);
    if (carried && last?.paragraph === paragraph.index) last.text += carried;
  }
  return sentences;
}
