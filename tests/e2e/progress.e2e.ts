import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { newViewContext } from '../../scripts/views.mjs';
import { PROGRESS_AS_OF, PROGRESS_IDS, progressDataset } from '../fixtures/progress-dataset';
import { drawAllCharts, expect, openView, test, waitForView } from './support';

/**
 * Progress against plan in the browser (issue 19): the district ranking answers "which district
 * met the largest share on time, as of a date" in one view; a target's page shows its progress
 * as a bullet with its words, the light rule and its switch; days late on every page that shows
 * the target; the overview's money; a batch's page. The views read the test dataset of
 * tests/fixtures/progress-dataset.ts, served from this origin through `?data=`.
 */
const DATA_PATH = '/test-data/progress.json';
const withData = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}data=${encodeURIComponent(DATA_PATH)}`;

async function serveProgress(page: Page) {
  const body = JSON.stringify(progressDataset());
  await page.route(`**${DATA_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }),
  );
}

const rankingRows = (page: Page) =>
  page.locator('#districts-table tbody [role="rowheader"]').allTextContents();

test('the ranking answers which district met the largest share on time, as of a date', async ({
  page,
}) => {
  await serveProgress(page);
  await openView(page, withData(`/districts?asOf=${PROGRESS_AS_OF.early}`));
  await expect(page.getByTestId('ranking-answer')).toHaveText(
    '截至 2021年3月29日，按期完成率最高的是管城回族区：100.0%（4/4，样本少）；应到期目标在 5 个及以上的区县中最高的是金水区：80.0%（4/5）。',
  );
  expect(await rankingRows(page)).toEqual(['管城回族区', '金水区', '中原区']);

  // Another day, picked on the page: the rates and the answer move with it.
  await page
    .getByRole('group', { name: '快速选择' })
    .getByRole('button', { name: /2021年4月20日/ })
    .click();
  await expect(page).toHaveURL(/asOf=2021-04-20/);
  await expect(page.getByTestId('ranking-answer')).toContainText(
    '按期完成率最高的是中原区：100.0%（3/3，样本少）；应到期目标在 5 个及以上的区县中最高的是金水区：66.7%（4/6）',
  );
  expect(await rankingRows(page)).toEqual(['中原区', '金水区', '管城回族区']);
  const guancheng = page.locator('#districts-table tr', { hasText: '管城回族区' });
  await expect(guancheng.locator('td[data-col="onTime"]')).toHaveText('57.1%4/7');
  await expect(guancheng.locator('td[data-col="overdueRate"]')).toHaveText('28.6%2/7');

  // Ranked by another rate, held in the link.
  await page.getByRole('button', { name: /逾期率/ }).click();
  await expect(page).toHaveURL(/sort=-overdueRate/);
  expect(await rankingRows(page)).toEqual(['管城回族区', '金水区', '中原区']);
  // A numerator opens the targets it counts.
  await guancheng.locator('td[data-col="overdueRate"]').getByRole('link').click();
  await waitForView(page);
  await expect(page).toHaveURL(/\/targets\?district=410104&state=overdue&asOf=2021-04-20/);
  await expect(page.getByTestId('row-count')).toContainText('显示 2 条');
});

test('@phone the ranking reads as cards, 按期完成率 first, nothing scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await serveProgress(page);
  await openView(page, withData(`/districts?asOf=${PROGRESS_AS_OF.late}`));
  const card = page.locator('#districts-table tbody tr').first();
  await expect(card.locator('[role="rowheader"]')).toHaveText('中原区');
  const top = async (selector: string) => (await card.locator(selector).boundingBox())?.y ?? 0;
  expect(await top('td[data-col="onTime"]')).toBeLessThan(await top('td[data-col="overdueRate"]'));
  await expect(card.locator('td[data-col="due"]')).toContainText('样本少');
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(sideways).toBe(false);
});

test('a target’s page shows its progress as a bullet with its words, the rule and its switch', async ({
  page,
}) => {
  await serveProgress(page);
  await openView(
    page,
    withData(`/targets/${PROGRESS_IDS.guanchengQ1}?asOf=${PROGRESS_AS_OF.late}`),
  );
  const progress = page.getByRole('region', { name: '计划完成进度' });
  const bullet = progress.getByRole('img', {
    name: '完成 45亿元，占计划 75.0%，时间进度 82.2%，落后 7.2 个百分点 · 黄灯',
  });
  await expect(bullet).toBeVisible();
  // The bar ends at 75 % of the plan's band and the marker stands at 82.2 %.
  const band = await bullet.locator('.bullet-plan').boundingBox();
  const done = await bullet.locator('.bullet-done').boundingBox();
  const marker = await bullet.locator('.bullet-time').boundingBox();
  if (!band || !done || !marker) throw new Error('the bullet is not drawn');
  expect(done.width / band.width).toBeCloseTo(0.75, 2);
  expect((marker.x + marker.width / 2 - band.x) / band.width).toBeCloseTo(0.822, 2);
  await expect(
    progress.getByText('进度截至 2021年3月15日，时间进度按天计（74/90 天，含当天）'),
  ).toBeVisible();
  await expect(page.getByTestId('pace-rule')).toContainText('灯号按差距分档规则（默认）');

  // The other rule is a navigation: back returns to the first.
  await progress.getByRole('link', { name: '相对比例规则' }).click();
  await expect(page).toHaveURL(/rule=relative/);
  await expect(page.getByTestId('pace-rule')).toContainText('灯号按相对比例规则');
  await expect(bullet).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/rule=/);
  await expect(page.getByTestId('pace-rule')).toContainText('差距分档规则（默认）');

  // Where such rules come from, behind a disclosure.
  await progress.getByText('这些规则从哪里来').click();
  await expect(progress.getByText(/1–3 月完成年度计划的 30.90%/)).toBeVisible();

  // The deadline passed without a result: its days.
  await expect(page.getByRole('region', { name: /的情况/ }).locator('.state-badge')).toHaveText(
    '逾期未报结果 · 91 天',
  );

  // In English.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(
    page.getByRole('img', {
      name: 'Done CNY 4.5 bn, 75.0% of plan; time elapsed 82.2%; 7.2 points behind · Yellow light',
    }),
  ).toBeVisible();
});

test('a plan with no progress reported is grey, never a light', async ({ page }) => {
  await serveProgress(page);
  await openView(
    page,
    withData(`/targets/${PROGRESS_IDS.jinshuiYear}?asOf=${PROGRESS_AS_OF.late}`),
  );
  const progress = page.getByRole('region', { name: '计划完成进度' });
  await expect(progress.locator('.light-badge')).toHaveText('未报告进度');
  await expect(progress.getByRole('img')).toHaveCount(0);
  // Once progress is reported (as of December), the bullet: 97.2 %, 13.8 points ahead.
  await openView(
    page,
    withData(`/targets/${PROGRESS_IDS.jinshuiYear}?asOf=${PROGRESS_AS_OF.year}`),
  );
  await expect(
    page.getByRole('img', {
      name: '完成 629亿元，占计划 97.2%，时间进度 83.3%，领先 13.8 个百分点 · 绿灯',
    }),
  ).toBeVisible();
});

test('a target met late says by how many days on every page that shows it', async ({ page }) => {
  await serveProgress(page);
  const late = '逾期完成 15 天';
  const asOf = `asOf=${PROGRESS_AS_OF.late}`;
  const row = `tr:has(a[href*="/targets/${PROGRESS_IDS.metLate}"])`;
  for (const [path, scope] of [
    [`/targets/${PROGRESS_IDS.metLate}?${asOf}`, 'section[aria-labelledby="target-situation"]'],
    [`/targets?district=410104&${asOf}`, `#targets-table ${row}`],
    [`/districts/410104?${asOf}`, row],
    [`/sources/pd-2021-02-18?${asOf}`, `#source-targets ${row}`],
  ] as const) {
    await openView(page, withData(path));
    await expect(page.locator(scope).locator('.state-badge').first()).toHaveText(late);
  }
});

test('the overview’s money never adds roles, labels a lifetime total, and keeps every group reachable', async ({
  page,
}) => {
  await serveProgress(page);
  await openView(page, withData(`/?asOf=${PROGRESS_AS_OF.year}`));
  const card = page.getByTestId('headline-investment');
  await expect(card.locator(':scope > ul.investment-lines > li')).toHaveCount(3);
  await page.getByText('全部 5 组金额及其记录').click();
  const all = page.getByTestId('investment-all');
  await expect(all.locator('.investment-group-head')).toHaveText([
    '20亿元 完成投资 · 2021年一季度（截至2021年3月31日）',
    '60亿元 计划投资 · 2021年一季度',
    '629亿元 完成投资 · 2021年（截至2021年10月31日）',
    '1,867.4亿元 计划投资 · 2021年',
    '2,000亿元 总投资 · 项目全周期',
  ]);
  // A part opens its record: here a district's share of the city's batch.
  await all.getByRole('link', { name: '管城区第一批集中开工项目' }).first().click();
  await waitForView(page);
  await expect(page).toHaveURL(/\/batches\/gc-2021-batch-1/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('管城区第一批集中开工项目');
  await expect(page.getByRole('table', { name: /报道点名的成员项目/ })).toContainText(
    '管城测试产业园',
  );
});

/** axe and nothing clipped on the new views, in both languages, at 390 and 1280 px. */
const VIEWS: [string, string][] = [
  ['ranking', `/districts?asOf=${PROGRESS_AS_OF.late}`],
  ['target progress', `/targets/${PROGRESS_IDS.guanchengQ1}?asOf=${PROGRESS_AS_OF.late}`],
  ['overview', `/?asOf=${PROGRESS_AS_OF.year}`],
  ['batch', `/batches/${PROGRESS_IDS.guanchengBatch}?asOf=${PROGRESS_AS_OF.late}`],
];
const WATCHED = '.chip, .state-badge, .light-badge, button, th, .sort-button, .small-sample';

for (const lang of ['zh', 'en'] as const)
  for (const [device, viewport] of Object.entries({
    desktop: { width: 1280, height: 900 },
    phone: { width: 390, height: 844 },
  }))
    test(`axe and no clipping on the progress views, ${lang}, ${device}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await newViewContext(browser, { lang, device, viewport });
      try {
        const page = await context.newPage();
        await serveProgress(page);
        for (const [name, path] of VIEWS) {
          await openView(page, withData(path));
          await drawAllCharts(page);
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          const gated = results.violations
            .filter((v) => v.impact !== 'minor')
            .map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(gated).toEqual([]);
          const clipped = await page.evaluate((selector) => {
            const found: string[] = [];
            for (const element of document.querySelectorAll<HTMLElement>(selector)) {
              if (element.getClientRects().length === 0) continue;
              if (element.closest('[hidden], .visually-hidden')) continue;
              if (element.clientWidth <= 1 && element.clientHeight <= 1) continue;
              if (element.scrollWidth > element.clientWidth + 1)
                found.push(`${element.tagName} “${(element.textContent ?? '').slice(0, 30)}”`);
            }
            if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
              found.push('the page scrolls sideways');
            return found;
          }, WATCHED);
          expect(clipped, name).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
