import { readFileSync } from 'node:fs';
import { expect, test as base, type Download, type Locator, type Page } from '@playwright/test';
import { newViewContext } from '../../scripts/views.mjs';

/**
 * A page that records console errors and uncaught exceptions; every test fails on either, after
 * its body has run (the fixture is automatic: a test need not ask for it, nor check it itself).
 * Tests that provoke errors on purpose list the messages they expect in `allowedErrors`; a test
 * with more pages (another tab) adds their problems to `problems`.
 */
export const test = base.extend<{ allowedErrors: RegExp[]; problems: string[] }>({
  allowedErrors: [[], { option: true }],
  problems: [
    async ({ page, allowedErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedErrors.some((pattern) => pattern.test(text)))
          problems.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has rendered a view (its main heading) after any loading state. */
export async function waitForView(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main [role="status"].loading')).toHaveCount(0);
}

/** Opens `path` and waits until its view has rendered. */
export async function openView(page: Page, path: string) {
  await page.goto(path);
  await waitForView(page);
}

/** Clicks `trigger` and returns the download it starts. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return download;
}

/** What a check of every view is told about the view it looks at. */
export type View = { lang: 'zh' | 'en'; device: string; path: string };

/**
 * Checks every view: one test per language, device and route, each in a browser context of its
 * own (fresh storage, its viewport and language), on the view opened with all its charts drawn.
 */
export function testEveryView(
  name: string,
  routes: readonly [string, string][],
  viewports: Record<string, { width: number; height: number }>,
  check: (page: Page, view: View) => Promise<void>,
) {
  for (const lang of ['zh', 'en'] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      base.describe(`${name}, ${lang}, ${device} (${viewport.width} px)`, () => {
        for (const [route, path] of routes) {
          base(`${route} (${path})`, async ({ browser }) => {
            const context = await newViewContext(browser, { lang, device, viewport });
            try {
              const page = await context.newPage();
              await openView(page, path);
              await drawAllCharts(page);
              await check(page, { lang, device, path });
            } finally {
              await context.close();
            }
          });
        }
      });
    }
  }
}

/**
 * Charts load and draw when they come near the viewport, so a page scrolled past them keeps
 * their placeholders. This brings each placeholder into view in turn until every chart is drawn.
 */
export async function drawAllCharts(page: Page) {
  await expect(page.locator('.chart-grid-pending')).toHaveCount(0);
  const skeletons = page.locator('.chart-skeleton');
  for (let left = await skeletons.count(); left > 0; left = await skeletons.count()) {
    // It may draw (and go) while being scrolled to; the count below says whether it did.
    await skeletons
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => {});
    await expect.poll(() => skeletons.count(), { timeout: 15_000 }).toBeLessThan(left);
  }
}

/**
 * On a phone the list's filters fold behind one button ("筛选 (n)"); this opens them, and does
 * nothing where they are not folded (desktop widths).
 */
export async function openFilters(page: Page) {
  const toggle = page.getByTestId('filter-toggle');
  if ((await toggle.count()) === 0) return;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** A target of the bundled dataset for follow-up tests: the first one (read once). */
export const FIRST_TARGET_ID = (() => {
  const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
    targets: { id: string }[];
  };
  const id = dataset.targets[0]?.id;
  if (!id) throw new Error('the bundled dataset has no targets');
  return id;
})();

/** Opens the page of the bundled dataset's first target, where the follow-up tests work. */
export const openFirstTarget = (page: Page) => openView(page, `/targets/${FIRST_TARGET_ID}`);

/** The follow-up panel of a target's page. */
export const followUpPanel = (page: Page) => page.locator('#my-follow-ups');

/**
 * A saved follow-up's note in the list. Not getByText: that also matches the form's textarea
 * while the text is still being saved, and the test would run ahead of the save.
 */
export const savedFollowUp = (page: Page, note: string) =>
  followUpPanel(page).locator('.follow-up-note').filter({ hasText: note });

/** Fills the open follow-up form: in progress since 2021-05-01, `note`, a news link. */
export async function fillFollowUpForm(page: Page, note: string) {
  await page.getByLabel('状态', { exact: true }).selectOption('in-progress');
  await page.getByLabel('状态起始日期').fill('2021-05-01');
  await page.getByLabel('说明').fill(note);
  await page.getByLabel('链接（http 或 https）').fill('https://example.org/news');
}

/** Adds a follow-up with `note` through the panel's form and waits until it is saved. */
export async function addFollowUp(page: Page, note: string) {
  await followUpPanel(page).getByRole('button', { name: '添加跟进' }).click();
  await fillFollowUpForm(page, note);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(savedFollowUp(page, note)).toBeVisible();
  await expect(page.getByLabel('说明')).toHaveCount(0);
}
