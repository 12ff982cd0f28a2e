import { readFileSync } from 'node:fs';
import { expect, openView, test, waitForView } from './support';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  districts: { id: string }[];
  projects: { id: string }[];
  targets: { id: string }[];
  figures: { id: string }[];
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
  '/figures',
  `/figures/${first(dataset.figures, 'figure')}`,
  '/districts',
  `/districts/${first(dataset.districts, 'district')}`,
  '/sources',
  `/sources/${first(dataset.sources, 'source')}`,
];

test.describe('every route renders from a direct load @phone', () => {
  for (const route of routes) {
    test(`${route} renders with navigation and no console error`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await waitForView(page);
      await expect(page.getByRole('navigation').first()).toBeVisible();
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
    test(`${route} says not found and keeps navigation`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/未找到|not found/i);
      await expect(page.getByRole('navigation').first()).toBeVisible();
      await expect(page.getByRole('link', { name: /返回总览|overview/i })).toBeVisible();
    });
  }
});

test('html lang follows the language switch and is remembered', async ({ page }) => {
  await openView(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Projects', exact: true })).toBeVisible();
  await page.reload();
  await waitForView(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a new page opens at its top; back returns to where the reader was, also after a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openView(page, '/projects');
  const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect.poll(scrollY).toBe(1500);
  // A project link on screen at this position (the table is virtualized: rows come and go as
  // it scrolls, so the link is found by its address, not held as an element).
  const linkOnScreen = () =>
    page.evaluate(() => {
      const onScreen = [
        ...document.querySelectorAll<HTMLAnchorElement>('tbody a[href^="/projects/"]'),
      ].find((a) => {
        const box = a.getBoundingClientRect();
        return box.top > 80 && box.bottom < window.innerHeight - 20;
      });
      return onScreen?.getAttribute('href') ?? null;
    });
  // Until the virtualizer has drawn the rows of the new position.
  await expect.poll(linkOnScreen, { message: 'a project link on screen' }).not.toBeNull();
  const href = await linkOnScreen();
  const before = await scrollY();
  expect(before).toBe(1500);
  await page.locator(`tbody a[href="${href}"]`).click();
  await waitForView(page);
  expect(page.url()).toMatch(/\/projects\/[^/?]+$/);
  await expect.poll(scrollY).toBe(0);
  await page.goBack();
  await waitForView(page);
  await expect.poll(scrollY).toBe(before);
  await page.goForward();
  await waitForView(page);
  await expect.poll(scrollY).toBe(0);
  await page.goBack();
  await expect.poll(scrollY).toBe(before);
  await page.reload();
  await waitForView(page);
  await expect.poll(scrollY).toBe(before);
});

test('a filter keeps the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openView(page, '/targets');
  const search = page.getByRole('main').getByRole('searchbox').first();
  await search.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const before = await page.evaluate(() => Math.round(window.scrollY));
  expect(before).toBeGreaterThan(0);
  await search.fill('道路', { force: true });
  await expect(page).toHaveURL(/q=/);
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(before);
});

test('a dataset that fails to load shows the reason and a retry, with navigation', async ({
  page,
}) => {
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

test.describe('first paint and layout stability', () => {
  for (const [path, heading] of [
    ['/', '总览'],
    ['/projects', '项目'],
    ['/targets', '目标'],
    ['/figures', '数据'],
    ['/districts', '区县'],
    ['/sources', '来源'],
    [`/projects/${first(dataset.projects, 'project')}`, null],
    ['/no-such-page', null],
  ] as const) {
    test(`before any script runs, ${path} shows the header, the navigation, ${heading ? `its heading “${heading}”` : 'no heading'} and a skeleton`, async ({
      page,
    }) => {
      // Hold every script: what is on screen is the static HTML and the stylesheet alone.
      await page.route('**/assets/*.js', () => {});
      // Held module scripts hold DOMContentLoaded too: wait for the response, then for the shell.
      await page.goto(path, { waitUntil: 'commit' });
      await expect(page.getByRole('link', { name: '郑州区县项目与目标追踪' })).toBeVisible();
      const nav = page.getByRole('navigation', { name: '主导航' });
      await expect(nav.getByRole('link')).toHaveText([
        '总览',
        '项目',
        '目标',
        '数据',
        '区县',
        '来源',
      ]);
      await expect(page.locator('main [role="status"].loading')).toBeVisible();
      if (heading) {
        await expect(page.locator('main h1')).toHaveText(heading);
        await expect(page.locator('main .page-intro')).toBeVisible();
      } else {
        await expect(page.locator('main h1')).toHaveCount(0);
      }
    });
  }

  test('a list page’s static heading is the one the app renders, in the same place', async ({
    page,
  }) => {
    await page.route('**/assets/*.js', () => {});
    await page.goto('/projects', { waitUntil: 'commit' });
    // The shell as a reader sees it: its stylesheet applied and its fonts loaded (measured at
    // 'commit' alone, the heading may still be unstyled).
    await page.locator('main .page-intro').waitFor();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
          (link) => link.sheet !== null,
        ) && document.fonts.status === 'loaded',
    );
    const shell = await page.locator('main .page-intro').boundingBox();
    const shellText = await page.locator('main .page-intro').textContent();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const fresh = await page.context().newPage();
    await fresh.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
    await fresh.goto('/projects');
    await expect(fresh.locator('main [role="status"].loading')).toHaveCount(0);
    await expect(fresh.locator('main .page-intro')).toHaveText(shellText ?? '');
    expect(await fresh.locator('main .page-intro').boundingBox()).toEqual(shell);
  });

  test('without JavaScript the shell says so in both languages and its links still work', async ({
    browser,
    request,
  }) => {
    // Chromium with scripts disabled through DevTools still parses <noscript> as text, so the
    // message is read from the served HTML; the links are followed in a page without scripts.
    const html = await (await request.get('/')).text();
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain('本页面需要启用 JavaScript。');
    expect(noscript).toContain('This dashboard needs JavaScript.');
    expect(noscript).toMatch(/\.loading\s*\{\s*display:\s*none/);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/');
      // Language: a link the app reads on start (?lang=en), so it works before scripts run.
      await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '?lang=en');
      await page.getByRole('navigation').getByRole('link', { name: '项目' }).click();
      await expect(page).toHaveURL(/\/projects$/);
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('?lang=en from the shell’s language link opens the app in English', async ({ page }) => {
    await openView(page, '/projects?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Projects', exact: true })).toBeVisible();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 780 },
  ]) {
    test(`the overview loads and draws its charts without a layout shift (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const shifts: { value: number; nodes: string[] }[] = [];
        (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            shifts.push({
              value: entry.value,
              nodes: (entry.sources ?? []).map((s) =>
                s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?',
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openView(page, '/');
      // Scroll through the page so every chart is drawn, waiting for each one.
      for (const id of ['chart-investment', 'chart-categories', 'chart-timeline', 'chart-status']) {
        const chart = page.locator(`#${id}`);
        await chart.scrollIntoViewIfNeeded();
        // Drawn, or said in a sentence where a chart would compare nothing (one district).
        await expect(
          chart.locator('.recharts-wrapper svg.recharts-surface, .chart-sentence').first(),
        ).toBeVisible();
      }
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
      );
      expect(shifts).toEqual([]);
    });
  }

  test('the overview’s charts load their code and draw only when scrolled near', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const chartCode: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/bar-chart-[^/]*\.js$/.test(request.url())) chartCode.push(request.url());
    });
    await openView(page, '/');
    await page.waitForLoadState('networkidle');
    const categories = page.locator('#chart-categories');
    await expect(categories).toBeAttached();
    // Placeholders of the drawings' height, no drawing, no chart code yet.
    await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
    expect(chartCode).toEqual([]);
    const placeholder = categories.locator('.chart-area > .chart-skeleton');
    const height = (await placeholder.boundingBox())?.height ?? 0;
    expect(height).toBeGreaterThan(100);

    await categories.scrollIntoViewIfNeeded();
    await expect(categories.locator('.recharts-wrapper svg.recharts-surface')).toBeVisible();
    expect(chartCode).toHaveLength(1);
    expect((await categories.locator('.chart-area').boundingBox())?.height).toBe(height);
    // Its legend is a list a screen reader can read, with every stack named.
    await expect(
      categories.getByRole('list', { name: '图例' }).getByRole('listitem'),
    ).not.toHaveCount(0);
  });

  test('the bundled dataset is preloaded and fetched once', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/data/dataset.json')) fetched.push(request.url());
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await openView(page, '/');
    await page.waitForLoadState('networkidle');
    // A preload whose mode or credentials differ from the app's fetch is fetched twice and warned about.
    expect(fetched).toHaveLength(1);
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
  });
});
