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
    batches: prune(d.batches!),
    reports,
  });
}

/**
 * Another https server, played by the browser's request interception. The build the tests
 * serve is the default one (DATASET_ORIGINS unset: datasets from this origin only), so a test
 * that needs a deployment allowing this host plays one too: the page and its policy header are
 * served with the host added to `connect-src`, as `DATASET_ORIGINS=https://data.example.test`
 * would have built them (scripts/csp.test.mjs tests that build).
 */
const OTHER_ORIGIN = 'https://data.example.test';
const OTHER_URL = `${OTHER_ORIGIN}/other.json`;

/** Serves the app's pages as a deployment built with DATASET_ORIGINS=`origin` would. */
async function deployAllowing(page: Page, origin: string) {
  await page.route(
    (url) => url.hostname === 'localhost',
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const allow = (policy: string) =>
        policy.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
      // The body is given decoded: drop what described the compressed one.
      const headers = response.headers();
      delete headers['content-encoding'];
      delete headers['content-length'];
      return route.fulfill({
        status: response.status(),
        headers: {
          ...headers,
          'content-security-policy': allow(headers['content-security-policy'] ?? ''),
        },
        body: allow(await response.text()),
      });
    },
  );
}

async function serve(page: Page, cors: boolean): Promise<{ url: string }> {
  const body = otherDataset();
  await page.route(`${OTHER_ORIGIN}/**`, (route) => {
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

test('a dataset on a host the deployment allows, with CORS, is shown, named in the header, with the way back', async ({
  page,
}) => {
  await deployAllowing(page, OTHER_ORIGIN);
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

test.describe('an allowed host that does not allow CORS', () => {
  test.use({
    allowedErrors: [/CORS|Access-Control-Allow-Origin|Failed to load resource|ERR_FAILED/],
  });
  test('is refused with a network error screen and the way back', async ({ page }) => {
    await deployAllowing(page, OTHER_ORIGIN);
    const { url } = await serve(page, false);
    await page.goto(`/projects?data=${encodeURIComponent(url)}`);
    await expect(page.locator('.error-screen')).toContainText(/网络|Network/);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await page.getByRole('link', { name: '返回内置数据集' }).first().click();
    await expect(page.locator('.error-screen')).toHaveCount(0);
  });
});

test.describe('a host the deployment does not allow', () => {
  for (const [label, address] of [
    ['another https server (the default build allows this origin only)', OTHER_URL],
    ['a service on the visitor’s machine over https', 'https://127.0.0.1:8443/d.json'],
    ['a service on the visitor’s machine over http', 'http://127.0.0.1:9/d.json'],
  ] as const) {
    test(`${label}: refused before any request, naming the hosts allowed`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('http://localhost')) requested.push(request.url());
      });
      await page.goto(`/projects?data=${encodeURIComponent(address)}`);
      await waitForView(page);
      const banner = page.locator('.dataset-banner');
      await expect(banner).toContainText(
        '已拒绝数据地址：本站只从本站读取数据集（部署时设定），正在显示内置数据集：',
      );
      await expect(banner).toContainText(address);
      // The bundled dataset is shown, with no error screen and nothing fetched from the host.
      await expect(page.locator('.error-screen')).toHaveCount(0);
      await expect(page.getByTestId('row-count')).toBeVisible();
      expect(requested).toEqual([]);
    });
  }

  test('with the deployment allowing one host, another is refused naming the one allowed, in English', async ({
    page,
  }) => {
    await deployAllowing(page, OTHER_ORIGIN);
    await page.goto(
      `/projects?lang=en&data=${encodeURIComponent('https://elsewhere.example.test/d.json')}`,
    );
    await expect(page.locator('.dataset-banner')).toContainText(
      `Refused the data address: this site loads datasets only from this site, ${OTHER_ORIGIN} (set when it was deployed)`,
    );
  });
});

test('the workbench on another dataset says, at the download, which dataset the new file is built on', async ({
  page,
}) => {
  const body = otherDataset();
  await page.route('**/other-city/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const address = '/other-city/dataset.json';
  await page.goto(`/curate?data=${encodeURIComponent(address)}`);
  await waitForView(page);
  await page
    .getByLabel('版面文字')
    .fill('管城回族区重点项目观摩\n\n会上提出,力争二季度完成投资80亿元以上。');
  await page.getByLabel('来源编号').fill('005_other_city_2021_04_08');
  await page.getByLabel('标题（中文）').fill('管城回族区重点项目观摩');
  await page.getByLabel('标题（英文）').fill('Guancheng tours its key projects');
  await page.getByLabel('刊出日期').fill('2021-04-08');
  await page
    .locator('.curate-sentence', { hasText: '力争二季度' })
    .getByRole('button', { name: '起草目标' })
    .click();
  await page
    .locator('.curate-draft')
    .first()
    .getByLabel('英文表述 (statementEn)')
    .fill('Invest at least 8 bn yuan in the second quarter');
  await page.getByRole('button', { name: '检查并生成数据集' }).click();
  const summary = page.locator('.curate-summary');
  await expect(summary.getByTestId('download-base')).toHaveText(
    `注意：新的 dataset.json 以当前查看的另一个数据集（http://localhost:${new URL(page.url()).port}${address}）为基础，不是本站内置的数据集。`,
  );
  await expect(summary.getByRole('button', { name: '下载新的 dataset.json' })).toBeVisible();
});
