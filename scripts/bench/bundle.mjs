// What the browser actually downloads for a route, split into chart code and the rest.
// Used by scripts/budgets.mjs (in `npm test`) and scripts/bench.mjs (docs/performance.md).
//
// Bytes are the encoded (gzipped) response bodies Chromium reports for each request, over the
// gzip server of scripts/serve.mjs. Each JS file is split between "chart code" and "the rest" by
// the modules it holds, from .vite/chunk-modules.json (written by the chunk-modules plugin in
// vite.config.ts): a file's gzipped bytes are shared out in proportion to its modules' rendered
// lengths.
/* global window, document -- in page.evaluate callbacks, which run in the browser */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Dependencies of a package, read from node_modules, transitively. */
function dependencyClosure(roots, nodeModules = 'node_modules') {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = join(nodeModules, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
    stack.push(...Object.keys(dependencies));
  }
  return seen;
}

/**
 * Packages that only the charts bring in: Recharts and its dependencies (d3 via victory-vendor,
 * redux toolkit, immer, …) minus anything another dependency of the app also needs.
 */
export function chartPackages(packageJson = 'package.json') {
  const { dependencies = {} } = JSON.parse(readFileSync(packageJson, 'utf8'));
  const others = dependencyClosure(Object.keys(dependencies).filter((d) => d !== 'recharts'));
  return new Set([...dependencyClosure(['recharts'])].filter((name) => !others.has(name)));
}

/** `node_modules/@scope/name/…` → `@scope/name`; our own modules → null. */
export function packageOf(moduleId) {
  const at = moduleId.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const parts = moduleId.slice(at + 'node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? null);
}

/** Our own chart drawing code: the shared container in components/charts/ and any *-chart(s).tsx. */
export const isOwnChartModule = (id) =>
  id.startsWith('src/') && (/\/charts?\//.test(id) || /-charts?\.tsx?$/.test(id));

/** Reads the chunk map and answers, per file, which share of it is chart code. */
export function loadChunkMap(distDir) {
  const file = join(distDir, '.vite', 'chunk-modules.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build with the chunk-modules plugin (vite.config.ts).`);
  }
  /** @type {{ file: string, isEntry: boolean, isDynamicEntry: boolean, imports: string[], dynamicImports: string[], modules: { id: string, renderedLength: number }[] }[]} */
  const chunks = JSON.parse(readFileSync(file, 'utf8'));
  const charts = chartPackages();
  const isChartModule = (id) => charts.has(packageOf(id) ?? '') || isOwnChartModule(id);
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));

  /** Share (0…1) of a chunk's rendered code that is chart code. */
  const chartShare = (chunkFile) => {
    const chunk = byFile.get(chunkFile);
    if (!chunk) return null;
    const total = chunk.modules.reduce((sum, m) => sum + m.renderedLength, 0);
    const chart = chunk.modules
      .filter((m) => isChartModule(m.id))
      .reduce((sum, m) => sum + m.renderedLength, 0);
    return total === 0 ? 0 : chart / total;
  };

  /**
   * Modules of Recharts and its own dependencies in the entry chunk or anything it imports
   * statically: they would load on every page. (Our chart helpers may be shared; the library not.)
   */
  const chartModulesInEntry = () => {
    const entry = chunks.filter((c) => c.isEntry);
    const seen = new Set();
    const stack = entry.map((c) => c.file);
    const found = [];
    while (stack.length) {
      const name = stack.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      const chunk = byFile.get(name);
      if (!chunk) continue;
      for (const m of chunk.modules) {
        if (charts.has(packageOf(m.id) ?? '')) found.push(`${name}: ${m.id}`);
      }
      stack.push(...chunk.imports);
    }
    return { entryFiles: [...seen], found };
  };

  return { chunks, byFile, chartShare, chartModulesInEntry, chartPackages: charts };
}

/**
 * Opens `path` in a fresh context (empty cache), waits until the view is drawn, scrolls to the
 * bottom so anything loaded on sight loads too, waits for the network to be quiet, and returns
 * every response with its encoded size.
 * @param {import('playwright-core').Browser} browser
 */
export async function recordRouteLoad(
  browser,
  url,
  { viewport = { width: 1280, height: 900 } } = {},
) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const responses = [];
  const pending = new Set();
  let lastActivity = Date.now();
  page.on('request', (request) => {
    pending.add(request);
    lastActivity = Date.now();
  });
  const settle = async (request, failed) => {
    pending.delete(request);
    lastActivity = Date.now();
    if (failed) {
      responses.push({ url: request.url(), type: request.resourceType(), bytes: 0, failed: true });
      return;
    }
    const sizes = await request.sizes().catch(() => null);
    const response = await request.response().catch(() => null);
    responses.push({
      url: request.url(),
      type: request.resourceType(),
      status: response?.status() ?? 0,
      encoding: (await response?.headerValue('content-encoding').catch(() => null)) ?? null,
      bytes: sizes?.responseBodySize ?? 0,
    });
  };
  page.on('requestfinished', (request) => void settle(request, false));
  page.on('requestfailed', (request) => void settle(request, true));

  await page.goto(url, { waitUntil: 'load' });
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  // The static HTML already has the heading: wait until the view itself replaced the skeleton,
  // so the page has its full height before the scroll.
  await page.waitForFunction(() => !document.querySelector('main .loading'), null, {
    timeout: 30_000,
  });
  // Scroll down in steps so charts drawn on sight (IntersectionObserver) load as a reader's would.
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
  });
  const started = Date.now();
  while ((pending.size > 0 || Date.now() - lastActivity < 1_000) && Date.now() - started < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Let the last size lookups finish.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await context.close();
  return responses;
}

/** Sums a route's responses: JS split into chart code and the rest, then everything else. */
export function summarizeRouteLoad(responses, chunkMap, origin) {
  const summary = {
    jsFiles: [],
    jsTotal: 0,
    jsChart: 0,
    jsNonChart: 0,
    css: 0,
    html: 0,
    data: 0,
    other: 0,
    unknownJs: [],
    notCompressed: [],
  };
  for (const r of responses) {
    if (r.failed) continue;
    const u = new URL(r.url);
    if (u.origin !== origin) continue;
    const path = u.pathname.replace(/^\//, '');
    if (r.bytes > 1_024 && !r.encoding && /\.(js|css|html|json|svg)$|^$/.test(path)) {
      if (r.type !== 'image') summary.notCompressed.push(path || '/');
    }
    if (r.type === 'script' || path.endsWith('.js')) {
      const share = chunkMap.chartShare(path);
      if (share === null) summary.unknownJs.push(path);
      const chart = r.bytes * (share ?? 0);
      summary.jsFiles.push({ path, bytes: r.bytes, chartShare: share ?? 0 });
      summary.jsTotal += r.bytes;
      summary.jsChart += chart;
      summary.jsNonChart += r.bytes - chart;
    } else if (r.type === 'stylesheet' || path.endsWith('.css')) summary.css += r.bytes;
    else if (r.type === 'document') summary.html += r.bytes;
    else if (r.type === 'fetch' || r.type === 'xhr' || path.endsWith('.json'))
      summary.data += r.bytes;
    else summary.other += r.bytes;
  }
  summary.jsFiles.sort((a, b) => b.bytes - a.bytes);
  /** Everything the page loaded except the dataset (data, not code; it grows with the news). */
  summary.allButData = summary.jsTotal + summary.css + summary.html + summary.other;
  return summary;
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
