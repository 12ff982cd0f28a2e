// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defineMessages, initialLang, translate } from './i18n';

describe('initialLang', () => {
  it.each([
    ['', null, 'zh'],
    ['', 'en', 'en'],
    ['?lang=en', null, 'en'],
    ['?lang=zh', 'en', 'zh'],
    ['?lang=fr', 'en', 'en'],
    ['?lang=fr', null, 'zh'],
    ['?lang=', 'zh', 'zh'],
  ])('search %j with stored %j → %s', (search, stored, expected) => {
    localStorage.clear();
    if (stored) localStorage.setItem('zz-tracker.lang', stored);
    expect(initialLang(search)).toBe(expected);
  });

  it('remembers a language that came from the link', () => {
    localStorage.clear();
    initialLang('?lang=en');
    expect(initialLang('')).toBe('en');
  });
});

describe('translate', () => {
  const messages = defineMessages({
    zh: { count: '共 {n} 条', plural: (p) => `${p.n} 个`, raw: '{missing} 保留' },
    en: {
      count: '{n} rows',
      plural: (p) => (p.n === 1 ? 'one item' : `${p.n} items`),
      raw: '{missing} kept',
    },
  });
  it.each([
    ['zh', 'count', { n: 5 }, '共 5 条'],
    ['en', 'count', { n: 5 }, '5 rows'],
    ['en', 'plural', { n: 1 }, 'one item'],
    ['en', 'plural', { n: 2 }, '2 items'],
    ['zh', 'raw', {}, '{missing} 保留'],
  ] as const)('%s %s %j → %s', (lang, key, params, expected) => {
    expect(translate(messages[lang], key, params)).toBe(expected);
  });
});
