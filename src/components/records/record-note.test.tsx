// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../tests/test-utils';
import { RecordNote, shownNote, type NoteTexts } from './record-note';
import type { Lang } from '@/lib/i18n';

const ZH = '页面未印年份；2022年为该版年份，系推断。';
const EN = 'No year is printed; 2022 is the page’s year, inferred.';

describe('shownNote', () => {
  it.each<[Lang, NoteTexts, ReturnType<typeof shownNote>]>([
    ['zh', { zh: ZH, en: EN }, { text: ZH, lang: 'zh' }],
    ['en', { zh: ZH, en: EN }, { text: EN, lang: 'en' }],
    ['zh', { en: EN }, { text: EN, lang: 'en' }],
    ['en', { en: EN }, { text: EN, lang: 'en' }],
    ['zh', { zh: ZH }, { text: ZH, lang: 'zh' }],
    ['en', { zh: ZH }, { text: ZH, lang: 'zh' }],
    ['zh', {}, undefined],
    ['en', { zh: undefined, en: undefined }, undefined],
  ])('on a %s page, %j shows %j', (lang, note, expected) => {
    expect(shownNote(lang, note)).toEqual(expected);
  });
});

describe('RecordNote', () => {
  it.each<[Lang, string, string]>([
    ['zh', ZH, EN],
    ['en', EN, ZH],
  ])('on a %s page shows its own note directly, not the other', (lang, own, other) => {
    const { container } = renderWithApp(<RecordNote zh={ZH} en={EN} />, { lang });
    expect(screen.getByText(own)).toBeVisible();
    expect(container.textContent).not.toContain(other);
    expect(container.querySelector('details')).toBeNull();
  });

  it('puts an English-only note behind a disclosure on a Chinese page, marked English', () => {
    const { container } = renderWithApp(<RecordNote en={EN} />, { lang: 'zh' });
    expect(container.querySelector('details > summary')?.textContent).toBe('英文说明（点开查看）');
    expect(container.querySelector('details > p[lang="en"]')?.textContent).toBe(EN);
  });

  it('marks a Chinese-only note as Chinese on an English page', () => {
    const { container } = renderWithApp(<RecordNote zh={ZH} />, { lang: 'en' });
    expect(container.querySelector('[lang="zh-CN"]')?.textContent).toBe(ZH);
    expect(container.querySelector('details')).toBeNull();
  });

  it('writes the record ids a Chinese note names as code', () => {
    const text = '该句与开局并提（见guancheng-2021-q1-strong-start）；本目标指全年。';
    const { container } = renderWithApp(<RecordNote zh={text} en={EN} />, { lang: 'zh' });
    expect([...container.querySelectorAll('code')].map((code) => code.textContent)).toEqual([
      'guancheng-2021-q1-strong-start',
    ]);
    expect(container.textContent).toBe(text);
  });

  it('shows nothing without a note', () => {
    const { container } = renderWithApp(<RecordNote />, { lang: 'zh' });
    expect(container.textContent).toBe('');
  });
});
