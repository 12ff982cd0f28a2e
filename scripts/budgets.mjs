// Bundle sizes, run by `npm test` after the build: what Chromium actually downloads for `/` and
// `/projects` from the production build over the gzip server. Bytes are deterministic, so they
// may gate: every figure is printed on every run beside the figure recorded in
// scripts/bundle-baseline.json, and a change that adds more than ALLOWED_GROWTH to a recorded
// figure fails the run (exit 1). After a deliberate change, record the new figures with
// `npm run budgets -- --record` and say why in the commit.
// 1 kB = 1,000 bytes of gzipped response body.
// How chart code is told apart: scripts/bench/bundle.mjs. Background: docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { kB, loadChunkMap, recordRouteLoad, summarizeRouteLoad } from './bench/bundle.mjs';
import { startServer } from './serve.mjs';

/** How much a change may add to a recorded figure before the run fails (issue 11). */
export const ALLOWED_GROWTH = 5_000;
const BASELINE_FILE = new URL('./bundle-baseline.json', import.meta.url);

/** The recorded figures: { [check name]: bytes }. */
export function readBaseline() {
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')).figures;
}

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
    const baseline = readBaseline();
    const checks = [
      { name: 'JS of / without chart code', value: routes['/'].jsNonChart },
      { name: 'everything / loads (dataset excluded)', value: routes['/'].allButData },
      { name: 'JS of /projects without chart code', value: routes['/projects'].jsNonChart },
    ].map((check) => {
      const recorded = baseline[check.name];
      const budget = recorded === undefined ? Infinity : recorded + ALLOWED_GROWTH;
      return { ...check, recorded, budget, ok: check.value <= budget };
    });
    const info = [];
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
  console.log(
    `\n  Bundle bytes (gzipped, 1 kB = 1,000 bytes): more than ${kB(ALLOWED_GROWTH)} over the recorded figure fails the run`,
  );
  for (const c of checks) {
    if (c.recorded === undefined) {
      console.log(`  new   ${c.name.padEnd(40)} ${kB(c.value).padStart(9)}  (nothing recorded)`);
      continue;
    }
    const delta = c.value - c.recorded;
    const sign = delta >= 0 ? '+' : '−';
    console.log(
      `  ${c.ok ? 'ok  ' : 'OVER'}  ${c.name.padEnd(40)} ${kB(c.value).padStart(9)}  recorded ${kB(c.recorded)} (${sign}${kB(Math.abs(delta))}; limit ${kB(c.budget)})`,
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
  if (process.argv.includes('--record')) {
    const figures = Object.fromEntries(result.checks.map((c) => [c.name, Math.round(c.value)]));
    writeFileSync(BASELINE_FILE, `${JSON.stringify({ figures }, null, 2)}\n`);
    console.log(`\n  recorded in ${BASELINE_FILE.pathname}`);
    process.exit(0);
  }
  process.exit(ok ? 0 : 1);
}
