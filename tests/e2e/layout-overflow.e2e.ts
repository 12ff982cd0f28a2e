import { expect, test } from '@playwright/test';
import { drawAllCharts } from './support';
import { dataset } from './dashboard-data';

/**
 * Nothing clips: on every route, in both languages, at 390 and 1280 px, no chip, button,
 * badge, filter value or table header is narrower than its content (scrollWidth > clientWidth
 * is text cut off or spilling over its neighbour), and the page does not scroll sideways.
 */

const first = <T extends { id: string }>(rows: readonly T[]) => rows[0]?.id ?? 'missing';
const district = dataset.districts.find((d) => dataset.projects.some((p) => p.districtId === d.id));

const routes: [string, string][] = [
  ['overview', '/'],
  ['projects', '/projects'],
  ['project', `/projects/${first(dataset.projects)}`],
  ['targets', '/targets'],
  ['target', `/targets/${first(dataset.targets)}`],
  ['figures', '/figures'],
  ['figure', `/figures/${first(dataset.figures)}`],
  ['districts', '/districts'],
  ['district', `/districts/${district?.id ?? first(dataset.districts)}`],
  ['sources', '/sources'],
  ['source', `/sources/${first(dataset.sources)}`],
  ['not found', '/no-such-page'],
];

const widths = { phone: 390, desktop: 1280 } as const;

/** What must never clip: chips and badges, buttons, closed filters, headers of tables. */
const WATCHED = [
  '.chip',
  '.state-badge',
  '.state-summary-item',
  'button',
  '.button',
  '.facet-value',
  'th',
  '.sort-button',
  '.headline-numbers dt',
  '.headline-numbers dd',
].join(', ');

for (const lang of ['zh', 'en'] as const) {
  for (const [device, width] of Object.entries(widths)) {
    test.describe(`overflow, ${lang}, ${width} px`, () => {
      for (const [name, path] of routes) {
        test(`${name} (${path})`, async ({ browser }) => {
          const phone = device === 'phone';
          const context = await browser.newContext({
            viewport: { width, height: phone ? 844 : 900 },
            isMobile: phone,
            hasTouch: phone,
            locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
          });
          await context.addInitScript((l) => localStorage.setItem('zz-tracker.lang', l), lang);
          const page = await context.newPage();
          try {
            await page.goto(path);
            await expect(page.locator('main h1').first()).toBeVisible();
            await expect(page.locator('main [role="status"].loading')).toHaveCount(0);
            await drawAllCharts(page);
            const clipped = await page.evaluate((selector) => {
              const found: string[] = [];
              for (const element of document.querySelectorAll<HTMLElement>(selector)) {
                // Not rendered (folded, hidden): nothing to see, nothing clipped.
                if (element.getClientRects().length === 0) continue;
                if (element.closest('[hidden], .visually-hidden')) continue;
                // Visually hidden on purpose (a header kept for screen readers): 1 px by design.
                if (element.clientWidth <= 1 && element.clientHeight <= 1) continue;
                if (element.scrollWidth > element.clientWidth + 1) {
                  const text = (element.textContent ?? '').trim().slice(0, 40);
                  found.push(
                    `${element.tagName.toLowerCase()}.${element.className} “${text}” ${element.scrollWidth}>${element.clientWidth}`,
                  );
                }
              }
              const root = document.documentElement;
              if (root.scrollWidth > root.clientWidth)
                found.push(`page scrolls sideways: ${root.scrollWidth}>${root.clientWidth}`);
              return found;
            }, WATCHED);
            expect(clipped).toEqual([]);
          } finally {
            await context.close();
          }
        });
      }
    });
  }
}
