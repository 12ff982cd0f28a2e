// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import {
  defineMessages,
  HTML_LANG,
  LangProvider,
  searchWithLang,
  translate,
  useLang,
  type Lang,
} from './i18n';

/** A page that says its language and offers both switches, at `path`. */
function showLanguage(path: string) {
  const seen: { lang?: Lang; href?: string } = {};
  function Page() {
    const { lang, setLang } = useLang();
    const { pathname, search, hash } = useLocation();
    seen.lang = lang;
    seen.href = `${pathname}${search}${hash}`;
    return (
      <>
        <button onClick={() => setLang('zh')}>zh</button>
        <button onClick={() => setLang('en')}>en</button>
      </>
    );
  }
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <LangProvider>
            <Page />
          </LangProvider>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, language: () => seen.lang, location: () => seen.href };
}

describe('the language of a page', () => {
  it.each([
    ['', null, 'zh'],
    ['', 'en', 'en'],
    ['?lang=en', null, 'en'],
    ['?lang=zh', 'en', 'zh'],
    ['?lang=fr', 'en', 'en'],
    ['?lang=fr', null, 'zh'],
    ['?lang=', 'zh', 'zh'],
    ['?q=a&lang=en', 'zh', 'en'],
  ])('search %j with stored %j → %s', async (search, stored, expected) => {
    localStorage.clear();
    if (stored) localStorage.setItem('zz-tracker.lang', stored);
    const { language } = showLanguage(`/targets${search}`);
    expect(language()).toBe(expected);
    await waitFor(() => expect(document.documentElement.lang).toBe(HTML_LANG[expected as Lang]));
  });

  it('remembers a language that came from the link, for a link without one', () => {
    localStorage.clear();
    showLanguage('/targets?lang=en').unmount();
    expect(showLanguage('/targets').language()).toBe('en');
  });

  it('switching is a navigation: a new entry that names the language; back returns', async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const { language, location, router } = showLanguage('/targets?district=410104#list');
    await user.click(screen.getByRole('button', { name: 'en' }));
    expect(language()).toBe('en');
    expect(location()).toBe('/targets?district=410104&lang=en#list');
    expect(localStorage.getItem('zz-tracker.lang')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'zh' }));
    expect(location()).toBe('/targets?district=410104#list');
    expect(language()).toBe('zh');
    await act(() => router.navigate(-1));
    expect(language()).toBe('en');
    await act(() => router.navigate(-1));
    expect(location()).toBe('/targets?district=410104#list');
    // The stored choice is Chinese now, and the link names no language.
    expect(language()).toBe('zh');
  });
});

describe('searchWithLang', () => {
  it.each([
    ['', 'en', '?lang=en'],
    ['?q=a', 'en', '?q=a&lang=en'],
    ['?lang=en&q=a', 'zh', '?q=a'],
    ['?lang=en', 'zh', ''],
    ['?lang=zh', 'en', '?lang=en'],
  ] as const)('%j in %s → %j', (search, lang, expected) => {
    expect(searchWithLang(search, lang)).toBe(expected);
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
