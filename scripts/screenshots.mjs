// Screenshots of every route at desktop and phone widths, in both languages, from the
// production build: `npm run screenshots` (after `npm run build`). Output: docs/screenshots/.
// The README shows the overview's; the rest are for looking at what we ship.
// DIST_DIR serves another build; SCREENSHOT_OUT writes elsewhere (e.g. to look before committing).
/* global window, document -- in page.evaluate callbacks, which run in the browser */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { newViewContext, viewports, viewRoutes } from './views.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or install chromium.');
  process.exit(1);
}

const routes = viewRoutes(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
const only = process.argv.slice(2);

const out = process.env.SCREENSHOT_OUT ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await startServer({ port: Number(process.env.SCREENSHOT_PORT ?? 0), quiet: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  for (const lang of ['zh', 'en']) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const context = await newViewContext(browser, {
        lang,
        device: name,
        viewport,
        deviceScaleFactor: name === 'phone' ? 2 : 1,
      });
      const page = await context.newPage();
      for (const [route, path] of routes) {
        if (only.length && !only.includes(route)) continue;
        await page.goto(new URL(path, server.url).href);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        // Charts draw when they come near the viewport: scroll through the page as a reader
        // would, then wait until no skeleton is left and let layout settle.
        await page.evaluate(async () => {
          const step = Math.floor(window.innerHeight * 0.8);
          for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 80));
          }
          window.scrollTo(0, 0);
        });
        // A chart the scroll passed before the chart grid was rendered: bring it into view.
        for (let tries = 0; tries < 20; tries++) {
          const skeleton = page.locator('.chart-skeleton');
          if ((await skeleton.count()) === 0) break;
          // It may draw (and go) while being scrolled to.
          await skeleton
            .first()
            .scrollIntoViewIfNeeded()
            .catch(() => {});
          await page.waitForTimeout(500);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page
          .locator('.chart-skeleton, main [role="status"].loading')
          .first()
          .waitFor({ state: 'detached', timeout: 15_000 })
          .catch(() => {});
        await page.waitForTimeout(400);
        const file = `${out}/${route}.${name}.${lang}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        // The first screen alone, as a reader sees it on arrival (the README shows a phone's).
        const screen = `${out}/${route}.${name}.${lang}.screen.png`;
        await page.screenshot({ path: screen, fullPage: false });
        console.log(screen);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
