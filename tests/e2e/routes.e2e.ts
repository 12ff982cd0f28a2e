import { readFileSync } from 'node:fs';
import { expect, test, waitForView } from './support';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  districts: { id: string }[];
  projects: { id: string }[];
  targets: { id: string }[];
  sources: { id: string }[];
};

const first = <T extends { id: string }>(rows: T[], what: string) => {
  const row = rows[0];
  if (!row) throw new Error(`the bundled dataset has no ${what}`);
  return row.id;
};

const routes = [
  '/',
  '/projects',
  `/projects/${first(dataset.projects, 'project')}`,
  '/targets',
  `/targets/${first(dataset.targets, 'target')}`,
  '/districts',
  `/districts/${first(dataset.districts, 'district')}`,
  '/sources',
  `/sources/${first(dataset.sources, 'source')}`,
];

test.describe('every route renders from a direct load @phone', () => {
  for (const route of routes) {
    test(`${route} renders with navigation and no console error`, async ({ page, problems }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await waitForView(page);
      await expect(page.getByRole('navigation').first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});

test.describe('unknown addresses and ids', () => {
  for (const route of [
    '/no-such-page',
    '/districts/000000',
    '/projects/no-such-project',
    '/targets/x',
    '/sources/y',
  ]) {
    test(`${route} says not found and keeps navigation`, async ({ page, problems }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/未找到|not found/i);
      await expect(page.getByRole('navigation').first()).toBeVisible();
      await expect(page.getByRole('link', { name: /返回总览|overview/i })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});

test('html lang follows the language switch and is remembered', async ({ page, problems }) => {
  await page.goto('/');
  await waitForView(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Projects', exact: true })).toBeVisible();
  await page.reload();
  await waitForView(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(problems).toEqual([]);
});

test('a dataset that fails to load shows the reason and a retry, with navigation', async ({
  page,
  problems,
}) => {
  void problems;
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "sources": [',
    }),
  );
  await page.goto('/projects');
  await expect(page.getByRole('alert')).toContainText('JSON');
  await expect(page.getByRole('button', { name: /重试|Retry/ })).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeVisible();
});
