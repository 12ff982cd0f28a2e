import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genreText } from '../../tests/fixtures/genre-text';
import { FIELD_SEPARATOR, foldForSearch, searchQuery, withoutDistrictSuffix } from './search-text';

describe('foldForSearch', () => {
  it.each([
    ['full-width Latin and digits', 'ＧＤＰ增长８．１％', 'gdp增长8.1%'],
    ['full-width brackets', '中欧班列（中豫号）', '中欧班列(中豫号)'],
    ['en dash', 'China–Europe Railway Express', 'china-europe railway express'],
    ['hyphen', 'China-Europe Railway Express', 'china-europe railway express'],
    ['em dash, minus, figure dash, full-width hyphen', 'a—b−c‒d－e', 'a-b-c-d-e'],
    ['a run of dashes is one', '规划——建设', '规划-建设'],
    ['spaces inside Chinese go', '起步就要冲刺 开局就要决战', '起步就要冲刺开局就要决战'],
    ['a page break inside a word goes', '110余\n\n户业主', '110余户业主'],
    ['ideographic space between Chinese', '陇海路\u3000改造', '陇海路改造'],
    ['spaces between Chinese and Latin go', 'GDP 增长 8%', 'gdp增长8%'],
    ['Latin runs collapse to one space', '  Longhai \t Road\n', 'longhai road'],
    ['no-break space is a space', 'Longhai\u00a0Road', 'longhai road'],
    ['soft hyphen and zero-width space go', 'Long\u00adhai\u200bRoad', 'longhairoad'],
    ['case', 'Guancheng HUI District', 'guancheng hui district'],
    ['compatibility ideograph', '\uf9b1路', '\u9234路'],
    ['district names stay whole in text', '管城回族区', '管城回族区'],
    ['empty', '', ''],
  ])('%s', (_, text, expected) => expect(foldForSearch(text)).toBe(expected));
});

describe('searchQuery', () => {
  const toSimplified = (text: string) =>
    text.replace(/[區縣陸鐵]/g, (c) => ({ 區: '区', 縣: '县', 陸: '陆', 鐵: '铁' })[c] ?? c);
  it.each<[string, string, string[], string]>([
    ['empty', '', [], ''],
    ['only spaces', ' \u3000 ', [], ''],
    ['Latin words are terms', 'Longhai  Road', ['longhai', 'road'], 'longhai road'],
    ['an ideographic space splits', '陇海路\u3000改造', ['陇海路', '改造'], '陇海路改造'],
    ['full-width letters', 'ＧＤＰ', ['gdp'], 'gdp'],
    ['hyphen and en dash are one', 'China–Europe', ['china-europe'], 'china-europe'],
    ['管城区 → 管城', '管城区', ['管城'], '管城'],
    ['管城回族区 → 管城', '管城回族区', ['管城'], '管城'],
    ['管城 stays', '管城', ['管城'], '管城'],
    ['经开区 → 经开', '经开区', ['经开'], '经开'],
    ['县 and 市', '中牟县 新郑市', ['中牟', '新郑'], '中牟县新郑'],
    ['two suffixes', '郑州市区', ['郑州'], '郑州'],
    ['a two-character word keeps its 区', '城区', ['城区'], '城区'],
    ['a term ending otherwise keeps its 区', '管城区陇海路', ['管城区陇海路'], '管城区陇海路'],
    ['traditional characters', '管城區 陸', ['管城', '陆'], '管城区陆'],
    ['traditional suffix', '中牟縣', ['中牟'], '中牟'],
  ])('%s', (_, q, terms, phrase) =>
    expect(searchQuery(q, toSimplified)).toEqual({ terms, phrase }),
  );
});

describe('withoutDistrictSuffix', () => {
  it.each([
    ['管城回族区', '管城'],
    ['金水区', '金水'],
    ['巩义市', '巩义'],
    ['回族区', '回族'],
    ['社区', '社区'],
    ['longhai', 'longhai'],
  ])('%s → %s', (term, expected) => expect(withoutDistrictSuffix(term)).toBe(expected));
});

describe('foldForSearch is idempotent', () => {
  it('on the genre', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
      }),
    );
  });
});

describe('a record folded at once', () => {
  it('is its fields folded one by one: no field runs into the next', () => {
    fc.assert(
      fc.property(fc.array(genreText, { maxLength: 5 }), (fields) => {
        expect(foldForSearch(fields.join(FIELD_SEPARATOR))).toBe(
          fields.map(foldForSearch).join(FIELD_SEPARATOR),
        );
      }),
    );
  });
});

describe('foldForSearch skips work only where there is none', () => {
  /** The fold with every step always taken: what the shortcuts must not change. */
  const everyStep = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .toLowerCase()
      .replace(/[\p{Pd}\u2212]+/gu, '-')
      .replace(/\s+/g, (run, at: number, whole: string) =>
        at === 0 || at + run.length === whole.length ? '' : run,
      );
  it('for every character of the Basic Multilingual Plane, and some beyond it', () => {
    const differs: string[] = [];
    const astral = [0x10ead, 0x110bd, 0x1d173, 0xe0001, 0x20000, 0x1f600];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `a-${String.fromCharCode(code)}b`;
      const expected = everyStep(text);
      // Only whitespace is folded differently (around wide characters): compare without it.
      if (foldForSearch(text).replace(/\s/g, '') !== expected.replace(/\s/g, ''))
        differs.push(code.toString(16));
    }
    for (const code of astral) {
      const text = `a-${String.fromCodePoint(code)}b`;
      if (foldForSearch(text) !== everyStep(text)) differs.push(code.toString(16));
    }
    expect(differs).toEqual([]);
  });
});
