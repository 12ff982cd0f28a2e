import { enclosingPeriods } from '../../src/lib/period';
import { formatDate } from '../../src/lib/format';
import { buildTracker } from '../../src/tracker/tracker';
import { readFile } from 'node:fs/promises';
import { countBy, dataset, parseExport } from './dashboard-data';
import { downloadFrom, drawAllCharts, expect, openFilters, openView, test } from './support';

/**
 * Periods and the as-of date through links (issue 22): the period filter (所属时期) filters
 * /targets and /figures through `period=` (a link with it reproduces the view), a record opened
 * from a list judged on a past day is judged on that day too, and the "announced later" notice
 * counts within the other filters. Expected counts come from the dataset file the app serves.
 */

const rowCount = (page: import('@playwright/test').Page) => page.getByTestId('row-count');
const shown = (n: number, total: number) => new RegExp(`显示 ${n} 条，共 ${total} 条`);
const inPeriods = (period: string, ticked: readonly string[]) =>
  enclosingPeriods(period).some((p) => ticked.includes(p));

test('ticking a period filters the targets through the URL, and the link reproduces the view @phone', async ({
  page,
}) => {
  const total = dataset.targets.length;
  const quarter = countBy(dataset.targets, (t) => inPeriods(t.period, ['2021-Q1']));
  // The quarter holds the targets of its months too: more than those filed under the quarter.
  expect(quarter).toBeGreaterThan(countBy(dataset.targets, (t) => t.period === '2021-Q1'));
  await openView(page, '/targets');
  await expect(rowCount(page)).toHaveText(shown(total, total));

  await openFilters(page);
  const facet = page.locator('details[data-facet="period"]');
  await facet.locator('summary').click();
  // A tree: the latest year first, each year's halves, quarters and months indented under it.
  const years = [...new Set(dataset.targets.map((t) => t.period.slice(0, 4)))].sort().reverse();
  await expect(facet.locator('.facet-option:not([data-depth])').first()).toContainText(
    `${years[0]}年`,
  );
  await expect(facet.locator('.facet-option[data-depth="2"]').first()).toBeVisible();
  await facet.getByRole('checkbox', { name: /2021年一季度/ }).check();
  await expect(page).toHaveURL(/[?&]period=2021-Q1(&|$)/);
  await expect(rowCount(page)).toHaveText(shown(quarter, total));
  const link = page.url();

  // Another period joins it (several allowed); then the link alone brings back the first view.
  await facet
    .getByRole('checkbox', { name: /2023年/ })
    .first()
    .check();
  const both = countBy(dataset.targets, (t) => inPeriods(t.period, ['2021-Q1', '2023']));
  await expect(rowCount(page)).toHaveText(shown(both, total));
  await expect(page).toHaveURL(
    /period=2021-Q1.*period=2023|period=2021-Q1%2C2023|period=2021-Q1,2023/,
  );

  await openView(page, new URL(link).pathname + new URL(link).search);
  await expect(rowCount(page)).toHaveText(shown(quarter, total));
  await expect(page.locator('details[data-facet="period"] > summary')).toContainText(
    '2021年一季度',
  );
});

test('a link with period= filters the figures, in English too', async ({ page }) => {
  const years = [...new Set(dataset.figures.map((f) => f.period.slice(0, 4)))].sort();
  const year = years[0]!;
  const count = countBy(dataset.figures, (f) => inPeriods(f.period, [year]));
  await openView(page, `/figures?period=${year}&lang=en`);
  await expect(rowCount(page)).toHaveText(`${count} of ${dataset.figures.length}`);
  await expect(page.locator('details[data-facet="period"] > summary')).toContainText(year);
});

test('a target opened from a list judged on a past day is judged on that day', async ({ page }) => {
  const asOf = '2021-04-30';
  const tracker = buildTracker(dataset, [], asOf);
  const overdue = tracker.targets.filter((row) => row.state === 'overdue');
  expect(overdue.length).toBeGreaterThan(0);
  await openView(page, `/targets?asOf=${asOf}&state=overdue`);
  await expect(rowCount(page)).toHaveText(shown(overdue.length, tracker.targets.length));
  await page.getByRole('table').locator('tbody tr').first().getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/targets/[^?]+\\?(.*&)?asOf=${asOf}(&|$)`));
  await expect(page).not.toHaveURL(/state=overdue/);
  await expect(page.locator('#target-situation')).toContainText(formatDate(asOf, 'zh'));
  // And the navigation carries it on to the other lists.
  await page.getByRole('navigation').getByRole('link', { name: '项目', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects\\?(.*&)?asOf=${asOf}`));
});

test('the "announced later" notice counts within the other filters', async ({ page }) => {
  const asOf = '2021-04-30';
  const { notYetAnnounced } = buildTracker(dataset, [], asOf);
  const byDistrict = new Map<string, number>();
  for (const row of notYetAnnounced)
    byDistrict.set(row.target.districtId, (byDistrict.get(row.target.districtId) ?? 0) + 1);
  // A district with some but not all of them, so the filtered count differs from the whole.
  const [district, some] = [...byDistrict].find(([, n]) => n < notYetAnnounced.length) ?? [];
  if (!district || !some) throw new Error('the dataset needs later targets in two districts');
  const notice = page.getByTestId('not-yet-announced');
  await openView(page, `/targets?asOf=${asOf}`);
  await expect(notice).toContainText(`另有 ${notYetAnnounced.length} 个目标`);
  await openView(page, `/targets?asOf=${asOf}&district=${district}`);
  await expect(notice).toContainText(`另有 ${some} 个目标`);
});

test('an export’s file name says the view, the district and the as-of date; its periods stay text', async ({
  page,
}) => {
  const asOf = '2021-04-30';
  const district = dataset.districts.find((d) => d.id === '410104');
  if (!district) throw new Error('the dataset has no Guancheng Hui District');
  const tracker = buildTracker(dataset, [], asOf);
  const listed = tracker.targets.filter((row) => row.target.districtId === district.id);
  await openView(page, `/targets?asOf=${asOf}&district=${district.id}`);
  const zh = await downloadFrom(page, page.getByRole('button', { name: '导出 CSV（Excel）' }));
  expect(zh.suggestedFilename()).toBe(`郑州区县目标-${district.nameZh}-截至${asOf}.csv`);
  const { header, rows } = parseExport(await readFile((await zh.path())!, 'utf8'));
  expect(rows).toHaveLength(listed.length);
  const period = header.indexOf('所属时期');
  // Codes a spreadsheet keeps as text: never 2021-03 or 2021/3, which it turns into a date.
  for (const row of rows) expect(row[period]).toMatch(/^\d{4}(-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])))?$/);

  await openView(page, `/targets?asOf=${asOf}&district=${district.id}&lang=en`);
  const en = await downloadFrom(page, page.getByRole('button', { name: 'Export CSV (Excel)' }));
  expect(en.suggestedFilename()).toBe(`zhengzhou-district-targets-guancheng-hui-asof-${asOf}.csv`);
  const json = await downloadFrom(page, page.getByRole('button', { name: 'Export JSON' }));
  expect(json.suggestedFilename()).toBe(
    `zhengzhou-district-targets-guancheng-hui-asof-${asOf}.json`,
  );
});

test('the deadline timeline’s CSV is named for its as-of date and writes its months as text', async ({
  page,
}) => {
  const asOf = '2021-04-30';
  await openView(page, `/targets?asOf=${asOf}`);
  await drawAllCharts(page);
  const chart = page.locator('#targets-timeline');
  const csv = await downloadFrom(page, chart.getByRole('button', { name: /CSV/ }));
  expect(csv.suggestedFilename()).toBe(`目标截止时间线-截至${asOf}.csv`);
  const text = await readFile((await csv.path())!, 'utf8');
  // The chart's CSV has its notes after the table; the table's rows start with a month.
  const months = text
    .slice(1)
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .filter((cell) => /^\d{4}/.test(cell));
  expect(months.length).toBeGreaterThan(1);
  for (const month of months) expect(month).toMatch(/^\d{4}-M(0[1-9]|1[0-2])$/);
});
