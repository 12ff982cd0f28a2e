/**
 * A sentence → its clauses, with where each starts: the unit a kind, a deadline and a quantity
 * belong to. A comma ends a clause; a semicolon (or a colon) also ends a part, the group of
 * clauses a time word at its start governs (docs/data.md, "A deadline only where the sentence
 * gives it to the clause"). Punctuation inside quotation marks and brackets ends nothing: “日周月”
 * and (简称“1358”攻坚方案) stay inside their clause.
 */

export type Clause = {
  /** Position among the sentence's clauses. */
  index: number;
  /** Position of the part (the run of clauses between semicolons) it belongs to. */
  part: number;
  /** Offset of its first character in the sentence. */
  start: number;
  /** The clause without the punctuation that ends it. */
  text: string;
  /** The first clause of its part. */
  opensPart: boolean;
};

const COMMA = /[,，、]/;
const PART_END = /[;；:：。!！?？]/;
const OPEN = '“‘「『（(《〈';
const CLOSE = '”’」』）)》〉';
/** Longest quoted or bracketed span read as one name (“一项目一方案一专班”, (简称“1358”攻坚方案)). */
const QUOTED_NAME = 40;

export function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let part = 0;
  let opensPart = true;
  const close = (end: number, endsPart: boolean) => {
    const text = sentence.slice(start, end);
    if (text.trim() !== '') {
      clauses.push({ index: clauses.length, part, start, text, opensPart });
      opensPart = false;
    }
    if (endsPart && !opensPart) {
      part += 1;
      opensPart = true;
    }
    start = end + 1;
  };
  for (let i = 0; i < sentence.length; i += 1) {
    const char = sentence[i]!;
    const opened = OPEN.indexOf(char);
    if (opened >= 0) {
      // A short quoted name or slogan is skipped whole; a quotation that runs on (a speaker's
      // whole sentence) is read clause by clause like the rest.
      const end = sentence.indexOf(CLOSE[opened]!, i + 1);
      if (end > 0 && end - i <= QUOTED_NAME && !PART_END.test(sentence.slice(i, end))) i = end;
    } else if (COMMA.test(char) && char !== '、') close(i, false);
    else if (PART_END.test(char)) close(i, true);
  }
  close(sentence.length, true);
  return clauses;
}
