// Screenshots of the views of progress against plan (docs/tracking.md, sections 9 and 10), from
// the production build (`npx vite build` first): npx tsx scripts/progress-screenshots.ts.
// They show the test dataset of tests/fixtures/progress-dataset.ts (the bundled pages report no
// progress yet), served from this origin through `?data=`, at 390 and 1280 px, in both
// languages. Output: docs/screenshots/{progress,ranking,targets-progress,overview-money}-<device>-<lang>.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { forEachScreen } from './screens.mjs';
import { PROGRESS_AS_OF, PROGRESS_IDS, progressDataset } from '../tests/fixtures/progress-dataset';

const out = process.env.SCREENSHOT_OUT ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const DATA_PATH = '/test-data/progress.json';
const body = JSON.stringify(progressDataset());
const withData = (path: string) => `${path}&data=${encodeURIComponent(DATA_PATH)}`;

/** Opens a view and waits for it (its heading, no loading state, fonts and layout settled). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  await page.locator('main [role="status"].loading').waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

await forEachScreen(async ({ page, lang, device, viewport, url }) => {
  await page.route(`**${DATA_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const at = (path: string) => url(withData(path));
  const file = (name: string) => `${out}/${name}-${device}-${lang}.png`;

  // A target's page from its heading to the end of its progress (the rule's origin open).
  await open(page, at(`/targets/${PROGRESS_IDS.guanchengQ1}?asOf=${PROGRESS_AS_OF.late}`));
  await page.locator('.pace-rule-origin > summary').click();
  // The section's bottom in the page (not the viewport), whatever the scroll.
  const bottom = await page
    .locator('section[aria-labelledby="target-progress"]')
    .evaluate((section) => section.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({
    path: file('progress'),
    fullPage: true,
    clip: { x: 0, y: 0, width: viewport.width, height: Math.ceil(bottom) + 16 },
  });
  console.log(file('progress'));

  // The ranking, whole.
  await open(page, at(`/districts?asOf=${PROGRESS_AS_OF.late}`));
  await page.screenshot({ path: file('ranking'), fullPage: true });
  console.log(file('ranking'));

  // The targets list with its progress columns, most behind first: the table's top on
  // the screen (a phone: the first cards, with their light and days late).
  await open(page, at(`/targets?sort=light&asOf=${PROGRESS_AS_OF.late}`));
  await page
    .locator('main table.data-table')
    .first()
    .evaluate((table) => {
      table.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -64);
    });
  await page.waitForTimeout(200);
  await page.screenshot({ path: file('targets-progress') });
  console.log(file('targets-progress'));

  // The overview's money: the key numbers with every group listed.
  await open(page, at(`/?asOf=${PROGRESS_AS_OF.year}`));
  await page.getByTestId('investment-all').locator('summary').click();
  await page.locator('section[aria-labelledby="headline-title"]').screenshot({
    path: file('overview-money'),
  });
  console.log(file('overview-money'));
});
