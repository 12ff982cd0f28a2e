import { downloadFrom, drawAllCharts, expect, openView, test } from './support';
import { dataset, projectsIn } from './dashboard-data';

/** Charts: a bar opens its district's filtered view; the table view and the downloads work. */

const shown = (n: number, total: number) => new RegExp(`显示 ${n} 条，共 ${total} 条`);

test('clicking a stacked segment opens its district’s projects of that category', async ({
  page,
}) => {
  await openView(page, '/');
  const chart = page.locator('#chart-categories');
  await chart.scrollIntoViewIfNeeded();
  const bar = chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle').first();
  await expect(bar).toBeVisible();
  await bar.click();
  await expect(page).toHaveURL(/\/projects\?district=[^&]+&category=/);
  const params = new URL(page.url()).searchParams;
  const district = params.get('district')!;
  const categories = params.getAll('category');
  expect(dataset.districts.map((d) => d.id)).toContain(district);
  const expected = dataset.projects.filter(
    (p) => p.districtId === district && categories.includes(p.category),
  ).length;
  expect(expected).toBeGreaterThan(0);
  await expect(page.getByTestId('row-count')).toHaveText(shown(expected, dataset.projects.length));
  // One navigation, not two: back returns to the overview.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('a bar is reachable by keyboard: arrow keys, then Enter opens it', async ({ page }) => {
  await openView(page, '/');
  // Charts draw when they come near the viewport.
  await page.locator('#chart-categories').scrollIntoViewIfNeeded();
  const surface = page.locator('#chart-categories .recharts-wrapper > svg.recharts-surface');
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#chart-categories .recharts-tooltip-wrapper')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\?district=/);
  const district = new URL(page.url()).searchParams.get('district')!;
  await expect(page.getByTestId('row-count')).toHaveText(
    shown(projectsIn([district]), dataset.projects.length),
  );
});

test('the table view shows the same numbers; CSV, SVG and PNG download', async ({ page }) => {
  await openView(page, '/');
  const chart = page.locator('#chart-categories');
  await chart.getByRole('button', { name: '表格' }).click();
  const table = chart.getByRole('table');
  await expect(table).toBeVisible();
  const totals = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Number(row.querySelector('td:last-child')?.textContent?.replace(/,/g, ''))),
    );
  expect(totals.reduce((a, b) => a + b, 0)).toBe(dataset.projects.length);

  // Each format's button downloads a file of that format.
  const fileFrom = async (format: 'CSV' | 'SVG' | 'PNG') => {
    const button = chart.getByRole('button', { name: new RegExp(format) });
    return (await downloadFrom(page, button)).suggestedFilename();
  };
  expect(await fileFrom('CSV')).toMatch(/\.csv$/);
  await chart.getByRole('button', { name: '图表' }).click();
  expect(await fileFrom('SVG')).toMatch(/\.svg$/);
  expect(await fileFrom('PNG')).toMatch(/\.png$/);
});

// Every chart of the production build, drawn and hovered: bars, axes, tooltip and cursor.
for (const path of ['/', '/targets', '/districts/410102']) {
  test(`every chart on ${path} draws and answers the pointer with its tooltip and cursor`, async ({
    page,
  }) => {
    await openView(page, path);
    await drawAllCharts(page);
    const charts = page.locator('figure:has(svg.recharts-surface)');
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      const bar = chart.locator('.recharts-bar-rectangle').first();
      await expect(bar).toBeVisible();
      // Ticks on both axes: d3's scales (linear and band) placed them.
      expect(await chart.locator('.recharts-cartesian-axis-tick-value').count()).toBeGreaterThan(1);
      await bar.hover();
      await expect(chart.locator('.recharts-tooltip-wrapper')).toBeVisible();
      await expect(chart.locator('.recharts-tooltip-cursor')).toHaveCount(1);
    }
    await expect(page.locator('main .error-screen, main .notice-error')).toHaveCount(0);
  });
}
