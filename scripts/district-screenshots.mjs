// Screenshots of a district's page, from the production build (`npx vite build` first):
// node scripts/district-screenshots.mjs. Output: docs/screenshots/
// district.<desktop|phone>.<zh|en>.png (the first screen: the navigation and the summary),
// district-figures.<desktop|phone>.<zh|en>.png (the figures, a table on a desktop and cards on
// a phone, with their chart's value labels) and district-timeline.<desktop|phone>.<zh|en>.png
// (the deadline timeline as of a page's date, its as-of line in the legend), at 1280 and
// 390 px, in both languages. The district is the one scripts/views.mjs shows.
import { readFileSync } from 'node:fs';
import { forEachScreen } from './screens.mjs';
import { viewRoutes } from './views.mjs';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
const path = new Map(viewRoutes(dataset)).get('district-detail');
// The latest page's date: the as-of line falls among the district's deadline months.
const asOf = dataset.sources
  .map((source) => source.publishedOn)
  .sort()
  .at(-1);
const out = process.env.SCREENSHOT_OUT ?? 'docs/screenshots';

/** Waits until the chart is drawn (charts draw when they come near the screen). */
async function drawn(page, chart) {
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
}

await forEachScreen(async ({ page, lang, device, url }) => {
  await page.goto(url(path));
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${out}/district.${device}.${lang}.png` });
  const figures = page.locator('section:has(#district-figures)');
  await drawn(page, figures.locator('figure.chart').first());
  await figures.screenshot({ path: `${out}/district-figures.${device}.${lang}.png` });

  await page.goto(url(`${path}?asOf=${asOf}`));
  await page.locator('main h1').first().waitFor();
  const timeline = page.locator('#district-timeline');
  await drawn(page, timeline);
  await timeline.screenshot({ path: `${out}/district-timeline.${device}.${lang}.png` });
  console.log(`${lang} ${device}`);
});
