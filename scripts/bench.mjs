// `npm run bench`: builds the app, serves it with gzip and drives headless Chromium over it, on
// the dataset the app ships (`real`) and on a seeded synthetic dataset of 10,000 records
// (`10k`, loaded with `?data=`). Prints the figures and the goals of docs/performance.md, and
// rewrites the generated part of that file. Method: docs/performance.md.
//
// Options: --sizes=real,10k  --loads=3  --pages=projects,targets,figures  --no-build  --no-doc
//          --port=4291  --out=.out/perf (several engineers share the machine: one port each)
//          --cpu: also the main thread's CPU time per interaction, from a trace, to compare two
//          builds on a busy machine (`--no-build --out=<dir>` for each; implies --no-doc)
/* global window, document -- in page callbacks, which run in the browser */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  readFileSync,
  statSync,
  writeFileSync,
  mkdirSync,
  copyFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { bareParse, installProbe } from './bench/probe.mjs';
import { judgeGoals, markdown, printFigures, summarizeSize, writeDoc } from './bench/report.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const sizes = String(args.sizes ?? 'real,10k').split(',');
const pages = String(args.pages ?? 'projects,targets,figures')
  .split(',')
  .filter(Boolean);
const loads = Number(args.loads ?? 3);
const outDir = String(args.out ?? '.out/perf');
const cpu = Boolean(args.cpu);
const port = Number(args.port ?? 4291);
const GENERATOR = 'tests/fixtures/synthetic-dataset.ts';
const STEP_MARK = 'bench-step';
/** Words typed into each list's search box, a character at a time, each erased again. */
const SEARCH = ['road', 'park', '2023', '龙湖'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const loadNow = () => loadavg()[0].toFixed(2);
const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout.trim();
const meta = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no', 'src') ? ' with uncommitted changes' : ''}`,
  machine: `${cpus().length} × ${cpus()[0]?.model?.trim()}, Node ${process.version}`,
  loadBefore: loadNow(),
};
console.log(`load average at the start: ${meta.loadBefore} on ${cpus().length} cores`);

if (!args['no-build']) {
  const build = spawnSync(
    npx,
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Where the app finds a size's dataset: the bundled file, or a synthetic one by `?data=`. */
function datasetOf(size) {
  if (size === 'real')
    return { file: `${outDir}/data/dataset.json`, url: '/data/dataset.json', param: null };
  const file = `.bench/data/${size}.json`;
  const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
  if (mtime(file) < Math.max(mtime(GENERATOR), mtime('src/data/schema.ts'))) {
    const run = spawnSync(
      npx,
      ['tsx', 'scripts/data/write-bench-datasets.ts', '.bench/data', size],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) process.exit(1);
  }
  mkdirSync(`${outDir}/bench-data`, { recursive: true });
  copyFileSync(file, `${outDir}/bench-data/${size}.json`);
  return { file, url: `/bench-data/${size}.json`, param: `/bench-data/${size}.json` };
}

/** Opens `path` with the size's dataset in a fresh context (empty cache) and waits for `mark`. */
async function open(browser, server, dataset, path, mark) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const url = new URL(path, server.url);
  if (dataset.param) url.searchParams.set('data', dataset.param);
  await page.goto(url.href);
  await page.waitForFunction((name) => window.__bench.marks[name]?.painted, mark, {
    timeout: 120_000,
  });
  return { context, page };
}

/** The app's own timings of a load (User Timing, src/data/load-dataset.ts) and the marks. */
const loadTimings = (page) =>
  page.evaluate(() => {
    const measure = (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null;
    const painted = (name) => window.__bench.marks[name]?.painted ?? null;
    return {
      fetch: measure('dataset:fetch'),
      parseValidate: measure('dataset:parse-validate'),
      firstRows: painted('rows'),
      headline: painted('headline'),
    };
  });

/** Scrolls down in steps (charts draw as they come near) and back to the top. */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  });
  await page.waitForTimeout(1_000);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
}

/**
 * The main thread's CPU time per step, from a Chromium trace: the thread time of every task
 * between one step's mark and the next (the input, React's work, style, layout and paint).
 * Unlike the latency it holds on a busy machine, so two builds compare by it.
 */
function cpuPerStep(events) {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const layouts = new Map();
  for (const e of complete)
    if (e.name === 'Layout') layouts.set(e.tid, (layouts.get(e.tid) ?? 0) + 1);
  const main = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = complete.filter(
    (e) => e.tid === main && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const marks = events
    .filter((e) => e.name === STEP_MARK && e.tid === main)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return marks
    .slice(0, -1)
    .map((start, i) =>
      tasks
        .filter((t) => t.ts >= start && t.ts < marks[i + 1])
        .reduce((sum, t) => sum + (t.tdur ?? t.dur) / 1000, 0),
    );
}

/**
 * Times each step on an open list page: arm, act, wait until the DOM is quiet (the latency).
 * With --cpu, under a trace that gives the main thread's CPU time of each step (the trace
 * slows the page down: its latencies are not the goals').
 */
async function time(page, steps) {
  if (!cpu) return timeSteps(page, steps);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.on('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  const samples = await timeSteps(page, steps);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const cpuMs = cpuPerStep(events);
  return samples.map((sample, i) => ({ ...sample, cpu: cpuMs[i] ?? null }));
}

async function timeSteps(page, steps) {
  const mark = () => page.evaluate((name) => performance.mark(name), STEP_MARK);
  const samples = [];
  for (const act of steps) {
    await mark();
    await page.evaluate(() => window.__bench.arm());
    await act();
    samples.push(await page.evaluate(() => window.__bench.settle()));
  }
  await mark();
  return samples.filter((sample) => !sample.error);
}

/** Search, filter and sort on a list page, after every chart on it has been drawn. */
async function interactions(page) {
  await page.evaluate(() => window.__bench.stopLoadProbe());
  await scrollThrough(page);
  await page.locator('main input[type="search"]').first().click();
  const search = await time(
    page,
    SEARCH.flatMap((word) => [
      // A key press for Latin letters and digits; an IME's committed text for Chinese.
      ...[...word].map(
        (char) => () =>
          /\w/.test(char) ? page.keyboard.press(char) : page.keyboard.insertText(char),
      ),
      ...[...word].map(() => () => page.keyboard.press('Backspace')),
    ]),
  );
  const facet = page.locator('main details.facet[data-facet="district"]');
  await facet.locator('summary').click();
  const boxes = facet.locator('input[type="checkbox"]');
  const ticks = [0, 1, 2, 3, 4, 4, 3, 2, 1, 0].map((i) => () => boxes.nth(i).click());
  const filter = await time(page, [...ticks, ...ticks]);
  await facet.locator('summary').click();
  const headers = page.locator('main table:not(.chart-table) thead th button');
  const columns = await headers.count();
  const sort = await time(
    page,
    Array.from({ length: 20 }, (_, i) => () => headers.nth(i % columns).click()),
  );
  return { search, filter, sort };
}

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.');
const server = await startServer({ root: resolve(outDir), port, quiet: true, gzip: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const figures = {};
try {
  for (const size of sizes) {
    const dataset = datasetOf(size);
    const data = JSON.parse(readFileSync(dataset.file, 'utf8'));
    const raw = {
      records: data.projects.length + data.targets.length + data.figures.length,
      loads: [],
      overview: [],
      interactions: {},
    };
    for (let i = 0; i < loads; i++) {
      const { context, page } = await open(browser, server, dataset, '/projects', 'rows');
      raw.loads.push({
        ...(await loadTimings(page)),
        bareParse: await page.evaluate(bareParse, dataset.url),
      });
      await context.close();
      const overview = await open(browser, server, dataset, '/', 'headline');
      raw.overview.push(await loadTimings(overview.page));
      await overview.context.close();
    }
    for (const name of pages) {
      const { context, page } = await open(browser, server, dataset, `/${name}`, 'rows');
      raw.interactions[name] = await interactions(page);
      await context.close();
      console.log(`  ${size} /${name}: measured (load average ${loadNow()})`);
    }
    figures[size] = summarizeSize(raw);
  }
} finally {
  await browser.close();
  await server.close();
}

meta.loadAfter = loadNow();
printFigures(sizes, figures);
const goals = judgeGoals(figures);
for (const goal of goals)
  console.log(`  ${goal.goal}: ${goal.figure} → ${goal.ok ? 'met' : 'MISSED'}`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', JSON.stringify({ meta, figures, goals }, null, 1));
if (!args['no-doc'] && !cpu) {
  await writeDoc('docs/performance.md', markdown({ meta, sizes, figures, goals }));
  console.log('  wrote docs/performance.md');
}
