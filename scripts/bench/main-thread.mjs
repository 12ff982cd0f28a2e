// Main-thread CPU per interaction, read from a Chromium trace: the thread time of the task that
// handles each input event (`input task`) and of all the page's main-thread work until it is
// quiet again (`all work`: React's follow-up tasks, style, layout and paint included). Thread
// time is what the page itself costs, so unlike the wall-clock latencies of `npm run bench` it
// holds on a shared, busy machine; compare two builds with it before and after a change.
//
//   npx vite build --outDir .out/before   (on the old commit), then on the new one:
//   npx vite build --outDir .out/after
//   node scripts/bench/main-thread.mjs --dirs=.out/before,.out/after [--pages=projects,targets]
//
// Each page opens with the real dataset at 1280 px; filter ticks the first four districts and
// unticks them, twice; search types `road` and erases it, then 道路; sort clicks each sortable
// header twice. Prints per build, page and interaction: samples, median and p95 in ms.
/* global window -- in page callbacks, which run in the browser */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { installProbe } from './probe.mjs';
import { median, percentile } from './stats.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const dirs = String(args.dirs ?? 'dist').split(',');
const pages = String(args.pages ?? 'projects,targets,figures').split(',');
const INPUT_EVENTS = new Set(['click', 'keydown', 'keypress', 'input', 'pointerdown', 'mousedown']);
const STEP_MARK = 'main-thread-step';

/** The steps of one interaction on an open list page, each a function that performs it. */
async function stepsOf(page, kind) {
  if (kind === 'filter') {
    const facet = page.locator('main details.facet').first();
    await facet.locator('summary').click();
    const boxes = facet.locator('input[type="checkbox"]');
    const n = Math.min(4, await boxes.count());
    const round = [...Array(n).keys(), ...[...Array(n).keys()].toReversed()];
    return [...round, ...round].map((i) => () => boxes.nth(i).click());
  }
  if (kind === 'search') {
    await page.locator('main input[type="search"]').first().click();
    const keys = ['r', 'o', 'a', 'd', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
    return [
      ...keys.map((key) => () => page.keyboard.press(key)),
      () => page.keyboard.insertText('道路'),
      () => page.keyboard.press('Backspace'),
      () => page.keyboard.press('Backspace'),
    ];
  }
  const headers = page.locator('main table:not(.chart-table) thead th button');
  const n = await headers.count();
  return [...Array(2 * n).keys()].map((i) => () => headers.nth(i % n).click());
}

/** Per step: thread ms of the input tasks and of every main-thread task until the next step. */
function stepCosts(events) {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const layouts = new Map();
  for (const e of complete)
    if (e.name === 'Layout') layouts.set(e.tid, (layouts.get(e.tid) ?? 0) + 1);
  const main = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = complete.filter((e) => e.tid === main);
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
  );
  const inputs = onMain.filter(
    (e) => e.name === 'EventDispatch' && INPUT_EVENTS.has(e.args?.data?.type),
  );
  const marks = events
    .filter((e) => e.name === STEP_MARK && e.tid === main)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return marks.map((start, index) => {
    const end = marks[index + 1] ?? Infinity;
    const inWindow = tasks.filter((t) => t.ts >= start && t.ts < end);
    const thread = (t) => (t.tdur ?? t.dur) / 1000;
    const isInput = (t) => inputs.some((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    return {
      input: inWindow.filter(isInput).reduce((sum, t) => sum + thread(t), 0),
      all: inWindow.reduce((sum, t) => sum + thread(t), 0),
    };
  });
}

async function measure(browser, baseUrl, path, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForFunction(() => window.__bench.firstRows?.painted, null, { timeout: 60_000 });
  await page.waitForTimeout(1_000);
  await page.evaluate(() => window.__bench.stopLoadProbe());
  const steps = await stepsOf(page, kind);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.on('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  for (const step of steps) {
    await page.evaluate((mark) => {
      performance.mark(mark);
      window.__bench.arm();
    }, STEP_MARK);
    await step();
    await page.evaluate(() => window.__bench.settle());
  }
  await page.evaluate((mark) => performance.mark(mark), STEP_MARK);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return stepCosts(events).slice(0, steps.length);
}

const summary = (values) => `${median(values).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumArgs,
  headless: true,
});
try {
  console.log('main-thread ms per interaction, median / p95 (thread time, real dataset, 1280 px)');
  console.log('build | page | interaction | n | input task | all work until quiet');
  for (const dir of dirs) {
    const server = await startServer({ root: resolve(dir), port: 0, quiet: true });
    try {
      for (const name of pages) {
        for (const kind of ['filter', 'search', 'sort']) {
          const costs = await measure(browser, server.url, `/${name}`, kind);
          const line = [
            dir,
            `/${name}`,
            kind,
            costs.length,
            summary(costs.map((c) => c.input)),
            summary(costs.map((c) => c.all)),
          ];
          console.log(line.join(' | '));
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
