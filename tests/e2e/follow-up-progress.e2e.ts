import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseExport } from './dashboard-data';
import { downloadFrom, expect, followUpPanel, openView, savedFollowUp, test } from './support';

/**
 * The issue's "Done when" (issue 19): on 管城's 2021 一季度 60亿 target of the bundled dataset,
 * my follow-up "done 45亿 through 2021-03-15" shows progress 75 %, its 时间进度, gap and light
 * alike on the target page, the /targets row, the district ranking and the CSV; a follow-up
 * achieved 45 days late shows 逾期完成 45 天 on every page that shows the target and in the
 * CSV. The as-of dates make it deterministic: 2021-03-20 (before the deadline, 2021-03-31) and
 * 2021-06-01 (after the achieved follow-up of 2021-05-15).
 */
const TARGET = 'guancheng-2021-q1-investment';
const STATEMENT = '力争一季度完成投资60亿元以上';
const SOURCE = '003_13d16aa499b581b9';
const DISTRICT = '410104';
const DURING = '2021-03-20';
const AFTER = '2021-06-01';
const PACE = '完成 45亿元，占计划 75.0%，时间进度 82.2%，落后 7.2 个百分点 · 黄灯';

async function addFollowUp(
  page: Page,
  values: { status: string; date: string; note: string; done?: string },
) {
  await followUpPanel(page).getByRole('button', { name: '添加跟进' }).click();
  await page.getByLabel('状态', { exact: true }).selectOption(values.status);
  await page.getByLabel('状态起始日期').fill(values.date);
  await page.getByLabel('说明').fill(values.note);
  await page.getByLabel('链接（http 或 https）').fill('https://example.org/guancheng');
  if (values.done) await page.getByLabel('已完成（亿元）').fill(values.done);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(savedFollowUp(page, values.note)).toBeVisible();
}

const targetRow = (page: Page) => page.locator('tbody tr', { hasText: STATEMENT });
const cell = (row: Locator, column: string) => row.locator(`td[data-col="${column}"]`);

/** The CSV of /targets as shown (filtered to the district), and the zip's README. */
async function exportTargets(page: Page, asOf: string) {
  await openView(page, `/targets?district=${DISTRICT}&asOf=${asOf}`);
  const download = await downloadFrom(
    page,
    page.getByRole('button', { name: '导出 CSV（Excel）' }),
  );
  const { header, rows } = parseExport(await readFile((await download.path())!, 'utf8'));
  const row = rows.find((r) => r[0] === TARGET);
  if (!row) throw new Error(`the CSV has no row ${TARGET}`);
  const zipped = await downloadFrom(page, page.getByRole('button', { name: /zip/i }));
  const files = unzipSync(new Uint8Array(await readFile((await zipped.path())!)));
  const readme = strFromU8(files['README.txt']!);
  return { value: (name: string) => row[header.indexOf(name)], readme };
}

test('a follow-up’s progress and its days late read alike on every page and in the CSV', async ({
  page,
}) => {
  // Done 45亿 through 2021-03-15, reported that day, in progress.
  await openView(page, `/targets/${TARGET}?asOf=${DURING}`);
  await addFollowUp(page, {
    status: 'in-progress',
    date: '2021-03-15',
    note: '区发改委通报：一季度已完成投资45亿元（e2e）',
    done: '45',
  });
  await expect(followUpPanel(page).getByText('进度：完成 45亿元，截至2021年3月15日')).toBeVisible();

  // The target page: the bullet says it all, from my follow-up.
  const progress = page.getByRole('region', { name: '计划完成进度' });
  await expect(progress.getByRole('img', { name: PACE })).toBeVisible();
  await expect(progress.getByText(/进度截至 2021年3月15日/)).toBeVisible();

  // The /targets row.
  await openView(page, `/targets?district=${DISTRICT}&asOf=${DURING}`);
  const row = targetRow(page);
  await expect(cell(row, 'progress')).toHaveText('75.0%');
  await expect(cell(row, 'timeProgress')).toHaveText('82.2%');
  await expect(cell(row, 'gap')).toHaveText('−7.2 个百分点');
  await expect(cell(row, 'light')).toHaveText('黄灯');
  // The light facet, held in the link, keeps it.
  await openView(page, `/targets?district=${DISTRICT}&light=yellow&asOf=${DURING}`);
  await expect(targetRow(page)).toHaveCount(1);
  await expect(page.locator('#targets-table tbody tr')).toHaveCount(1);

  // The district ranking's investment column: its one measured target, the same gap and light.
  await openView(page, `/districts?asOf=${DURING}`);
  const guancheng = page.locator('#districts-table tr', { hasText: '管城回族区' });
  await expect(cell(guancheng, 'gap')).toContainText('−7.2 个百分点');
  await expect(cell(guancheng, 'gap')).toContainText('黄灯');

  // The CSV.
  const during = await exportTargets(page, DURING);
  expect(
    ['完成占计划', '时间进度', '差距（百分点）', '灯号', '状态来源', '来源日期'].map(during.value),
  ).toEqual(['75', '82.2', '-7.2', '黄灯', '我的跟进', '2021-03-15']);
  expect(during.value('来源链接')).toBe('https://example.org/guancheng');
  expect(during.readme).toContain('状态来自我的跟进: 1 条');

  // Achieved on 2021-05-15: 45 days after the deadline (2021-03-31).
  await openView(page, `/targets/${TARGET}?asOf=${AFTER}`);
  await addFollowUp(page, {
    status: 'achieved',
    date: '2021-05-15',
    note: '区发改委通报：一季度投资目标已完成（e2e）',
  });
  const late = '逾期完成 45 天';
  await expect(page.getByRole('region', { name: /的情况/ }).locator('.state-badge')).toHaveText(
    late,
  );

  await openView(page, `/targets?district=${DISTRICT}&asOf=${AFTER}`);
  await expect(cell(targetRow(page), 'state')).toHaveText(late);
  await expect(cell(targetRow(page), 'daysLate')).toHaveText('45');

  // The pages that list the target (it names no project: no project page shows it).
  for (const path of [`/sources/${SOURCE}`, `/districts/${DISTRICT}`]) {
    await openView(page, `${path}?asOf=${AFTER}`);
    await expect(targetRow(page).locator('.state-badge'), path).toHaveText(late);
  }

  const after = await exportTargets(page, AFTER);
  expect(['逾期天数', '截止状态', '状态来源', '来源日期'].map(after.value)).toEqual([
    '45',
    '逾期完成',
    '我的跟进',
    '2021-05-15',
  ]);
});
