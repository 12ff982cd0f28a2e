// Screenshots of the curation workbench for docs/curation.md, from the production build
// (`npx vite build` first): node scripts/curate-screenshots.mjs. Output: docs/screenshots/.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or install chromium.');
  process.exit(1);
}
// A page of the seed set, as a curator would paste it.
const text = readFileSync('../shared/articles/003_13d16aa499b581b9.txt', 'utf8')
  .split('\n')
  .slice(0, 40)
  .join('\n');

const server = await startServer({ port: 0, quiet: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  for (const [name, viewport] of Object.entries({
    desktop: { width: 1280, height: 900 },
    phone: { width: 360, height: 780 },
  })) {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: name === 'phone' ? 2 : 1,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(new URL('/curate', server.url).href);
    await page.getByLabel('版面文字').fill(text);
    await page.getByLabel('来源编号').fill('003_13d16aa499b581b9');
    await page.getByLabel('标题（中文）').fill('起步就要冲刺 开局就要决战');
    await page.getByLabel('刊出日期').fill('2021-02-18');
    const sentence = page.locator('.curate-sentence', { hasText: '力争一季度完成投资60亿元以上' });
    await sentence.getByRole('button', { name: '起草目标' }).click();
    await sentence.scrollIntoViewIfNeeded();
    // docs/curation.md shows the sentences on a desktop and a draft on a phone.
    if (name === 'desktop')
      await page.screenshot({ path: 'docs/screenshots/curate.desktop.zh.png' });
    await page.locator('.curate-draft').first().scrollIntoViewIfNeeded();
    if (name === 'phone')
      await page.screenshot({ path: 'docs/screenshots/curate-draft.phone.zh.png' });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('wrote docs/screenshots/curate*.png');
