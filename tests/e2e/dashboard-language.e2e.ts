import { expect, test, waitForView } from './support';
import { dataset, smallDistrict } from './dashboard-data';

/** The language switch changes words, numbers and dates on the dashboard's pages. */

test('switching to English on a filtered list changes the count and the dates @phone', async ({
  page,
}) => {
  const dated = dataset.targets.find((t) => t.deadline);
  if (!dated) throw new Error('the bundled dataset has no target with a deadline');
  await page.goto(
    `/targets?district=${dated.districtId}&q=${encodeURIComponent(dated.statementZh)}`,
  );
  await waitForView(page);
  const [y, m, d] = dated.deadline!.split('-').map(Number);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.locator('#targets-table tbody')).toContainText(`${y}年${m}月${d}日`);
  await expect(page.getByTestId('row-count')).toHaveText(/^显示 \d+ 条，共 [\d,]+ 条$/);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  await expect(page.locator('#targets-table tbody')).toContainText(`${d} ${month} ${y}`);
  await expect(page.getByTestId('row-count')).toHaveText(/^\d+ of [\d,]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Targets');
  await expect(page.locator('#targets-table tbody')).toContainText(dated.statementEn);
});

test('the overview reads numbers and money per language', async ({ page }) => {
  await page.goto('/');
  await waitForView(page);
  const projects = dataset.projects.length.toLocaleString('zh-CN');
  await expect(page.getByTestId('headline-projects')).toHaveText(projects);
  const investment = page.getByTestId('headline-investment');
  const hasMoney = (await investment.locator('.investment-amount').count()) > 0;
  if (hasMoney)
    await expect(investment.locator('.investment-amount').first()).toHaveText(/亿元|万元|元$/);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(page.getByTestId('headline-projects')).toHaveText(
    dataset.projects.length.toLocaleString('en-GB'),
  );
  if (hasMoney) await expect(investment.locator('.investment-amount').first()).toHaveText(/^CNY /);
});

test('a district page in English names the district in English', async ({ page }) => {
  const district = smallDistrict();
  await page.addInitScript(() => localStorage.setItem('zz-tracker.lang', 'en'));
  await page.goto(`/districts/${district.id}`);
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(district.nameEn);
});
