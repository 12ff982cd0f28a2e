import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  const projects = d.projects!.slice(0, 2);
  const kept = new Set(projects.map((p) => p.id));
  const prune = (rows: Json[]) =>
    rows.map((row) => ({
      ...row,
      projectIds: ((row.projectIds as string[]) ?? []).filter((id) => kept.has(id)),
    }));
  return JSON.stringify({ ...d, projects, targets: prune(d.targets!), figures: prune(d.figures!) });
}

function serve(cors: boolean): Promise<{ server: Server; url: string }> {
  const body = otherDataset();
  const server = createServer((req, res) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    res
      .writeHead(req.url === '/other.json' ? 200 : 404, headers)
      .end(req.url === '/other.json' ? body : 'no');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/other.json` });
    }),
  );
}

test('a dataset on another server that allows CORS is shown, named in the header, with the way back', async ({
  page,
  problems,
}) => {
  const { server, url } = await serve(true);
  try {
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
    expect(problems).toEqual([]);
  } finally {
    server.close();
  }
});

test.describe('a server that does not allow CORS', () => {
  test.use({
    allowedErrors: [/CORS|Access-Control-Allow-Origin|Failed to load resource|ERR_FAILED/],
  });
  test('is refused with a network error screen and the way back', async ({ page, problems }) => {
    const { server, url } = await serve(false);
    try {
      await page.goto(`/projects?data=${encodeURIComponent(url)}`);
      await expect(page.locator('.error-screen')).toContainText(/网络|Network/);
      await expect(page.getByRole('navigation').first()).toBeVisible();
      await page.getByRole('link', { name: '返回内置数据集' }).first().click();
      await expect(page.locator('.error-screen')).toHaveCount(0);
      expect(problems).toEqual([]);
    } finally {
      server.close();
    }
  });
});
