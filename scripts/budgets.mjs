// Bundle budgets, run by `npm test` after the build: what Chromium actually downloads for `/` and
// `/projects` from the production build over the gzip server. Prints every figure on every run
// beside its budget (issue 7) and the room left; a figure over its budget fails the run (exit 1).
// What the figures are made of and how they were brought under: docs/performance.md (Budgets).
// 1 kB = 1,000 bytes of gzipped response body.
// The first route is `/` (the overview): the 130 kB budget applies to it. `/projects` is printed
// for information only (see PROJECTS_NOTE).
// How chart code is told apart: scripts/bench/bundle.mjs. Background: docs/performance.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { kB, loadChunkMap, recordRouteLoad, summarizeRouteLoad } from './bench/bundle.mjs';
import { startServer } from './serve.mjs';

/** Why `/projects` has no budget of its own; printed beside its figure. */
export const PROJECTS_NOTE =
  'no budget of its own: its table libraries (TanStack Table + Virtual, about 21 kB) come on top of the framework floor every route shares';

/** The targets of issue 7. */
export const BUDGETS = {
  /** gzipped JS a first visit to `/`, the first route, loads, chart code excluded */
  firstRouteJsWithoutCharts: 130_000,
  /** everything the overview loads (all code, charts included; the dataset excluded) */
  overviewEverything: 230_000,
};

/** Measures `/` and `/projects` in `distDir`; returns the figures and the checks. */
export async function measureBundles({ distDir = 'dist', browser: given } = {}) {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error(`${root} has no build: run vite build`);
  const chunkMap = loadChunkMap(root);
  const executablePath = findChromium();
  if (!executablePath && !given) throw new Error('No Chromium found: set CHROME_PATH.');
  const server = await startServer({ root, port: 0, quiet: true, gzip: true });
  const browser =
    given ?? (await chromium.launch({ executablePath, args: chromiumArgs, headless: true }));
  try {
    const origin = new URL(server.url).origin;
    const routes = {};
    for (const path of ['/', '/projects']) {
      const responses = await recordRouteLoad(browser, new URL(path, server.url).href);
      routes[path] = summarizeRouteLoad(responses, chunkMap, origin);
    }
    const entry = chunkMap.chartModulesInEntry();
    const checks = [
      {
        name: 'JS of / without chart code',
        value: routes['/'].jsNonChart,
        budget: BUDGETS.firstRouteJsWithoutCharts,
      },
      {
        name: 'everything / loads (dataset excluded)',
        value: routes['/'].allButData,
        budget: BUDGETS.overviewEverything,
      },
    ].map((check) => ({ ...check, ok: check.value <= check.budget }));
    /** Figures printed without a budget. */
    const info = [
      {
        name: 'JS of /projects without chart code',
        value: routes['/projects'].jsNonChart,
        note: PROJECTS_NOTE,
      },
    ];
    return { routes, entry, checks, info, chartPackages: [...chunkMap.chartPackages].sort() };
  } finally {
    if (!given) await browser.close();
    await server.close();
  }
}

export function printBundleReport({ routes, entry, checks, info = [] }) {
  for (const [path, s] of Object.entries(routes)) {
    console.log(
      `\n  ${path}: JS ${kB(s.jsTotal)} (chart code ${kB(s.jsChart)}, the rest ${kB(s.jsNonChart)}), CSS ${kB(s.css)}, HTML ${kB(s.html)}, other ${kB(s.other)}, dataset ${kB(s.data)}`,
    );
    for (const f of s.jsFiles) {
      const share = f.chartShare > 0 ? ` (${Math.round(f.chartShare * 100)}% chart code)` : '';
      console.log(`    ${kB(f.bytes).padStart(9)}  ${f.path}${share}`);
    }
    if (s.unknownJs.length)
      console.log(`    not in the chunk map (counted as non-chart): ${s.unknownJs.join(', ')}`);
    if (s.notCompressed.length)
      console.log(`    served without gzip: ${s.notCompressed.join(', ')}`);
  }
  console.log('\n  Budgets (gzipped, 1 kB = 1,000 bytes; issue 7): over budget fails the run');
  for (const c of checks) {
    const room = c.ok ? `${kB(c.budget - c.value)} left` : `OVER by ${kB(c.value - c.budget)}`;
    console.log(
      `  ${c.ok ? 'ok  ' : 'OVER'}  ${c.name.padEnd(40)} ${kB(c.value).padStart(9)}  / budget ${kB(c.budget)} (${room})`,
    );
  }
  for (const i of info) {
    console.log(`  info  ${i.name.padEnd(40)} ${kB(i.value).padStart(9)}  (${i.note})`);
  }
  const lazy = entry.found.length === 0;
  console.log(
    `  ${lazy ? 'ok  ' : 'FAIL'}  ${'chart code lazy-loaded'.padEnd(40)} ${lazy ? `no chart module in the entry (${entry.entryFiles.join(', ')})` : `${entry.found.length} chart modules in the entry`}`,
  );
  for (const line of entry.found.slice(0, 20)) console.log(`          ${line}`);
  return checks.every((c) => c.ok) && lazy;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const distDir = process.env.DIST_DIR ?? 'dist';
  console.log(`Bundle budgets: ${distDir} served with gzip, loaded in Chromium`);
  const result = await measureBundles({ distDir });
  const ok = printBundleReport(result);
  process.exit(ok ? 0 : 1);
}
