import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForView } from './support';

/**
 * The curation workbench in the real browser: a pasted page is read into marked sentences; a
 * target and a status report on an existing target are drafted, survive a reload, and become a
 * downloaded dataset.json holding both; bad input is refused with a reason that names the field.
 */

const PAGE = [
  '管城回族区重点项目观摩',
  '本报讯 4月8日,管城回族区组织重点项目观摩。陇海路、城东路两条道路改造已于3月底竣工通车。',
  '会上提出,力争二季度完成投资80亿元以上。',
].join('\n\n');
const SOURCE_ID = '005_guancheng_2021_04_08';
const REPORTED = 'guancheng-2021-longhai-chengdong-completed';

type Dataset = {
  sources: { id: string; textSha256?: string }[];
  targets: {
    id: string;
    statementZh: string;
    deadline: string | null;
    sourceRefs: { sourceId: string }[];
  }[];
  reports: { targetId?: string; status?: string; sourceRef: { sourceId: string } }[];
};

test('drafts a target and a status report, keeps them over a reload and exports the dataset @phone', async ({
  page,
}) => {
  await page.goto('/curate');
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('整理新版面');

  await page.getByLabel('版面文字').fill(PAGE);
  await page.getByLabel('来源编号').fill(SOURCE_ID);
  await page.getByLabel('标题（中文）').fill('管城回族区重点项目观摩');
  await page.getByLabel('标题（英文）').fill('Guancheng tours its key projects');
  await page.getByLabel('刊出日期').fill('2021-04-08');

  const pledge = page.locator('.curate-sentence', { hasText: '力争二季度' });
  await expect(pledge.locator('.mark-quantity')).toHaveText('80亿元以上 = 8,000,000,000 CNY');
  await expect(pledge.locator('.mark-deadline')).toHaveText('二季度 → 2021-06-30');
  await pledge.getByRole('button', { name: '起草目标' }).click();

  const report = page.locator('.curate-sentence', { hasText: '陇海路' });
  await expect(report.locator('.curate-similar')).toContainText(REPORTED);
  await report.getByRole('button', { name: '进展报告' }).click();
  await expect(page.locator('.curate-draft')).toHaveCount(2);
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await page.reload();
  await waitForView(page);
  await expect(page.locator('.curate-draft')).toHaveCount(2);
  await expect(page.getByLabel('来源编号')).toHaveValue(SOURCE_ID);

  const target = page.locator('.curate-draft').first();
  await target
    .getByLabel('英文表述 (statementEn)')
    .fill('Invest at least 8 bn yuan in the second quarter');
  await expect(page.locator('.curate-draft').nth(1).getByLabel('报告所针对的目标')).toHaveValue(
    REPORTED,
  );

  await page.getByRole('button', { name: '检查并生成数据集' }).click();
  await expect(page.locator('.curate-summary')).toContainText(
    '新增项目 0 个、目标 1 个、数字 0 个；新增出处 0 条、进展报告 1 条。',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载新的 dataset.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dataset.json');
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Dataset;
  const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;

  expect(exported.sources.at(-1)).toMatchObject({ id: SOURCE_ID });
  expect(exported.sources.at(-1)?.textSha256).toMatch(/^[0-9a-f]{64}$/);
  expect(exported.targets).toHaveLength(bundled.targets.length + 1);
  expect(exported.targets.at(-1)).toMatchObject({
    deadline: '2021-06-30',
    sourceRefs: [{ sourceId: SOURCE_ID }],
  });
  const reported = exported.targets.find((t) => t.id === REPORTED);
  expect(reported?.sourceRefs.map((r) => r.sourceId)).toContain(SOURCE_ID);
  // The status report is a record of its own, citing the new page's sentence.
  expect(exported.reports).toContainEqual(
    expect.objectContaining({
      targetId: REPORTED,
      status: 'achieved',
      sourceRef: expect.objectContaining({ sourceId: SOURCE_ID }),
    }),
  );

  // The preview opens the dashboard on the new dataset, unpublished, in a new tab.
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: /预览/ }).click(),
  ]);
  await preview.waitForLoadState();
  await expect(preview.locator('.dataset-banner')).toContainText('预览');
  const added = exported.targets.at(-1)!;
  await preview.goto(`/targets/${added.id}?data=preview`);
  await expect(preview.locator('main h1')).toHaveText(added.statementZh);
  await preview.goto(`/targets/${REPORTED}?data=preview&asOf=2021-04-09`);
  await expect(preview.locator('section[aria-labelledby="target-situation"]')).toContainText(
    '已完成',
  );
  await preview.close();
});

test('refuses bad input with a reason that names the field', async ({ page }) => {
  await page.goto('/curate');
  await waitForView(page);

  await page.getByLabel('打开 .txt / .md 文件').setInputFiles({
    name: 'scan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
  });
  await expect(page.getByRole('alert')).toContainText('scan.txt is a binary file');

  await page.getByLabel('版面文字').fill(PAGE);
  await page.getByLabel('来源编号').fill(SOURCE_ID);
  await page.getByLabel('标题（中文）').fill('管城回族区重点项目观摩');
  await page.getByLabel('标题（英文）').fill('Guancheng tours its key projects');
  await page.getByLabel('刊出日期').fill('2099-01-01');
  await page
    .locator('.curate-sentence', { hasText: '力争二季度' })
    .getByRole('button', { name: '起草目标' })
    .click();
  const draft = page.locator('.curate-draft');
  await draft.getByLabel('引文').fill('力争二季度完成投资90亿元以上');
  await page.getByRole('button', { name: '检查并生成数据集' }).click();

  const problemsList = page.locator('.curate-problems').last();
  await expect(problemsList).toContainText('publishedOn: the date is in the future');
  await expect(problemsList).toContainText('quote: not verbatim in the page text');
  await expect(page.locator('.curate-summary')).toHaveCount(0);
});
