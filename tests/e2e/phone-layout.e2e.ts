import type { Browser, Page } from '@playwright/test';
import { expect, test, waitForView } from './support';
import { districtsByProjects } from './dashboard-data';

/**
 * A 390×844 phone: lists are cards with their key values on the first lines, nothing scrolls
 * sideways, the filters fold behind one button that names them, and the first result is on
 * the first screen. Each test opens its own phone-sized context (like a11y.e2e.ts).
 */

const PHONE = { width: 390, height: 844 } as const;
const labels = {
  zh: { filters: /^筛选 \((\d+)\)$/ },
  en: { filters: /^Filters \((\d+)\)$/ },
} as const;

async function phonePage(browser: Browser, lang: 'zh' | 'en') {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
  });
  await context.addInitScript((l) => localStorage.setItem('zz-tracker.lang', l), lang);
  return { context, page: await context.newPage() };
}

const firstRow = (page: Page) => page.locator('main table.data-table tbody tr').first();

for (const lang of ['zh', 'en'] as const) {
  for (const [list, path, keys] of [
    ['targets', '/targets', ['deadline', 'state']],
    ['projects', '/projects', ['stage', 'deadline']],
    ['figures', '/figures', ['value']],
  ] as const) {
    test(`${list} at 390×844 in ${lang}: cards with the key values, first result on screen`, async ({
      browser,
    }) => {
      const { context, page } = await phonePage(browser, lang);
      try {
        await page.goto(path);
        await waitForView(page);
        const row = firstRow(page);
        await expect(row.getByRole('rowheader')).toBeVisible();
        // Targets and projects: the first result starts on the first screen.
        if (list !== 'figures') {
          const box = await row.boundingBox();
          expect(box, 'the first result row').not.toBeNull();
          expect(box!.y, `first row top at ${Math.round(box!.y)} px`).toBeLessThan(PHONE.height);
          await expect(row.getByRole('rowheader')).toBeInViewport();
        }
        // The key values sit within the card's width, right under its name: no sideways scroll.
        const card = (await row.boundingBox())!;
        const name = (await row.getByRole('rowheader').boundingBox())!;
        for (const key of keys) {
          const cell = (await row.locator(`td[data-col="${key}"]`).boundingBox())!;
          expect(cell.x + cell.width, `${key} within the card`).toBeLessThanOrEqual(
            card.x + card.width + 0.5,
          );
          expect(cell.y, `${key} in the card's first lines`).toBeLessThan(
            name.y + name.height + 60,
          );
        }
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
        // Screen readers still meet a table with column headers.
        await expect(
          page.getByRole('table').first().getByRole('columnheader').first(),
        ).toBeAttached();
      } finally {
        await context.close();
      }
    });
  }

  test(`the folded filters name what they filter (${lang})`, async ({ browser }) => {
    const [a, b] = districtsByProjects();
    const { context, page } = await phonePage(browser, lang);
    try {
      await page.goto(`/projects?district=${a!.id}&district=${b!.id}`);
      await waitForView(page);
      const toggle = page.getByTestId('filter-toggle');
      await expect(toggle).toHaveText(labels[lang].filters);
      await expect(toggle).toHaveText(/\(1\)/);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      const named = page.getByTestId('active-filters');
      for (const d of [a!, b!])
        await expect(named).toContainText(lang === 'zh' ? d.nameZh : d.nameEn);
      await expect(page.locator('details[data-facet="district"]')).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('details[data-facet="district"]')).toBeVisible();
    } finally {
      await context.close();
    }
  });
}
