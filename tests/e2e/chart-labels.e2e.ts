import type { Page } from '@playwright/test';
import { expect, openView, test } from './support';

/**
 * Bars carry their values where they are few (at most 12: a stacked bar its total), and the
 * deadline timeline's as-of line is drawn in a colour no deadline state uses, named in the
 * chart's legend.
 */

const UP_TO = 12;

/** The numbers printed on a chart's bars, in order (empty labels left out). */
async function barLabels(page: Page, chart: string): Promise<string[]> {
  const texts = await page
    .locator(`#${chart} .recharts-label-list text`)
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()));
  return texts.filter(Boolean);
}

/** The chart's table view: each row's last cell (the total), once the table is shown. */
async function tableTotals(page: Page, chart: string): Promise<string[]> {
  await page.locator(`#${chart} .segmented button`).nth(1).click();
  return page
    .locator(`#${chart} table tbody tr`)
    .evaluateAll((rows) => rows.map((row) => (row.lastElementChild?.textContent ?? '').trim()));
}

const drawn = async (page: Page, chart: string) => {
  await page.locator(`#${chart}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${chart} .recharts-bar-rectangle`).first()).toBeVisible();
};

test('a timeline of few months prints each month’s total; the as-of line is not the overdue red', async ({
  page,
}) => {
  await openView(page, '/targets?asOf=2021-04-30');
  const chart = 'targets-timeline';
  await drawn(page, chart);
  const labels = await barLabels(page, chart);
  // The as-of line: solid, near-black, named in the legend.
  const line = page.locator(`#${chart} .recharts-reference-line line:not([stroke-dasharray])`);
  await expect(line).toHaveCount(1);
  const stroke = await line.getAttribute('stroke');
  const fills = await page
    .locator(`#${chart} .recharts-bar-rectangle path`)
    .evaluateAll((paths) => [...new Set(paths.map((path) => path.getAttribute('fill')))]);
  const overdue = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--state-overdue').trim(),
  );
  expect(fills).toContain(overdue);
  expect(fills).not.toContain(stroke);
  const entry = page.locator(`#${chart} .chart-legend li`, { hasText: '截至日期：2021年4月30日' });
  await expect(entry).toHaveAttribute('data-legend-color', stroke!);
  await expect(page.locator(`#${chart} .chart-note`)).toContainText('黑色实线为截至日期');

  const totals = await tableTotals(page, chart);
  expect(totals.length).toBeLessThanOrEqual(UP_TO);
  expect(labels).toEqual(totals.filter((total) => total !== '—' && total !== '0'));
});

test('a district’s figures chart labels its bars; a timeline of many months does not @phone', async ({
  page,
}) => {
  await openView(page, '/districts/410102');
  await drawn(page, 'district-figures-chart');
  const labels = await barLabels(page, 'district-figures-chart');
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.every((label) => /^[+-]?[\d.,]+/.test(label))).toBe(true);
  expect(labels).toEqual(await tableTotals(page, 'district-figures-chart'));

  await drawn(page, 'district-timeline');
  const timelineLabels = await barLabels(page, 'district-timeline');
  const months = (await tableTotals(page, 'district-timeline')).length;
  if (months > UP_TO) expect(timelineLabels).toEqual([]);
  else expect(timelineLabels.length).toBeGreaterThan(0);
});
