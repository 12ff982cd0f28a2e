import { viewports, viewRoutes } from '../../scripts/views.mjs';
import { expect, testEveryView } from './support';
import { dataset } from './dashboard-data';

/**
 * Each language's pages are free of the other's words: on every view, in both languages, the
 * English interface shows no Han characters and the Chinese one no English words, in its text
 * and in what it says to screen readers (aria-label, title, placeholder, alt) — except data
 * quoted verbatim in the other language, which the page marks with `lang` (a quote, a name in
 * the other language), and codes and units that both languages write alike (CSV, URL, km).
 */

/**
 * Upper-case codes (CSV, PNG, ZIP, GDP) pass by the pattern below (a word has a lower-case
 * letter); these are the units and names both languages write alike.
 */
const ALLOWED_EN = new Set(['km', 'Excel']);

/**
 * A target whose deadline note names another record by its id (set as code in Chinese), beside
 * the first records' pages: the note shows in the page's language, so its words must pass too.
 */
const noted = dataset.targets.find((t) => /[a-z]-[a-z0-9]/.test(t.deadlineNoteZh ?? ''));
const notedRoutes: [string, string][] = noted
  ? [['target-detail-with-note', `/targets/${noted.id}`]]
  : [];

testEveryView(
  'language leaks',
  [...viewRoutes(dataset), ...notedRoutes],
  { desktop: viewports.desktop },
  async (page, view) => {
    const leaks = await page.evaluate(
      ({ lang, allowed }) => {
        const found: string[] = [];
        const other = lang === 'zh' ? 'en' : 'zh';
        /** The language an element is marked with (its nearest `lang`). */
        const langOf = (element: Element | null) =>
          (element?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
        const skip = (element: Element | null) =>
          !element ||
          element.closest('script, style, noscript, template, code, kbd, samp, [hidden]') !== null;
        const han = /\p{Script=Han}/u;
        const words = /[A-Za-z]*[a-z][A-Za-z]*/g;
        const leaksIn = (text: string) => {
          if (lang === 'en') return han.test(text) ? [text] : [];
          return (text.match(words) ?? []).filter((word) => !allowed.includes(word));
        };
        const where = (element: Element) => {
          const classes = element.getAttribute('class');
          return `${element.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`;
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (skip(element) || langOf(element).startsWith(other)) continue;
          const text = (node.textContent ?? '').trim();
          if (text && leaksIn(text).length)
            found.push(`${where(element!)}: “${text.slice(0, 60)}”`);
        }
        for (const element of document.body.querySelectorAll(
          '[aria-label], [title], [placeholder], [alt]',
        )) {
          if (skip(element) || langOf(element).startsWith(other)) continue;
          for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
            const text = element.getAttribute(name)?.trim();
            if (text && leaksIn(text).length)
              found.push(`${where(element)}[${name}]: “${text.slice(0, 60)}”`);
          }
        }
        if (leaksIn(document.title).length) found.push(`title: “${document.title}”`);
        return found;
      },
      { lang: view.lang, allowed: [...ALLOWED_EN] },
    );
    expect(leaks).toEqual([]);
  },
);

testEveryView(
  'notes in the page language',
  [...notedRoutes, ['source-detail', `/sources/${dataset.sources[0]!.id}`]],
  { desktop: viewports.desktop },
  async (page, view) => {
    const notes = view.path.startsWith('/targets/')
      ? { zh: noted!.deadlineNoteZh!, en: noted!.deadlineNote! }
      : { zh: dataset.sources[0]!.dateEvidenceZh!, en: dataset.sources[0]!.dateEvidence };
    const [own, other] = view.lang === 'zh' ? [notes.zh, notes.en] : [notes.en, notes.zh];
    const main = page.locator('main');
    await expect(main).toContainText(own);
    await expect(main).not.toContainText(other);
    await expect(main.locator('details.english-note')).toHaveCount(0);
  },
);
