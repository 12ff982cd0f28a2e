import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForView } from './support';

/**
 * `?data=` loads another dataset of the same schema from another server, when that server
 * allows it (CORS). The header says which dataset is in view and offers the way back.
 */

type Json = Record<string, unknown>;
const bundledText = readFileSync('public/data/dataset.json', 'utf8');

/** Another "city": the bundled dataset with every project but the first two removed. */
function otherDataset(): string {
  const d = JSON.parse(bundledText) as Record<string, Json[]>;
  const kept = new Set(d.projects!.slice(0, 2).map((p) => p.id));
  // The two projects kept lose a parent that is gone; reports on removed projects go too.
  const projects = d
    .projects!.slice(0, 2)
    .map(({ parentId, ...project }) =>
      kept.has(parentId as string) ? { ...project, parentId } : project,
    );
  const reports = d.reports!.filter(
    (r) => r.projectId === undefined || kept.has(r.projectId as string),
  );
  const prune = (rows: Json[]) =>
    rows.map((row) => ({
      ...row,
      projectIds: ((row.projectIds as string[]) ?? []).filter((id) => kept.has(id)),
    }));
  return JSON.stringify({
    ...d,
    projects,
    targets: prune(d.targets!),
    figures: prune(d.figures!),
    reports,
  });
}

/**
 * Another https server, played by the browser's request interception: production's policy
 * lets the page connect to this origin and https only (no http://localhost), so the other
 * dataset has to come from an https address.
 */
const OTHER_URL = 'https://data.example.test/other.json';

async function serve(page: Page, cors: boolean): Promise<{ url: string }> {
  const body = otherDataset();
  await page.route('https://data.example.test/**', (route) => {
    // Chromium does not apply CORS to intercepted answers, so a server that does not allow
    // CORS is played by what the page then sees: a fetch that fails ("Failed to fetch").
    if (!cors) return route.abort('accessdenied');
    const found = new URL(route.request().url()).pathname === '/other.json';
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    };
    return route.fulfill({ status: found ? 200 : 404, headers, body: found ? body : 'no' });
  });
  return { url: OTHER_URL };
}

test('a dataset on another server that allows CORS is shown, named in the header, with the way back', async ({
  page,
}) => {
  const { url } = await serve(page, true);
  await page.goto(`/projects?data=${encodeURIComponent(url)}`);
  await waitForView(page);
  const banner = page.locator('.dataset-banner');
  await expect(banner).toContainText(url);
  await expect(page.getByTestId('row-count')).toContainText(/显示 2 条，共 2 条/);
  // Navigation keeps the other dataset in view.
  await page.getByRole('navigation').getByRole('link', { name: '目标', exact: true }).click();
  await expect(page).toHaveURL(/\/targets\?.*data=/);
  await expect(banner).toBeVisible();
  // The way back drops ?data= and shows the bundled dataset again.
  await banner.getByRole('link').click();
  await expect(page).not.toHaveURL(/data=/);
  await expect(page.locator('.dataset-banner')).toHaveCount(0);
});

test.describe('a server that does not allow CORS', () => {
  test.use({
    allowedErrors: [/CORS|Access-Control-Allow-Origin|Failed to load resource|ERR_FAILED/],
  });
  test('is refused with a network error screen and the way back', async ({ page }) => {
    const { url } = await serve(page, false);
    await page.goto(`/projects?data=${encodeURIComponent(url)}`);
    await expect(page.locator('.error-screen')).toContainText(/网络|Network/);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await page.getByRole('link', { name: '返回内置数据集' }).first().click();
    await expect(page.locator('.error-screen')).toHaveCount(0);
  });
});

test.describe('a plain-http address on this machine', () => {
  test.use({
    allowedErrors: [/Content Security Policy|Failed to load resource|ERR_FAILED/],
  });
  test("is not fetched: production's policy allows this origin and https only", async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith('http://127.0.0.1:9')) requested.push(request.url());
    });
    await page.goto(`/projects?data=${encodeURIComponent('http://127.0.0.1:9/d.json')}`);
    await expect(page.locator('.error-screen')).toBeVisible();
    await expect(page.getByRole('link', { name: '返回内置数据集' }).first()).toBeVisible();
    expect(requested).toEqual([]);
  });
});
