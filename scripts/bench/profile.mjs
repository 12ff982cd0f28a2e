// Where the time goes: a CPU profile of one view of an unminified production build, summed by
// function. docs/performance.md quotes its output for the causes it names.
//
//   node scripts/bench/profile.mjs --path=/targets --size=10k --action=search [--no-build]
//
// --size=real profiles the dataset the app ships (no `?data=`).
// --action=load profiles opening the view until its table rows or charts are drawn; search
// types `road` and erases it; sort clicks six column headers; filter ticks the first ten boxes
// of the district facet and unticks them. Synthetic sizes are written to .bench/data when
// missing.
/* global window -- in page callbacks, which run in the browser */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { ensureDatasets, publishDatasets } from './generate-data.mjs';
import { prepareBareRows } from './measure.mjs';
import { installProbe } from './probe.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const path = String(args.path ?? '/projects');
const size = String(args.size ?? '10k');
const action = String(args.action ?? 'search');
const outDir = '.out/profile';

if (!args['no-build']) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(
    npx,
    [
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--minify',
      'false',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const real = size === 'real';
if (!real) ensureDatasets([size]);
const dataBase = real ? null : publishDatasets([size], outDir);
const datasetUrl = real ? '/data/dataset.json' : `${dataBase}/${size}.json`;

const server = await startServer({ root: resolve(outDir), port: 0, quiet: true });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumArgs,
  headless: true,
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const url = new URL(path, server.url);
  if (!real) url.searchParams.set('data', datasetUrl);
  const ready = () =>
    page.waitForFunction(
      () => window.__bench.firstRows?.painted || Object.keys(window.__bench.charts).length > 0,
      null,
      { timeout: 180_000 },
    );
  if (action === 'load') await cdp.send('Profiler.start');
  await page.goto(url.href);
  await ready();
  await page.waitForTimeout(1_000);
  const latencies = [];
  if (action !== 'load') {
    await page.evaluate(() => window.__bench.stopLoadProbe());
    const facet = page
      .locator('main details.facet[data-facet="district"], main details.facet')
      .first();
    if (action === 'filter') {
      // As the benchmark does: a search typed and erased first.
      await page.locator('main input[type="search"]').first().click();
      for (const key of ['r', 'o', 'a', 'd', 'Backspace', 'Backspace', 'Backspace', 'Backspace'])
        await page.keyboard.press(key);
      await page.waitForTimeout(1_000);
      if (args.bare) await prepareBareRows(page, datasetUrl);
      await facet.locator('summary').click();
    }
    // The first ten boxes, or as many as the dataset has districts.
    const boxes = Math.min(10, await facet.locator('input[type="checkbox"]').count());
    const ticks = [...Array(boxes).keys()];
    const steps =
      action === 'filter'
        ? [...ticks, ...ticks.toReversed()].map(
            (i) => () => facet.locator('input[type="checkbox"]').nth(i).click(),
          )
        : action === 'sort'
          ? [0, 1, 2, 3, 4, 5].map(
              (i) => () =>
                page.locator('main table:not(.chart-table) thead th button').nth(i).click(),
            )
          : ['r', 'o', 'a', 'd', 'Backspace', 'Backspace', 'Backspace', 'Backspace'].map(
              (key) => () => page.keyboard.press(key),
            );
    if (action === 'search') await page.locator('main input[type="search"]').first().click();
    await cdp.send('Profiler.start');
    for (const step of steps) {
      await page.evaluate(() => window.__bench.arm());
      await step();
      latencies.push(await page.evaluate(() => window.__bench.settle()));
    }
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (latencies.length) {
    console.log(
      `latency (input → last DOM change, ms): ${latencies.map((l) => l.dom?.toFixed(0)).join(' ')}`,
    );
  }

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = keyOf(byId.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const top = (map, n, keep = () => true) =>
    [...map]
      .filter(([key]) => keep(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([key, value]) => console.log(`${value.toFixed(0).padStart(8)} ms  ${key}`));
  console.log(`\n${path} ${size} ${action}: self time`);
  top(self, 25);
  console.log('\ninclusive time (React internals and idle left out)');
  top(inclusive, 40, (key) => !key.startsWith('(') && !/^\S+ index-/.test(key));
} finally {
  await browser.close();
  await server.close();
}
