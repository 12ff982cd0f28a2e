import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForView } from './support';
import { dataset, parseExport } from './dashboard-data';

/**
 * One model for every view (issue 11): a follow-up that marks a target achieved (ten days after
 * its deadline, so met late) changes its
 * deadline state on every page that shows it, and every count moves by one; deleting the
 * follow-up restores them all. The target is an overdue one of the bundled dataset that names a
 * project, so the project page shows it too.
 */
const target = dataset.targets.find(
  (t) =>
    t.deadline !== null &&
    t.deadline < '2025-01-01' &&
    !dataset.reports.some((report) => report.targetId === t.id) &&
    t.projectIds.length > 0,
);
if (!target?.deadline)
  throw new Error('the bundled dataset has no overdue target naming a project');
const district = target.districtId;
const project = target.projectIds[0] as string;
const source = target.sourceRefs[0]?.sourceId as string;
const followUpDate = new Date(Date.parse(`${target.deadline}T00:00:00Z`) + 10 * 86_400_000)
  .toISOString()
  .slice(0, 10);

const stateOf = async (page: Page, selector: string) => {
  const badge = page.locator(selector).locator('.state-badge').first();
  const className = (await badge.getAttribute('class')) ?? '';
  return /state-([a-z-]+)$/.exec(className.split(' ').at(-1) ?? '')?.[1] ?? 'none';
};
const number = async (page: Page, selector: string) =>
  Number(((await page.locator(selector).first().textContent()) ?? '').replace(/[^\d]/g, ''));
const rowOf = (id: string, kind: 'targets' | 'projects') =>
  `tr:has(a[href$="/${kind}/${encodeURIComponent(id)}"])`;

/** What every page says about the target, and the counts it is part of. */
async function everywhere(page: Page) {
  const seen: Record<string, string | number> = {};

  await page.goto(`/targets/${encodeURIComponent(target!.id)}`);
  await waitForView(page);
  seen.targetPage = await stateOf(page, 'section[aria-labelledby="target-situation"]');

  await page.goto(`/targets?district=${district}`);
  await waitForView(page);
  seen.listRow = await stateOf(page, `#targets-table ${rowOf(target!.id, 'targets')}`);
  seen.listOverdue = Number(
    await page.getByTestId('state-count-overdue').getAttribute('data-count'),
  );
  seen.listMet = Number(await page.getByTestId('state-count-met-late').getAttribute('data-count'));
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV（Excel）' }).click(),
  ]);
  const table = parseExport(await readFile((await csv.path())!, 'utf8'));
  const stateColumn = table.header.indexOf('截止状态');
  seen.csv = table.rows.find((row) => row[0] === target!.id)?.[stateColumn] ?? 'missing';
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出 JSON/ }).click(),
  ]);
  const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as {
    rows: { id: string; deadlineState: string }[];
  };
  seen.json = exported.rows.find((row) => row.id === target!.id)?.deadlineState ?? 'missing';

  await page.goto('/');
  await waitForView(page);
  const districtRow = `.state-table tbody tr:has(a[href$="/districts/${district}"])`;
  seen.overviewOverdue = await number(page, `${districtRow} td[data-state="overdue"]`);
  seen.overviewMet = await number(page, `${districtRow} td[data-state="met-late"]`);
  // The totals row: the state columns follow the district name (overdue is the fourth state).
  seen.overviewTotalOverdue = await number(page, '.state-table tfoot td:nth-child(5)');

  await page.goto('/districts');
  await waitForView(page);
  const districtsRow = `#district-counts-table tr:has(a[href$="/districts/${district}"])`;
  seen.districtsOverdue = await number(page, `${districtsRow} td[data-state="overdue"]`);

  await page.goto(`/districts/${district}`);
  await waitForView(page);
  seen.districtOverdue = await number(
    page,
    `.state-summary li:has(.state-overdue) .state-summary-count`,
  );
  seen.districtMet = await number(
    page,
    `.state-summary li:has(.state-met-late) .state-summary-count`,
  );

  await page.goto(`/projects/${encodeURIComponent(project)}`);
  await waitForView(page);
  seen.projectPage = await stateOf(page, rowOf(target!.id, 'targets'));
  // The project's history lists the reader's follow-ups on its targets.
  seen.projectHistoryFollowUps = await page
    .locator('section[aria-labelledby="record-history"] li.history-follow-up', {
      hasText: '我对目标',
    })
    .count();

  await page.goto(`/sources/${encodeURIComponent(source)}`);
  await waitForView(page);
  seen.sourcePage = await stateOf(page, `#source-targets ${rowOf(target!.id, 'targets')}`);
  return seen;
}

test('a follow-up changes the target on every page and every count by one; deleting it restores them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = await everywhere(page);
  expect(before).toMatchObject({
    targetPage: 'overdue',
    listRow: 'overdue',
    csv: '逾期未报结果',
    json: 'overdue',
    projectPage: 'overdue',
    sourcePage: 'overdue',
    projectHistoryFollowUps: 0,
  });

  await page.goto(`/targets/${encodeURIComponent(target.id)}`);
  await waitForView(page);
  const panel = page.locator('#my-follow-ups');
  await panel.getByRole('button', { name: '添加跟进' }).click();
  await page.getByLabel('状态', { exact: true }).selectOption('achieved');
  await page.getByLabel('状态起始日期').fill(followUpDate);
  await page.getByLabel('说明').fill('区政府通报：已完成（一致性测试）');
  await page.getByLabel('报纸版面').selectOption({ index: 1 });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('article', { name: /我的跟进: 已完成/ })).toBeVisible();

  const after = await everywhere(page);
  const moved = (key: string, by: number) => Number(before[key]) + by;
  expect(after).toEqual({
    targetPage: 'met-late',
    listRow: 'met-late',
    listOverdue: moved('listOverdue', -1),
    listMet: moved('listMet', 1),
    csv: '逾期完成',
    json: 'met-late',
    overviewOverdue: moved('overviewOverdue', -1),
    overviewMet: moved('overviewMet', 1),
    overviewTotalOverdue: moved('overviewTotalOverdue', -1),
    districtsOverdue: moved('districtsOverdue', -1),
    districtOverdue: moved('districtOverdue', -1),
    districtMet: moved('districtMet', 1),
    projectPage: 'met-late',
    sourcePage: 'met-late',
    projectHistoryFollowUps: 1,
  });

  await page.goto(`/targets/${encodeURIComponent(target.id)}`);
  await waitForView(page);
  await panel.getByRole('button', { name: '删除' }).first().click();
  await panel.getByRole('group').getByRole('button', { name: '删除' }).click();
  await expect(panel.getByText('还没有跟进。', { exact: true })).toBeVisible();

  expect(await everywhere(page)).toEqual(before);
});
