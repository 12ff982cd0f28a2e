import { FOLDED_CLASSES, foldForSearch } from './search-text';

/**
 * Where a search matched, for `<mark>`: the text is folded as the search folds it
 * (search-text.ts), keeping track of where each folded character comes from, so a match found in
 * the folded text is marked in the text as printed. Only the search page uses it.
 */

/** A folded text with, for each of its UTF-16 units, the span of the original text it comes from. */
export type FoldedWithOrigins = {
  text: string;
  /** Where in the original text the unit at the same index of `text` starts. */
  starts: readonly number[];
  /** Where it ends (exclusive). */
  ends: readonly number[];
};

/** One folded character and the span of the original it comes from; `dash` when it stands for a run of dashes. */
type Unit = { char: string; start: number; end: number; dash?: boolean };

/** A base character with the combining marks (and Hangul vowel and final jamo) that follow it. */
const CLUSTER = /[\s\S][\p{M}\u1160-\u11FF\uD7B0-\uD7FF]*/gu;

/**
 * `foldForSearch`, keeping track of where each folded character comes from, so a match found in
 * the folded text can be marked in the original. Null in the rare case where folding piece by
 * piece does not give the same text as folding the whole (a capital sigma at a word's end, a
 * composition across characters): a match then goes unmarked rather than marked in the wrong
 * place.
 */
export function foldWithOrigins(text: string): FoldedWithOrigins | null {
  // 1. NFKC, invisible characters and case, cluster by cluster.
  const folded: Unit[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const start = match.index;
    const end = start + match[0].length;
    const out = match[0].normalize('NFKC').replace(FOLDED_CLASSES.invisible, '').toLowerCase();
    for (const char of out) folded.push({ char, start, end });
  }
  // 2. Dash runs become one "-".
  const dashed: Unit[] = [];
  for (const unit of folded) {
    const last = dashed[dashed.length - 1];
    if (!FOLDED_CLASSES.dash.test(unit.char)) dashed.push(unit);
    else if (last?.dash) last.end = unit.end;
    else dashed.push({ char: '-', start: unit.start, end: unit.end, dash: true });
  }
  // 3. Whitespace: gone next to wide characters and at either end, else one space per run.
  const spaced: Unit[] = [];
  for (let i = 0; i < dashed.length;) {
    const unit = dashed[i] as Unit;
    if (!FOLDED_CLASSES.space.test(unit.char)) {
      spaced.push(unit);
      i += 1;
      continue;
    }
    let j = i;
    while (j < dashed.length && FOLDED_CLASSES.space.test((dashed[j] as Unit).char)) j += 1;
    const before = spaced[spaced.length - 1];
    const after = dashed[j];
    if (
      before &&
      after &&
      !FOLDED_CLASSES.wide.test(before.char) &&
      !FOLDED_CLASSES.wide.test(after.char)
    )
      spaced.push({ char: ' ', start: unit.start, end: (dashed[j - 1] as Unit).end });
    i = j;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  for (const unit of spaced) {
    out += unit.char;
    for (let k = 0; k < unit.char.length; k++) {
      starts.push(unit.start);
      ends.push(unit.end);
    }
  }
  return out === foldForSearch(text) ? { text: out, starts, ends } : null;
}

/** A piece of a text, marked when a search term matched it. */
export type MarkedSegment = { text: string; marked: boolean };

/**
 * The text cut into pieces where the terms match it (after folding both), for `<mark>`. Every
 * occurrence of every term is marked; overlapping marks merge. The pieces join to the text.
 */
export function markMatches(text: string, terms: readonly string[]): MarkedSegment[] {
  const folded = terms.length ? foldWithOrigins(text) : null;
  if (!folded) return text ? [{ text, marked: false }] : [];
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + 1))
      ranges.push([folded.starts[at] as number, folded.ends[at + term.length - 1] as number]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: MarkedSegment[] = [];
  let cursor = 0;
  let open: [number, number] | undefined;
  const close = () => {
    if (!open) return;
    if (open[0] > cursor) segments.push({ text: text.slice(cursor, open[0]), marked: false });
    segments.push({ text: text.slice(open[0], open[1]), marked: true });
    cursor = open[1];
    open = undefined;
  };
  for (const range of ranges) {
    if (open && range[0] <= open[1]) open[1] = Math.max(open[1], range[1]);
    else {
      close();
      open = [range[0], range[1]];
    }
  }
  close();
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** How many of the terms the folded text contains. */
export const termsFound = (folded: string, terms: readonly string[]) =>
  terms.reduce((n, term) => (folded.includes(term) ? n + 1 : n), 0);

/**
 * A long marked text cut to about `max` characters around its first mark, with "…" where it
 * was cut; never inside a surrogate pair. Short texts come back whole.
 */
export function excerptAround(segments: readonly MarkedSegment[], max: number): MarkedSegment[] {
  const whole = segments.map((s) => s.text).join('');
  if (whole.length <= max) return segments.slice();
  let firstMark = 0;
  for (const segment of segments) {
    if (segment.marked) break;
    firstMark += segment.text.length;
  }
  if (firstMark >= whole.length) firstMark = 0;
  const safe = (index: number) => {
    const code = whole.charCodeAt(index);
    return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
  };
  let from = safe(Math.max(0, Math.min(firstMark - Math.floor(max / 3), whole.length - max)));
  if (from < 0) from = 0;
  const to = safe(Math.min(whole.length, from + max));
  const out: MarkedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = offset;
    const end = offset + segment.text.length;
    offset = end;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a < b) out.push({ text: segment.text.slice(a - start, b - start), marked: segment.marked });
  }
  if (from > 0) out.unshift({ text: '…', marked: false });
  if (to < whole.length) out.push({ text: '…', marked: false });
  return out;
}
