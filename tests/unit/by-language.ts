import { expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n';

/** What each input reads as in one or both languages. */
export type Readings<T> = readonly (readonly [T, Partial<Record<Lang, string>>])[];

/**
 * One test per reading: `read(input, lang)` is the text the table gives for that language.
 * The table names each input once, with its Chinese and/or English reading.
 */
export function itReadsEach<T>(
  read: (input: T, lang: Lang) => string,
  readings: Readings<T>,
  title = '%s in %s → %s',
) {
  const cases = readings.flatMap(([input, texts]) =>
    (['zh', 'en'] as const).flatMap((lang): [T, Lang, string][] => {
      const text = texts[lang];
      return text === undefined ? [] : [[input, lang, text]];
    }),
  );
  it.each(cases)(title, (input, lang, expected) => {
    expect(read(input, lang)).toBe(expected);
  });
}
