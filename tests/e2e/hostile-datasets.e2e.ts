import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './support';

/**
 * Datasets the app did not write, served through `?data=`: each class of malformed file shows
 * an error screen with the reason and a way back; hostile strings render as inert text.
 */

type Json = Record<string, unknown>;
type Collections = 'sources' | 'districts' | 'projects' | 'targets' | 'figures';
const bundledText = readFileSync('public/data/dataset.json', 'utf8');
const bundled = () => JSON.parse(bundledText) as Record<Collections, Json[]> & Json;
type Dataset = ReturnType<typeof bundled>;
/** A body: the bundled dataset with `change` made to it. */
const edited = (change: (d: Dataset) => void) => () => {
  const d = bundled();
  change(d);
  return JSON.stringify(d);
};

/** Serves `body` at /hostile/<name>.json for this page only. */
async function serveDataset(
  page: Page,
  name: string,
  body: string | Buffer,
  status = 200,
  contentType = 'application/json',
) {
  await page.route(`**/hostile/${name}.json`, (route) =>
    route.fulfill({ status, contentType, body }),
  );
  return `/hostile/${name}.json`;
}

/** JSON nested `depth` levels deep, built as text (JSON.stringify would overflow the stack). */
function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

/**
 * The bundled dataset as a file saved in GBK would carry its Chinese: here every 郑州 in GBK
 * (D6 A3 D6 DD), the rest as it is. Decoded leniently it would load as mojibake (郑州 → ����).
 */
function inGbk(): Buffer {
  const gbk = Buffer.from([0xd6, 0xa3, 0xd6, 0xdd]);
  const parts = bundledText.split('郑州');
  if (parts.length < 2) throw new Error('the bundled dataset never names 郑州');
  return Buffer.concat(
    parts.flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [gbk, Buffer.from(part)])),
  );
}

const malformed: {
  name: string;
  body: () => string | Buffer;
  status?: number;
  reason: RegExp;
}[] = [
  {
    name: 'syntax',
    body: () => bundledText.slice(0, Math.floor(bundledText.length / 2)),
    reason: /JSON/,
  },
  { name: 'not-json-html', body: () => '<!doctype html><title>x</title>', reason: /JSON/ },
  { name: 'empty', body: () => '', reason: /JSON/ },
  {
    name: 'wrong-types',
    body: () => JSON.stringify({ ...bundled(), projects: 'many' }),
    // zod's English message, which the app loads only for a dataset that fails
    reason: /projects[\s\S]*expected array, received string/,
  },
  {
    name: 'missing-keys',
    body: edited((d) => {
      delete (d.targets[0] as Json).statementZh;
    }),
    reason: /targets\[0\]\.statementZh/,
  },
  {
    name: 'dangling-ids',
    body: edited((d) => {
      (d.projects[0] as Json).districtId = '999999';
    }),
    reason: /projects\[0\]\.districtId/,
  },
  {
    name: 'duplicate-ids',
    body: edited((d) => {
      d.districts.push({ ...(d.districts[0] as Json) });
    }),
    reason: /districts\[\d+\]\.id/,
  },
  {
    name: 'huge-strings',
    body: edited((d) => {
      (d.projects[0] as Json).nameZh = '长'.repeat(2_000_000);
    }),
    reason: /projects\[0\]\.nameZh/,
  },
  {
    name: 'deep-nesting',
    body: () =>
      JSON.stringify({ ...bundled(), sources: ['DEEP'] }).replace('"DEEP"', deepJson(100_000)),
    reason: /sources\[0\]/,
  },
  {
    name: 'impossible-dates',
    body: edited((d) => {
      (d.sources[0] as Json).publishedOn = '2023-02-30';
    }),
    reason: /sources\[0\]\.publishedOn/,
  },
  {
    name: 'wrong-version',
    body: () => JSON.stringify({ ...bundled(), schemaVersion: 99 }),
    reason: /schemaVersion/,
  },
  {
    name: 'gbk',
    body: inGbk,
    // The reason in the reader's language, then the detail and the address.
    reason: /数据文件不是 UTF-8 编码[\s\S]*not UTF-8 text[\s\S]*\/hostile\/gbk\.json/,
  },
  { name: 'not-found', body: () => 'missing', status: 404, reason: /404/ },
  { name: 'server-error', body: () => 'boom', status: 500, reason: /500/ },
];

test.describe('malformed datasets through ?data=', () => {
  test.use({ allowedErrors: [/Failed to load resource/] });
  for (const { name, body, status, reason } of malformed) {
    test(`${name}: an error screen with the reason and a way back`, async ({ page }) => {
      const url = await serveDataset(page, name, body(), status);
      await page.goto(`/projects?data=${encodeURIComponent(url)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(reason);
      await expect(page.getByRole('navigation').first()).toBeVisible();
      // The way back: the banner's link and the error screen's own.
      await page
        .getByRole('link', { name: /返回内置数据集|Back to the bundled dataset/ })
        .first()
        .click();
      await expect(page).not.toHaveURL(/data=/);
      await expect(page.locator('.error-screen')).toHaveCount(0);
      await expect(page.locator('main h1').first()).toBeVisible();
    });
  }

  test('a network failure says so and offers a retry that works', async ({ page }) => {
    let fail = true;
    await page.route(
      (url) => url.pathname === '/hostile/flaky.json',
      (route) =>
        fail
          ? route.abort('connectionrefused')
          : route.fulfill({ status: 200, contentType: 'application/json', body: bundledText }),
    );
    await page.goto('/projects?data=/hostile/flaky.json');
    await expect(page.getByRole('alert')).toContainText(/网络|Network/);
    fail = false;
    await page.getByRole('button', { name: /重试|Retry/ }).click();
    await expect(page.locator('.error-screen')).toHaveCount(0);
    await expect(page.locator('main h1').first()).toBeVisible();
  });
});

test('?data=preview with no preview saved says so, and where to make one or go back', async ({
  page,
}) => {
  await page.goto('/targets?data=preview');
  await expect(page.locator('.dataset-banner')).toContainText(
    '预览：本浏览器中没有保存的预览数据集，没有可显示的内容。',
  );
  const alert = page.locator('.error-screen');
  await expect(alert).toContainText('本浏览器中没有保存的预览数据集');
  await expect(alert).not.toContainText(/网络|Network/);
  await expect(alert.getByRole('button', { name: '重试' })).toHaveCount(0);
  await expect(alert.getByRole('link', { name: '打开整理工作台' })).toHaveAttribute(
    'href',
    '/curate',
  );
  await page.getByRole('link', { name: '返回内置数据集' }).first().click();
  await expect(page).not.toHaveURL(/data=/);
  await expect(page.locator('.error-screen')).toHaveCount(0);
});

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1">',
  'javascript:window.__pwned = 1',
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  '{{constructor.constructor("window.__pwned = 1")()}}',
];

/** Every text field of every record gets a payload appended (ids stay valid slugs). */
function hostileDataset(): string {
  const d = bundled();
  const poison = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (
        /^(id|sourceId|districtId|districtIds|projectIds|publishedOn|deadline|deadlineText|period|metric|kind|category|stage|status|firmness|basis|dateCertainty|comparator|normalizedUnit|unit|qualifierZh|gbCode|targetId|projectId|parentId|seriesId|date|textSha256|url|role|batchId|partOf|through)$/.test(
          key,
        )
      )
        return value;
      if (key === 'quote') return value; // quotes must stay verbatim; they are tested elsewhere
      if (key === 'aliasesZh') return value; // a short name (at most 40 characters), searched
      return `${value} ${PAYLOADS.join(' ')}`;
    }
    if (Array.isArray(value)) return value.map((item) => poison(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    }
    return value;
  };
  return JSON.stringify(poison(d, ''));
}

const first = (rows: Json[] | undefined) => String(rows?.[0]?.id ?? 'none');

test.describe('hostile strings render as inert text', () => {
  const d = bundled();
  const routes = [
    '/',
    '/projects',
    `/projects/${first(d.projects)}`,
    '/targets',
    `/targets/${first(d.targets)}`,
    '/districts',
    `/districts/${first(d.districts)}`,
    '/sources',
    `/sources/${first(d.sources)}`,
    `/batches/${first(d.batches as Json[] | undefined)}`,
  ];
  for (const route of routes) {
    test(`${route}: nothing runs, nothing is requested, no javascript: links`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const foreign: string[] = [];
      page.on('request', (request: Request) => {
        const url = new URL(request.url());
        if (url.hostname !== 'localhost' && url.protocol !== 'data:' && url.protocol !== 'blob:')
          foreign.push(request.url());
      });
      const url = await serveDataset(page, 'xss', hostileDataset());
      const separator = route.includes('?') ? '&' : '?';
      await page.goto(`${route}${separator}data=${encodeURIComponent(url)}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      // Loaded, not refused: no error screen (other live regions may be present and empty).
      await expect(page.locator('.error-screen')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      // The payload is on the page as text (retried: a list fills its rows after the heading)…
      await expect(page.locator('main'), 'the payload is visible as text').toContainText(
        '<script>window.__pwned = 1</script>',
        { timeout: 30_000 },
      );
      await expect(page.locator('main')).toContainText('<img src=x onerror="window.__pwned = 1">');
      // …and did nothing.
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
      expect(await page.locator('main img[onerror], main svg[onload], main script').count()).toBe(
        0,
      );
      const badLinks = await page
        .locator('a[href]')
        .evaluateAll((links) =>
          links
            .map((a) => a.getAttribute('href') ?? '')
            .filter(
              (href) =>
                !/^(https?:|\/|#|\?|blob:|data:)/i.test(href) || /^\s*javascript:/i.test(href),
            ),
        );
      expect(badLinks).toEqual([]);
    });
  }
});
