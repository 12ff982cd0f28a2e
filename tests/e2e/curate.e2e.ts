import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { downloadFrom, expect, test, waitForView } from './support';

/**
 * The curation workbench in the real browser. A batch announcement becomes a batch with its
 * named projects and a target with its deadline; the preview opens the dashboard on the new
 * dataset; the next page (a half-year progress report) is curated on top of the preview into a
 * figure with its role and a progress report on the first page's target; the downloaded dataset
 * passes the command line's `check`. And the workbench never freezes nor loses a draft: a 10 MB
 * paste is refused, a full storage is said at once with the drafts exportable.
 */

const pageText = (name: string) =>
  readFileSync(new URL(`../fixtures/pages/${name}.txt`, import.meta.url), 'utf8');
const BATCH_PAGE = pageText('batch-groundbreaking');
const PROGRESS_PAGE = pageText('half-year-progress');

const sentence = (page: Page, part: string) => page.locator('.curate-sentence', { hasText: part });
const draftOf = (page: Page, title: string) => page.locator('.curate-draft', { hasText: title });

async function openPage(page: Page, text: string, publishedOn: string) {
  await page.getByLabel('版面文字').fill(text);
  await page.getByLabel('刊出日期').fill(publishedOn);
}

test('curates a batch page and, on its preview, a progress page; the download passes check', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/curate');
  await waitForView(page);
  await openPage(page, BATCH_PAGE, '2024-04-19');

  // What the page says is filled in: its id, headline and the date's evidence.
  await expect(page.getByLabel('来源编号')).toHaveValue('005_guancheng_2024_04_19');
  await expect(page.getByLabel('标题（中文，版面没有标题可留空）')).toHaveValue(
    '管城回族区第二批重点项目集中开工',
  );
  await expect(page.getByLabel('由整理者给出（如报纸版次）')).toBeChecked();
  await page.getByLabel('标题（英文）').fill('Guancheng breaks ground on its second batch');

  // The batch, and its named projects in one click.
  const batchSentence = sentence(page, '此次集中开工项目18个');
  await expect(batchSentence.locator('[data-proposal="batch"]')).toHaveCount(2);
  await batchSentence.locator('[data-proposal="batch"]').first().getByRole('button').click();
  const batch = page.locator('.curate-draft[data-kind="batch"]');
  await expect(batch.getByLabel('项目个数')).toHaveValue('18个');
  await expect(batch.getByLabel('总投资')).toHaveValue('126.5亿元');
  await expect(batch.getByLabel('年度计划投资')).toHaveValue('42亿元');
  await expect(batch.getByLabel('第几批')).toHaveValue('2');
  await batch.getByRole('button', { name: '起草其中点名的 3 个项目并关联' }).click();
  await expect(page.locator('.curate-draft[data-kind="project"]')).toHaveCount(3);
  await expect(batch.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await batch.getByLabel('名称（英文）').fill('Second ground-breaking batch of 2024');

  // The target with its deadline.
  await sentence(page, '确保全年完成投资42亿元以上')
    .locator('[data-proposal="target"]', { hasText: '42亿元以上' })
    .getByRole('button')
    .click();
  const target = draftOf(page, '确保全年完成投资42亿元以上');
  await expect(target.getByLabel('截止日期')).toHaveValue('2024-12-31');
  await expect(target.getByLabel('原文期限')).toHaveValue('全年');
  await expect(target.getByLabel('编号')).toHaveValue(/^guancheng-2024-/);
  await target.getByLabel('目标表述（英文）').fill('Invest at least 4.2 bn yuan this year');

  const names: Record<string, string> = {
    南曹片区安置房二期项目: 'Nancao resettlement housing, phase II',
    紫辰路道路改造工程: 'Zichen Road renovation',
    商都遗址数字展示中心: 'Shang capital site digital exhibition centre',
  };
  for (const [zh, en] of Object.entries(names))
    await page
      .getByRole('article', { name: `项目: ${zh}` })
      .getByLabel('名称（英文）')
      .fill(en);

  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await page.getByRole('button', { name: '检查并生成数据集' }).click();
  const summary = page.locator('.curate-summary');
  await expect(summary).toContainText('新增项目 3 个、目标 1 个、数字 0 个、批次 1 个');
  const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
    sources: unknown[];
  };
  await expect(summary).toContainText(`共 ${bundled.sources.length + 1} 个版面`);

  // The preview: the dashboard on the new dataset, and links that keep it.
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    summary.getByRole('button', { name: /^预览/ }).click(),
  ]);
  await preview.waitForLoadState();
  await expect(preview.locator('.dataset-banner')).toContainText('预览');
  await expect(preview.locator('.site-footer')).toContainText(
    `${bundled.sources.length + 1} 个郑州报纸版面`,
  );
  const footerLink = preview.locator('.site-footer a', { hasText: '整理新版面' });
  await expect(footerLink).toHaveAttribute('href', /data=preview/);
  await preview.close();

  // The next page, on top of the preview.
  await summary.getByRole('button', { name: '在预览上整理下一个版面' }).click();
  await expect(page).toHaveURL(/\/curate\?data=preview/);
  await expect(page.locator('.curate-draft')).toHaveCount(0);
  await openPage(page, PROGRESS_PAGE, '2024-07-21');
  await expect(page.getByLabel('来源编号')).toHaveValue('006_guancheng_2024_07_21');
  await page.getByLabel('标题（英文）').fill('Guancheng reviews its key projects at mid-year');

  // A figure with its role.
  await sentence(page, '全区新开工项目14个')
    .locator('[data-proposal="figure"]', { hasText: '14个' })
    .getByRole('button')
    .click();
  const figure = page.locator('.curate-draft[data-kind="figure"]');
  await expect(figure.getByLabel('数量性质')).toHaveValue('count');
  await expect(figure.getByLabel('所属时期（2024、2024-Q1、2024-H1、2024-03）')).toHaveValue(
    '2024-H1',
  );
  await figure.getByLabel('数量性质').selectOption('done');
  await figure.getByLabel('指标名称（英文）').fill('Projects started in the first half');

  // A progress report on the first page's target, now in the dataset in view.
  await sentence(page, '占年度计划的56.2%')
    .locator('[data-proposal="progress"]', { hasText: '56.2%' })
    .getByRole('button')
    .click();
  const report = page.locator('.curate-draft[data-kind="report"]');
  await expect(report.getByLabel('完成计划（%）')).toHaveValue('56.2');
  await expect(report.getByLabel('统计截至')).toHaveValue('2024-06-30');
  const targetOption = report
    .getByLabel('报告的目标')
    .locator('option', { hasText: '确保全年完成投资42亿元以上' });
  await report.getByLabel('报告的目标').selectOption((await targetOption.getAttribute('value'))!);
  await report.getByLabel('报告状态').selectOption('in-progress');

  await page.getByRole('button', { name: '检查并生成数据集' }).click();
  await expect(summary).toContainText('进展报告 1 条');
  await expect(summary).toContainText(`共 ${bundled.sources.length + 2} 个版面`);
  const download = await downloadFrom(
    page,
    summary.getByRole('button', { name: '下载新的 dataset.json' }),
  );
  const folder = mkdtempSync(join(tmpdir(), 'curate-e2e-'));
  const file = join(folder, 'dataset.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    sources: { id: string }[];
    batches: { projectIds: string[]; count?: { role: string } }[];
    reports: { progress?: { percentOfPlan?: number; through: string } }[];
    figures: { quantity: { role: string }; sourceRefs: { at?: number }[] }[];
  };
  expect(exported.sources.map((s) => s.id).slice(-2)).toEqual([
    '005_guancheng_2024_04_19',
    '006_guancheng_2024_07_21',
  ]);
  expect(exported.batches.at(-1)?.projectIds).toHaveLength(3);
  expect(exported.reports.at(-1)?.progress).toEqual({ percentOfPlan: 56.2, through: '2024-06-30' });
  expect(exported.figures.at(-1)?.quantity.role).toBe('done');
  expect(exported.figures.at(-1)?.sourceRefs[0]?.at).toBeGreaterThan(0);

  // The command line's check passes on it, quotes and hashes included.
  const articles = join(folder, 'articles');
  execFileSync('mkdir', ['-p', articles]);
  writeFileSync(join(articles, '005_guancheng_2024_04_19.txt'), BATCH_PAGE);
  writeFileSync(join(articles, '006_guancheng_2024_07_21.txt'), PROGRESS_PAGE);
  const seed = '../shared/articles';
  const args = ['tsx', 'scripts/curate.ts', 'check', file, '--articles', articles];
  if (existsSync(seed)) args.push('--articles', seed);
  const checked = execFileSync('npx', args, { encoding: 'utf8' });
  expect(checked).toMatch(/^ok: /);
});

test('a 10 MB paste is refused with a message, and the page stays responsive and unsaved', async ({
  page,
}) => {
  await page.goto('/curate');
  await waitForView(page);
  const textarea = page.getByLabel('版面文字');
  await textarea.fill(PROGRESS_PAGE);
  const started = Date.now();
  await textarea.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', '郑'.repeat(10_000_000 / 3));
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.getByRole('alert')).toContainText('没有接受这段文字');
  await expect(page.getByRole('alert')).toContainText('200 KB');
  // Typed or dropped text takes the same check (the input event, not only the paste).
  await textarea.evaluate((element: HTMLTextAreaElement) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(element, 'x'.repeat(10_000_000));
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(textarea).toHaveValue(PROGRESS_PAGE);
  // Still responsive: another field takes typing at once.
  await page.getByLabel('标题（英文）').fill('Still here');
  expect(Date.now() - started).toBeLessThan(10_000);
  const stored = await page.evaluate(() => localStorage.getItem('zz-tracker.curate') ?? '');
  expect(stored.length).toBeLessThan(50_000);
  expect(stored).toContain('Still here');
  // A reload finds the page as it was, not the refused text.
  await page.reload();
  await waitForView(page);
  await expect(page.getByLabel('版面文字')).toHaveValue(PROGRESS_PAGE);
});

test('a full storage is said at once, and the drafts can still be exported', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full && key === 'zz-tracker.curate')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto('/curate');
  await waitForView(page);
  await openPage(page, PROGRESS_PAGE, '2024-07-21');
  await page.evaluate(() => {
    (window as unknown as { __full?: boolean }).__full = true;
  });
  await sentence(page, '全区新开工项目14个')
    .locator('[data-proposal="figure"]', { hasText: '14个' })
    .getByRole('button')
    .click();
  const failure = page.locator('.curate-save-failed');
  await expect(failure).toContainText('草稿没有保存到本浏览器');
  const download = await downloadFrom(page, failure.getByRole('button', { name: '导出草稿' }));
  const drafts = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    drafts: { kind: string }[];
  };
  expect(drafts.drafts.map((d) => d.kind)).toEqual(['figure']);
  // Once storage takes it again, the warning goes.
  await page.evaluate(() => {
    (window as unknown as { __full?: boolean }).__full = false;
  });
  await page.getByLabel('标题（英文）').fill('Saved again');
  await expect(failure).toHaveCount(0);
});

test('refuses bad input, naming the record by its title @phone', async ({ page }) => {
  await page.goto('/curate');
  await waitForView(page);
  await page.getByLabel('打开 .txt / .md 文件').setInputFiles({
    name: 'scan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
  });
  await expect(page.getByRole('alert')).toContainText('scan.txt is a binary file');

  await openPage(page, BATCH_PAGE, '2099-01-01');
  await sentence(page, '确保全年完成投资42亿元以上')
    .locator('[data-proposal="target"]', { hasText: '42亿元以上' })
    .getByRole('button')
    .click();
  await page.locator('.curate-draft').getByLabel('引文 1').fill('确保全年完成投资90亿元以上');
  await page.getByRole('button', { name: '检查并生成数据集' }).click();
  const problems = page.locator('.curate-problems').last();
  await expect(problems).toContainText('刊出日期: 2099-01-01 is in the future');
  // The statement follows the edited quote, and the problem names the draft by it.
  await expect(problems).toContainText('「确保全年完成投资90亿元以上」 · 引文: not verbatim');
  await expect(problems).toContainText('目标表述（英文）: must not be empty');
  await expect(page.locator('.curate-summary')).toHaveCount(0);

  // An imported file with a repeated key is refused with its path; the drafts stay.
  await page.getByLabel('导入草稿').setInputFiles({
    name: 'drafts.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":2,"text":"a","meta":{},"drafts":[{"key":"a","key":"b"}]}'),
  });
  await expect(page.getByRole('alert').first()).toContainText(
    'drafts[0].key: the key is written twice',
  );
  await expect(page.locator('.curate-draft')).toHaveCount(1);
});
