// Screenshots of the curation workbench for docs/curation.md, from the production build
// (`npx vite build` first): node scripts/curate-screenshots.mjs. Output: docs/screenshots/
// curate.<desktop|phone>.<zh|en>.png (the sentences and their proposals) and
// curate-draft.<desktop|phone>.<zh|en>.png (a batch drafted with its projects), at 1280 and
// 390 px, in both languages. The page is a genre page written for the tests.
import { readFileSync } from 'node:fs';
import { forEachScreen } from './screens.mjs';

const text = readFileSync('tests/fixtures/pages/batch-groundbreaking.txt', 'utf8');
const out = process.env.SCREENSHOT_OUT ?? 'docs/screenshots';

await forEachScreen(async ({ page, lang, device, url }) => {
  await page.goto(url(`/curate${lang === 'en' ? '?lang=en' : ''}`));
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
});
console.log(`wrote ${out}/curate*.png`);
