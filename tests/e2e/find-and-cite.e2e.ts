import type { Page } from '@playwright/test';
import { formatDate } from '../../src/lib/format';
import { dataset } from './dashboard-data';
import { expect, openView, test } from './support';

/**
 * Find and cite (issue 22): the search shows each hit's kind, district and matched sentence
 * with the match marked, a hyphen finds what an en dash spells, the page's own search box is a
 * finger's height; every quoted sentence and every record copies its citation (sentence, page,
 * date and the link to the sentence) in the reader's language or as plain text.
 */

/** A sentence placed on a page whose date was inferred, quoted by a target. */
const target = dataset.targets.find((t) =>
  t.sourceRefs.some(
    (ref) =>
      ref.at !== undefined &&
      dataset.sources.find((s) => s.id === ref.sourceId)?.dateCertainty === 'inferred',
  ),
);
if (!target) throw new Error('the bundled dataset has no target quoting a placed sentence');
const ref = target.sourceRefs.find((r) => r.at !== undefined)!;
const source = dataset.sources.find((s) => s.id === ref.sourceId)!;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.beforeEach(async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a sentence of a source page copies its citation: sentence, page, date and anchor link', async ({
  page,
  baseURL,
}) => {
  await openView(page, `/sources/${source.id}`);
  const sentence = page.locator(`#q-${ref.at}`);
  await sentence.getByRole('button', { name: '复制引用' }).click();
  await expect(sentence.getByTestId('copy-citation-status')).toHaveText(/已复制引用/);
  const copied = await clipboard(page);
  expect(copied).toContain(`「${ref.quote}」`);
  expect(copied).toContain(`《${source.headlinesZh[0]}》`);
  expect(copied).toContain(source.id);
  expect(copied).toContain(formatDate(source.publishedOn, 'zh'));
  expect(copied).toContain('日期为推断');
  expect(copied).toMatch(new RegExp(`${baseURL}/sources/${source.id}#q-${ref.at}$`));

  // The plain form: one labelled line each, the date as ISO.
  await sentence.getByRole('button', { name: '复制纯文本' }).click();
  await expect(sentence.getByTestId('copy-citation-status')).toHaveText(/已复制纯文本引用/);
  expect((await clipboard(page)).split('\n')).toEqual([
    `引文：${ref.quote}`,
    `版面：${source.headlinesZh[0]}（${source.id}）`,
    `刊出日期：${source.publishedOn}（推断）`,
    `链接：${baseURL}/sources/${source.id}#q-${ref.at}`,
  ]);

  // The link leads back to the sentence.
  await page.goto(copied.slice(copied.lastIndexOf('http')));
  await expect(page.locator(`#q-${ref.at}`)).toBeFocused();
});

test('in English a record’s quote copies an English citation whose link opens in English', async ({
  page,
  baseURL,
}) => {
  await openView(page, `/targets/${encodeURIComponent(target.id)}?lang=en`);
  const quote = page.locator('.source-quotes > li').filter({ hasText: ref.quote }).first();
  await quote.getByRole('button', { name: 'Copy citation' }).click();
  await expect(quote.getByTestId('copy-citation-status')).toHaveText(/Citation copied/);
  const copied = await clipboard(page);
  expect(copied).toContain(`“${ref.quote}”`);
  expect(copied).toContain(`“${source.headlinesEn[0]}”`);
  expect(copied).toContain(formatDate(source.publishedOn, 'en'));
  expect(copied).toContain(`${baseURL}/sources/${source.id}?lang=en#q-${ref.at}`);

  // The whole record: its name and link, then each of its sentences.
  await page.getByRole('button', { name: 'Copy this record’s citation' }).click();
  const record = (await clipboard(page)).split('\n');
  expect(record[0]).toBe(
    `${target.statementEn} (${baseURL}/targets/${encodeURIComponent(target.id)}?lang=en)`,
  );
  expect(record).toHaveLength(1 + target.sourceRefs.length);
  expect(record[1]).toContain(target.sourceRefs[0]!.quote);
});

test('a progress report’s sentence in a record’s history copies its citation', async ({ page }) => {
  const report = dataset.reports.find((r) => r.targetId && r.sourceRef.at !== undefined);
  if (!report) throw new Error('the bundled dataset has no placed report on a target');
  await openView(page, `/targets/${encodeURIComponent(report.targetId!)}`);
  const item = page.locator('.record-history > li.history-report').filter({
    hasText: report.sourceRef.quote,
  });
  await item.first().getByRole('button', { name: '复制引用' }).click();
  const copied = await clipboard(page);
  expect(copied).toContain(`「${report.sourceRef.quote}」`);
  expect(copied).toMatch(
    new RegExp(`/sources/${report.sourceRef.sourceId}#q-${report.sourceRef.at}$`),
  );
});

test('where the browser refuses to copy, the citation is shown to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
  });
  await openView(page, `/sources/${source.id}`);
  const sentence = page.locator(`#q-${ref.at}`);
  await sentence.getByRole('button', { name: '复制引用' }).click();
  const field = sentence.getByLabel('请手动复制以下引用');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(new RegExp(`^「${ref.quote}」.*#q-${ref.at}$`));
});

test('without the Clipboard API (a page served over plain http) the copy command copies', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await openView(page, `/sources/${source.id}`);
  const sentence = page.locator(`#q-${ref.at}`);
  await sentence.getByRole('button', { name: '复制引用' }).click();
  await expect(sentence.getByTestId('copy-citation-status')).toHaveText(/已复制引用/);
  // The focus returns to the button once the copy command's field is gone.
  await expect(sentence.getByRole('button', { name: '复制引用' })).toBeFocused();
  const reader = await page.context().newPage();
  await reader.goto('/');
  expect(await clipboard(reader)).toContain(`「${ref.quote}」`);
  await reader.close();
});

test('search hits show their kind, district and matched sentence, marked @phone', async ({
  page,
}) => {
  await openView(page, `/search?q=${encodeURIComponent('陇海路')}`);
  const box = page.getByRole('search', { name: '搜索', exact: true }).getByRole('searchbox');
  expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const projects = page.locator('section[aria-labelledby="search-projects"]');
  await expect(projects.getByRole('heading')).toHaveText(/项目\s*\(\d+\)/);
  const first = projects.locator('.search-hit').first();
  await expect(first.getByRole('link').first()).toContainText('陇海路');
  await expect(first.locator('mark').first()).toHaveText('陇海路');
  await expect(first.locator('.search-hit-facts')).toContainText('项目');
  await expect(first.locator('.search-hit-facts')).toContainText('管城回族区');
  // A target shows its period.
  const targetHit = page.locator('section[aria-labelledby="search-targets"] .search-hit').first();
  await expect(targetHit.locator('.search-hit-facts')).toContainText('所属时期');

  // Traditional characters and the district's full name find the same.
  await openView(page, `/search?q=${encodeURIComponent('隴海路')}`);
  await expect(projects.locator('.search-hit').first().locator('mark').first()).toHaveText(
    '陇海路',
  );
});

test('a hyphen finds what the data spells with an en dash, and the box searches again', async ({
  page,
}) => {
  const count = async (q: string) => {
    await openView(page, `/search?q=${encodeURIComponent(q)}&lang=en`);
    return page.getByTestId('search-summary').textContent();
  };
  const dash = await count('China–Europe Railway Express');
  expect(dash).toMatch(/^\d+ results/);
  const hyphen = await count('China-Europe Railway Express');
  expect(hyphen?.replace('-', '–')).toBe(dash);
  await expect(page.locator('.search-hit mark').first()).toHaveText(/China–Europe/);

  const box = page.getByRole('search', { name: 'Search', exact: true }).getByRole('searchbox');
  await box.fill('管城区');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=%E7%AE%A1%E5%9F%8E%E5%8C%BA/);
  // The two pages about 管城 alone come first among the pages.
  const pages = dataset.sources
    .filter((s) => s.districtIds.length === 1 && s.districtIds[0] === '410104')
    .map((s) => s.headlinesEn[0]!);
  const shown = await page
    .locator('section[aria-labelledby="search-sources"] .search-hit-title')
    .allTextContents();
  expect(shown.slice(0, pages.length).sort()).toEqual([...pages].sort());
});

test('a list searches as the search page does: its link shows the same hits, traditional characters too', async ({
  page,
}) => {
  await openView(page, `/search?q=${encodeURIComponent('管城區')}`);
  const heading = page.locator('#search-projects');
  const found = Number((await heading.locator('.search-count').textContent())!.replace(/\D/g, ''));
  expect(found).toBeGreaterThan(10);
  await page
    .locator('section[aria-labelledby="search-projects"]')
    .getByRole('link', { name: /在项目页查看全部/ })
    .click();
  await expect(page).toHaveURL(/\/projects\?q=/);
  await expect(page.getByTestId('row-count')).toContainText(`显示 ${found} 条`);
});
