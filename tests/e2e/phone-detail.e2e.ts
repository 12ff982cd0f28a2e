import type { Browser, Page } from '@playwright/test';
import { newViewContext, viewRoutes } from '../../scripts/views.mjs';
import { dataset } from './dashboard-data';
import { drawAllCharts, expect, openView, test } from './support';

/**
 * A 390×844 phone on the detail pages: every table is a list of cards (nothing scrolls
 * sideways, every value is on screen, the district page's figures show their 数值), and the
 * navigation shows every link whole in both languages.
 */

const PHONE = { width: 390, height: 844 } as const;
const LANGS = ['zh', 'en'] as const;

async function onPhone(
  browser: Browser,
  lang: (typeof LANGS)[number],
  body: (page: Page) => Promise<void>,
) {
  const context = await newViewContext(browser, { lang, device: 'phone', viewport: PHONE });
  try {
    await body(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The tables of the page that are not cards, or that are wider than their frame. */
const wideTables = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
      if (table.getClientRects().length === 0) continue;
      const name = table.id || table.className;
      const row = table.querySelector('tbody > tr');
      if (row && getComputedStyle(row).display === 'table-row') found.push(`${name}: rows`);
      const frame = table.closest<HTMLElement>('.table-scroll');
      if (frame && frame.scrollWidth > frame.clientWidth + 1)
        found.push(`${name}: ${frame.scrollWidth} > ${frame.clientWidth}`);
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    return found;
  });

const district = dataset.districts.find((d) =>
  dataset.projects.some((p) => p.districtId === d.id),
)!;
const districtFigures = dataset.figures.filter((f) => f.districtId === district.id);

for (const lang of LANGS) {
  test(`the district page's figures at 390 px show every 数值 without sideways scrolling (${lang})`, async ({
    browser,
  }) => {
    expect(districtFigures.length, 'the district has figures').toBeGreaterThan(1);
    await onPhone(browser, lang, async (page) => {
      await openView(page, `/districts/${district.id}`);
      const table = page.locator('section:has(#district-figures) table').first();
      const values = table.locator('tbody td[data-col="value"]');
      await expect(values).toHaveCount(districtFigures.length);
      for (const value of await values.all()) {
        await value.scrollIntoViewIfNeeded();
        await expect(value).toBeInViewport({ ratio: 1 });
        await expect(value).not.toHaveText('');
        // The value is named on its card (the column header as generated content).
        const label = await value.evaluate((cell) => getComputedStyle(cell, '::before').content);
        expect(label).toContain(lang === 'zh' ? '数值' : 'Value');
      }
      expect(await wideTables(page)).toEqual([]);
    });
  });

  test(`every detail page's tables are cards at 390 px (${lang})`, async ({ browser }) => {
    const details = viewRoutes(dataset).filter(([name]) => name.endsWith('-detail'));
    expect(details.length).toBeGreaterThanOrEqual(5);
    await onPhone(browser, lang, async (page) => {
      for (const [name, path] of details) {
        await openView(page, path);
        await drawAllCharts(page);
        // A chart's data as a table, too, where a chart offers one.
        const asTable = page.locator('main .chart-toolbar .segmented button', {
          hasText: lang === 'zh' ? '表格' : 'Table',
        });
        for (const toggle of await asTable.all()) await toggle.click();
        expect(await page.locator('main table').count(), `${name} has tables`).toBeGreaterThan(0);
        expect(await wideTables(page), name).toEqual([]);
      }
    });
  });

  test(`the navigation shows every link whole at 390 px (${lang})`, async ({ browser }) => {
    await onPhone(browser, lang, async (page) => {
      for (const path of ['/', `/districts/${district.id}`, '/sources']) {
        await openView(page, path);
        const links = page.locator('.site-nav ul a');
        await expect(links).toHaveCount(6);
        for (const link of await links.all()) {
          // Fully on screen, not scrolled out of view, and its words not cut.
          await expect(link).toBeInViewport({ ratio: 1 });
          const box = (await link.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
          expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth)).toBe(true);
        }
        const list = page.locator('.site-nav ul');
        expect(await list.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
        // The search stays a finger's height tall and within the screen.
        const search = (await page.locator('#site-search-q').boundingBox())!;
        expect(search.height).toBeGreaterThanOrEqual(44);
        expect(search.x + search.width).toBeLessThanOrEqual(PHONE.width);
      }
    });
  });
}
