// Screenshots of a district's page, from the production build (`npx vite build` first):
// node scripts/district-screenshots.mjs. Output: docs/screenshots/
// district.<desktop|phone>.<zh|en>.png (the first screen: the navigation and the summary),
// district-figures.<desktop|phone>.<zh|en>.png (the figures, a table on a desktop and cards on
// a phone, with their chart's value labels) and district-timeline.<desktop|phone>.<zh|en>.png
// (the deadline timeline as of a page's date, its as-of line in the legend), at 1280 and
// 390 px, in both languages. The district is the one scripts/views.mjs shows.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { newViewContext, viewports, viewRoutes } from './views.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or install chromium.');
  process.exit(1);
}
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

const server = await startServer({ port: 0, quiet: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  for (const lang of ['zh', 'en']) {
    for (const [device, viewport] of Object.entries(viewports)) {
      const context = await newViewContext(browser, {
        lang,
        device,
        viewport,
        deviceScaleFactor: device === 'phone' ? 2 : 1,
      });
      const page = await context.newPage();
      await page.goto(new URL(path, server.url).href);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${out}/district.${device}.${lang}.png` });
      const figures = page.locator('section:has(#district-figures)');
      await drawn(page, figures.locator('figure.chart').first());
      await figures.screenshot({ path: `${out}/district-figures.${device}.${lang}.png` });

      await page.goto(new URL(`${path}?asOf=${asOf}`, server.url).href);
      await page.locator('main h1').first().waitFor();
      const timeline = page.locator('#district-timeline');
      await drawn(page, timeline);
      await timeline.screenshot({ path: `${out}/district-timeline.${device}.${lang}.png` });
      console.log(`${lang} ${device}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
