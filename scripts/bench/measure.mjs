// Drives the built app in Chromium and collects raw samples; scripts/bench.mjs summarizes them.
/* global window, document, location -- in page.evaluate callbacks, which run in the browser */
import {
  fetchBaselineText,
  installProbe,
  prepareBaseline,
  runBaseline,
  timeBareParse,
} from './probe.mjs';

const VIEWPORT = { width: 1280, height: 900 };

/** A keystroke sequence of ≥ 20 steps with English, digits and Chinese, typed and erased. */
export const SEARCH_STEPS = [
  ...['r', 'o', 'a', 'd'],
  ...Array(4).fill('Backspace'),
  ...['p', 'a', 'r', 'k'],
  ...Array(4).fill('Backspace'),
  ...['2', '0', '2', '3'],
  ...Array(4).fill('Backspace'),
  ...['insert:龙', 'insert:湖'],
  ...Array(2).fill('Backspace'),
];

async function collectGarbage(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function heapUsage(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedSize, totalSize };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function errorOnPage(page) {
  return page.evaluate(() => {
    const alert = document.querySelector('main [role="alert"], main .error-screen');
    return alert ? alert.textContent.trim().slice(0, 300) : null;
  });
}

/**
 * Opens `path` in a fresh context (empty cache) and waits until the view is drawn: the table's
 * first rows, or every chart of the overview. `dataset` says which file the app loads: `url` is
 * where it is served, `param` the `?data=` value naming it (null for the bundled dataset, which
 * the app loads as it does for every reader). Returns the page (still open) and what was
 * measured. The caller closes `context`.
 */
export async function openAndMeasureLoad(
  browser,
  { baseUrl, path, dataset, waitFor, chartFiles = [], timeoutMs = 180_000 },
) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(path, baseUrl);
  if (dataset.param) url.searchParams.set('data', dataset.param);
  await page.goto(url.href, { waitUntil: 'load', timeout: timeoutMs });
  await page.locator('main h1').first().waitFor({ timeout: timeoutMs });

  if (waitFor === 'rows') {
    await page
      .waitForFunction(() => window.__bench.firstRows?.painted, null, {
        timeout: timeoutMs,
        polling: 50,
      })
      .catch(() => {});
  } else if (waitFor === 'charts') {
    // Every chart container has drawn marks or says it has no data, and nothing new for 2 s.
    // Charts load their code and draw when they come near the viewport, so the page is
    // scrolled to each placeholder in turn, as a reader scrolling down would.
    const started = Date.now();
    let lastCount = -1;
    let stableSince = Date.now();
    while (Date.now() - started < timeoutMs) {
      const { figures, drawn, empty } = await page.evaluate(() => ({
        figures: document.querySelectorAll('main figure.chart').length,
        drawn: Object.values(window.__bench.charts).filter((c) => c.painted).length,
        // A chart that says it has no data, or says its one number in a sentence, draws nothing.
        empty: document.querySelectorAll(
          'main figure.chart .chart-empty, main figure.chart .chart-sentence',
        ).length,
      }));
      if (drawn !== lastCount) {
        lastCount = drawn;
        stableSince = Date.now();
      }
      if (figures > 0 && drawn + empty >= figures) break;
      await page.evaluate(() =>
        document.querySelector('main .chart-skeleton')?.scrollIntoView({ block: 'center' }),
      );
      if (figures === 0 && Date.now() - stableSince > 2_000) break;
      await page.waitForTimeout(100);
    }
  }
  await page.evaluate(() => window.__bench.stopLoadProbe());
  const timings = await page.evaluate(
    ({ datasetUrl, chartFiles }) => {
      // The app names the bundled file by a relative URL, one from `?data=` by an absolute one.
      const wanted = new URL(datasetUrl, location.href).href;
      const measures = performance
        .getEntriesByType('measure')
        .filter(
          (e) =>
            e.name.startsWith('dataset:') &&
            e.detail?.url &&
            new URL(e.detail.url, location.href).href === wanted,
        );
      const pick = (name) => measures.find((e) => e.name === name)?.duration ?? null;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fetch: pick('dataset:fetch'),
        parseValidate: pick('dataset:parse-validate'),
        load: pick('dataset:load'),
        loadEnd: measures.find((e) => e.name === 'dataset:load')?.startTime ?? null,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        // When the last file holding chart code had arrived: the charts cannot draw before.
        chartCodeLoaded:
          performance
            .getEntriesByType('resource')
            .filter((e) => chartFiles.some((file) => e.name.endsWith(file)))
            .reduce((latest, e) => Math.max(latest, e.responseEnd), 0) || null,
        firstRows: window.__bench.firstRows,
        charts: window.__bench.charts,
        chartElements: window.__bench.chartElements(),
      };
    },
    { datasetUrl: dataset.url, chartFiles },
  );
  if (timings.loadEnd !== null && timings.load !== null) timings.loadEnd += timings.load;
  const error =
    timings.load === null || (waitFor === 'rows' && !timings.firstRows)
      ? await errorOnPage(page)
      : null;
  const heap = await heapUsage(page);
  return { context, page, timings, heap, error, pageErrors: errors };
}

/**
 * The bare baseline of loading, in the same tab: once the app's load is measured, the tab moves
 * to a fresh document of the app that shows no dataset (an unknown path), so the heap is as
 * small as it was when the app parsed; once its network is quiet (main.tsx still prefetches the
 * bundled dataset there) it fetches the same file (no cache) and runs three `JSON.parse` of the
 * text, each after a full GC, results dropped.
 */
export async function measureBareLoad(page, { baseUrl, datasetUrl }) {
  await page.goto(new URL('/bench/bare-baseline', baseUrl).href, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await collectGarbage(page);
  const { fetchMs, bytes } = await page.evaluate(fetchBaselineText, datasetUrl);
  const parseMs = [];
  for (let i = 0; i < 3; i++) {
    await collectGarbage(page);
    parseMs.push(await page.evaluate(timeBareParse));
  }
  return { fetchMs, bytes, parseMs };
}

/** The rows `runBaseline` filters and sorts, prepared (untimed) in the page under test. */
export async function prepareBareRows(page, datasetUrl) {
  await page.evaluate(fetchBaselineText, datasetUrl);
  return page.evaluate(prepareBaseline);
}

async function rowCount(page) {
  return page.evaluate(() => {
    const text = document.querySelector('[data-testid="row-count"]')?.textContent ?? '';
    const numbers = text.replace(/[,\s]/g, '').match(/\d+/g);
    return numbers ? Number(numbers[0]) : null;
  });
}

/** Longest a kind of interaction may take on one page before the benchmark moves on. */
const KIND_BUDGET_MS = 120_000;

/** Why to stop sampling a kind early: it ran out of time, or the page stopped keeping up. */
function stopReason(samples, started) {
  if (samples.filter((s) => s.timedOut).length >= 2)
    return 'two interactions still busy after 30 s';
  if (Date.now() - started > KIND_BUDGET_MS) return `over ${KIND_BUDGET_MS / 1000} s for this kind`;
  return null;
}

/** Times one interaction inside the page: arm, act, wait for the DOM to settle. */
async function timeInteraction(page, act) {
  await page.evaluate(() => window.__bench.arm());
  await act();
  const result = await page.evaluate(() => window.__bench.settle());
  return { ...result, rows: await rowCount(page) };
}

async function measureSearch(page) {
  const search = page.locator('main input[type="search"]').first();
  if ((await search.count()) === 0) return { skipped: 'no <input type="search"> on the page' };
  await search.click();
  const samples = [];
  const started = Date.now();
  let stopped = null;
  for (const step of SEARCH_STEPS) {
    samples.push(
      await timeInteraction(page, () =>
        step.startsWith('insert:')
          ? page.keyboard.insertText(step.slice('insert:'.length))
          : page.keyboard.press(step),
      ),
    );
    if ((stopped = stopReason(samples, started))) break;
  }
  return { samples, steps: SEARCH_STEPS, stopped };
}

async function measureFilter(page, minSamples) {
  // The district facet: a disclosure (<details data-facet>) holding a fieldset of checkboxes.
  const facet = page
    .locator('main details.facet[data-facet="district"], main details.facet')
    .first();
  const hasDisclosure = (await facet.count()) > 0;
  const group = hasDisclosure ? facet : page.locator('main fieldset').first();
  const setOpen = async (open) => {
    if (hasDisclosure && (await facet.evaluate((d) => d.open)) !== open) {
      await facet.locator('summary').click();
    }
  };
  await setOpen(true);
  try {
    const boxes = group.locator('input[type="checkbox"]');
    const boxCount = await boxes.count();
    if (boxCount === 0) return { skipped: 'no checkbox facet on the page' };
    const name = await boxes.first().getAttribute('name');
    const samples = [];
    // Tick the first boxes one by one, then untick them in reverse, again until ≥ minSamples
    // changes (the real dataset has fewer districts than the synthetic ones).
    const n = Math.min(boxCount, Math.ceil(minSamples / 2));
    const order = [...Array(n).keys()];
    const round = [...order, ...order.toReversed()];
    const clicks = Array.from({ length: Math.ceil(minSamples / round.length) }, () => round).flat();
    const started = Date.now();
    let stopped = null;
    for (const i of clicks) {
      samples.push(await timeInteraction(page, () => boxes.nth(i).click()));
      if ((stopped = stopReason(samples, started))) break;
    }
    return { samples, facet: name, boxes: n, stopped };
  } finally {
    // Open, the disclosure lies over the table's header.
    await setOpen(false);
  }
}

async function measureSort(page, minSamples) {
  const headers = page.locator('main table:not(.chart-table) thead th button');
  const headerCount = await headers.count();
  if (headerCount === 0) return { skipped: 'no sortable column header (th button) in the table' };
  const samples = [];
  const started = Date.now();
  let stopped = null;
  for (let i = 0; samples.length < minSamples; i++) {
    const header = headers.nth(i % headerCount);
    samples.push(await timeInteraction(page, () => header.click()));
    if ((stopped = stopReason(samples, started))) break;
  }
  return { samples, columns: headerCount, stopped };
}

/**
 * Search, filter and sort on a record list (/projects, /targets or /figures) that is already
 * open, then the bare baseline for the same URL states. A kind is skipped, with the reason, when the page
 * lacks its control or driving it fails.
 */
export async function measureInteractions(page, { collection, minSamples = 20 }) {
  const out = {};
  const kinds = {
    search: () => measureSearch(page),
    filter: () => measureFilter(page, minSamples),
    sort: () => measureSort(page, minSamples),
  };
  let busy = null;
  for (const [kind, run] of Object.entries(kinds)) {
    if (busy) {
      out[kind] = { skipped: `not run: ${busy}` };
      continue;
    }
    try {
      out[kind] = await run();
    } catch (error) {
      out[kind] = { skipped: `failed: ${String(error.message ?? error).split('\n')[0]}` };
    }
    if (out[kind].stopped?.includes('still busy')) busy = `the page was still busy after ${kind}`;
    if (!out[kind].samples) continue;
    const urls = out[kind].samples.map((s) => s.url);
    out[kind].bare = await page.evaluate(runBaseline, { collection, urls });
  }
  return out;
}
