/**
 * English text that quotes Chinese words (a term's original, a district's short name, a query)
 * split into runs, so the Chinese ones can be marked `lang="zh-CN"`: screen readers then read
 * them in Chinese, and the English page's own words stay English.
 */

/** A run of the text: Chinese (Han characters and the punctuation between them) or not. */
export type ScriptRun = { text: string; chinese: boolean };

/** Han characters, with full-width punctuation and spaces inside or right after a run. */
const CHINESE_RUN = /\p{Script=Han}[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]*/gu;

/** The text's runs in order; one non-Chinese run when it quotes no Chinese. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), chinese: false });
    runs.push({ text: match[0], chinese: true });
    last = start + match[0].length;
  }
  if (last < text.length || runs.length === 0)
    runs.push({ text: text.slice(last), chinese: false });
  return runs;
}
