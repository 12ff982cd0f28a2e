import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genreText } from '../../tests/fixtures/genre-text';
import { excerptAround, foldWithOrigins, markMatches, type MarkedSegment } from './search-marks';
import { foldForSearch } from './search-text';

const marked = (segments: readonly MarkedSegment[]) =>
  segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('markMatches', () => {
  it.each<[string, string, string[], string]>([
    ['no terms', '陇海路改造', [], '陇海路改造'],
    ['one term', '全力做好陇海路、城东路改造', ['陇海路'], '全力做好[陇海路]、城东路改造'],
    ['every occurrence', '路与路', ['路'], '[路]与[路]'],
    ['two terms', 'Longhai Road renovation', ['longhai', 'road'], '[Longhai] [Road] renovation'],
    ['overlapping terms merge', 'abcdef', ['abc', 'cde'], '[abcde]f'],
    [
      'across a dash of another kind',
      'China–Europe trains',
      ['china-europe'],
      '[China–Europe] trains',
    ],
    ['across a page break', '110余\n户业主', ['余户'], '110[余\n户]业主'],
    ['full-width text', 'ＧＤＰ增长', ['gdp'], '[ＧＤＰ]增长'],
    ['a district name by its short form', '管城回族区召开会议', ['管城'], '[管城]回族区召开会议'],
    ['case kept as printed', 'GUANCHENG', ['guan'], '[GUAN]CHENG'],
    ['no match', '陇海路', ['城东路'], '陇海路'],
  ])('%s', (_, text, terms, expected) => expect(marked(markMatches(text, terms))).toBe(expected));

  it('keeps every character of the text', () => {
    fc.assert(
      fc.property(genreText, fc.array(genreText, { maxLength: 3 }), (text, words) => {
        const terms = words.map(foldForSearch).filter(Boolean);
        expect(
          markMatches(text, terms)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('foldWithOrigins', () => {
  it('folds to the same text as foldForSearch', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        expect(foldWithOrigins(text)?.text).toBe(foldForSearch(text));
      }),
    );
  });

  it('maps each folded character to the part of the text it comes from', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        const folded = foldWithOrigins(text)!;
        folded.text.split('').forEach((_, i) => {
          const source = text.slice(folded.starts[i], folded.ends[i]);
          expect(foldForSearch(source) || ' ').toContain(folded.text[i]);
        });
      }),
    );
  });

  it('is null where folding piece by piece differs from folding the whole', () => {
    // A capital sigma ends a word as ς, inside one as σ: lower-casing depends on what follows.
    expect(foldWithOrigins('ΟΔΟΣ')).toBeNull();
  });
});

describe('excerptAround', () => {
  const long = `${'甲'.repeat(50)}陇海路${'乙'.repeat(50)}`;
  it.each<[string, string, number, string]>([
    ['a short text whole', '全力做好陇海路', 20, '全力做好[陇海路]'],
    ['a long text around its first mark', long, 12, `…${'甲'.repeat(4)}[陇海路]${'乙'.repeat(5)}…`],
    ['a long text without a mark from its start', '一二三四五六七八九十', 4, '一二三四…'],
  ])('%s', (_, text, max, expected) =>
    expect(marked(excerptAround(markMatches(text, ['陇海路']), max))).toBe(expected),
  );

  it('never cuts a surrogate pair', () => {
    const text = `${'𠀀'.repeat(10)}陇海路${'𠀀'.repeat(10)}`;
    const out = excerptAround(markMatches(text, ['陇海路']), 9)
      .map((s) => s.text)
      .join('');
    expect(out).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
  });
});
