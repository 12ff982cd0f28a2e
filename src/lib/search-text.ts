/**
 * The one normalisation of search (docs/architecture.md, "Search"): the text a record is found
 * by and the words a reader types go through the same fold, so that what looks the same to a
 * reader matches:
 *
 * - NFKC: full-width letters, digits and punctuation become their ordinary forms (ＧＤＰ = GDP,
 *   （ = (), compatibility ideographs their unified ones;
 * - every dash, hyphen and minus (‐ ‑ ‒ – — ― − －) is one "-", and a run of them is one;
 * - whitespace next to Chinese (or other wide) characters goes, any other run is one space, so
 *   a page break inside a Chinese word does not hide it and "Longhai  Road" = "Longhai Road";
 * - upper and lower case are one; invisible format characters (soft hyphen, zero width) go.
 *
 * A query is also split into terms at its spaces (every term must be found, in any order), and
 * a term naming a district by its full form loses the suffix (管城回族区, 管城区 → 管城), so it
 * finds every form of the name. The suffix is cut from the query only: cutting it from the text
 * too would hide a word ending a sentence from a shorter search (城市 in "…中心城市。").
 * Traditional characters in the query become simplified ones through a converter the caller
 * passes (lib/simplify.ts loads one on demand): the dataset's Chinese is simplified, as printed.
 */

/** Dashes, hyphens and minus signs (after NFKC, which already turns － and ﹣ into "-"). */
const DASH_RUN = /[\p{Pd}\u2212]+/gu;
/** Invisible format characters: soft hyphen, zero-width space and joiners, byte-order mark. */
const INVISIBLE = /\p{Cf}/gu;
/**
 * Work for the two above: two hyphens in a row, or a character of either class other than "-"
 * (the classes spelled out for the Basic Multilingual Plane, any character beyond it taken as
 * work: a test with \p{…} scanned every record's text several times slower). Most texts hold
 * none (a slug's single hyphens are already folded) and skip both replacements.
 */
const DASH_OR_INVISIBLE =
  /--|[\u00ad\u058a\u05be\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u1400\u1806\u180e\u200b-\u2015\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2212\u2e17\u2e1a\u2e3a-\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31-\ufe32\ufe58\ufe63\ufeff\uff0d\ufff9-\ufffb\ud800-\udbff]/;
/** Characters that are written without spaces between them (Chinese, Japanese, Korean, and their punctuation). */
const WIDE = new RegExp(
  '^[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u2E80-\\u2FFF\\u3000-\\u303F\\u3100-\\u31FF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]$',
  'u',
);
/** Below this code point nothing is wide (Hangul jamo start there): a cheap first test. */
const FIRST_WIDE = 0x1100;
const SPACE_RUN = /\s+/g;

/** The classes the fold works with, one character at a time (search-marks.ts folds piece by piece). */
export const FOLDED_CLASSES = {
  invisible: INVISIBLE,
  dash: /^[\p{Pd}\u2212]$/u,
  wide: WIDE,
  space: /^\s$/u,
} as const;

/**
 * What separates the fields of one record's text (the unit separator): folding the joined
 * fields gives the fields folded one by one, joined (a space beside it goes, as at an end), and
 * no query term spans two fields.
 */
export const FIELD_SEPARATOR = '\u001f';

/**
 * Whether the code point starting (or, `before`, ending) at `index` is a wide character, or
 * the field separator: a space beside either goes.
 */
function isWideAt(text: string, index: number, before: boolean): boolean {
  let code = text.charCodeAt(index);
  if (code < FIRST_WIDE) return code === 0x1f;
  if (before && code >= 0xdc00 && code <= 0xdfff && index > 0)
    code = text.codePointAt(index - 1) ?? code;
  else code = text.codePointAt(index) ?? code;
  return WIDE.test(String.fromCodePoint(code));
}

/** A run of whitespace: gone at either end and next to a wide character, else one space. */
function foldSpaceRun(run: string, at: number, text: string): string {
  const after = at + run.length;
  if (at === 0 || after === text.length) return '';
  return isWideAt(text, at - 1, true) || isWideAt(text, after, false) ? '' : ' ';
}

/**
 * The fold every searched text and every query goes through (see above). Pure and cheap: the
 * tracker folds every record's text with it once per build (all its fields at once, joined by
 * FIELD_SEPARATOR), so the rare steps are skipped when a text has nothing for them.
 */
export function foldForSearch(text: string): string {
  let folded = text.normalize('NFKC');
  folded = DASH_OR_INVISIBLE.test(folded)
    ? folded.replace(INVISIBLE, '').toLowerCase().replace(DASH_RUN, '-')
    : folded.toLowerCase();
  return folded.replace(SPACE_RUN, foldSpaceRun);
}

/** Turns traditional Chinese characters into simplified ones (lib/simplify.ts); identity by default. */
export type Simplify = (text: string) => string;
const unchanged: Simplify = (text) => text;

/** The end of a district's full name: 管城回族区, 管城区, 中牟县, 新郑市 (several: 郑州市区). */
const DISTRICT_SUFFIX = /^(\p{Script=Han}{2,}?)(?:回族区|区|县|市)+$/u;

/** A folded query term without its district suffix (管城回族区 → 管城); other terms as they are. */
export function withoutDistrictSuffix(term: string): string {
  return DISTRICT_SUFFIX.exec(term)?.[1] ?? term;
}

/** What a query searches for. */
export type SearchQuery = {
  /** Folded terms, each to be found (in any order); none for an empty query. */
  terms: string[];
  /** The whole query folded, without a district suffix: what a name must equal or start with to rank first. */
  phrase: string;
};

/**
 * A reader's query as the search looks for it: split at spaces (ideographic ones too), each
 * term folded, converted to simplified characters and stripped of a district suffix.
 */
export function searchQuery(q: string, simplify: Simplify = unchanged): SearchQuery {
  const normalized = simplify(q.normalize('NFKC'));
  const terms = normalized
    .split(/\s+/)
    .map((term) => withoutDistrictSuffix(foldForSearch(term)))
    .filter(Boolean);
  return { terms, phrase: withoutDistrictSuffix(foldForSearch(normalized)) };
}
