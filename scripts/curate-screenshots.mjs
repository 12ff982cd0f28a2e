// Screenshots of the curation workbench for docs/curation.md, from the production build
// (`npx vite build` first): node scripts/curate-screenshots.mjs. Output: docs/screenshots/
// curate.<desktop|phone>.<zh|en>.png (the sentences and their proposals) and
// curate-draft.<desktop|phone>.<zh|en>.png (a batch drafted with its projects), at 1280 and
// 390 px, in both languages. The page is a genre page written for the tests.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { newViewContext, viewports } from './views.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or install chromium.');
  process.exit(1);
}
const text = readFileSync('tests/fixtures/pages/batch-groundbreaking.txt', 'utf8');
const out = process.env.SCREENSHOT_OUT ?? 'docs/screenshots';

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
      await page.goto(new URL(`/curate${lang === 'en' ? '?lang=en' : ''}`, server.url).href);
      await page.locator('main h1').first().waitFor();
      await page.getByLabel(lang === 'zh' ? '版面文字' : 'Page text').fill(text);
      await page.getByLabel(lang === 'zh' ? '刊出日期' : 'Published on').fill('2024-04-19');
      const batch = page.locator('.curate-sentence', { hasText: '此次集中开工项目18个' });
      await batch.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/curate.${device}.${lang}.png` });
      await batch.locator('[data-proposal="batch"]').first().getByRole('button').click();
      const draft = page.locator('.curate-draft[data-kind="batch"]');
      await draft
        .getByRole('button', { name: lang === 'zh' ? /起草其中点名/ : /Draft and link/ })
        .click();
      await draft.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/curate-draft.${device}.${lang}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${out}/curate*.png`);
