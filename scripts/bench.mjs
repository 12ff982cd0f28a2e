// `npm run bench`: builds the app, serves it with gzip and drives headless Chromium over it at
// each size: first the real dataset the app ships (`real`, loaded as every reader loads it),
// then seeded synthetic datasets of 1k, 10k and 100k records (loaded with
// `?data=/bench-data/<size>.json`). Prints the figures, then the goals of issue 11 as met or
// missed, the bundle against its recorded baseline and Lighthouse, and rewrites the generated
// part of docs/performance.md. Method and reading of the figures: docs/performance.md.
//
// Options: --sizes=real,1k  --loads=5  --pages=projects,targets,figures|none  --no-build
//          --no-lighthouse  --no-bundle  --no-doc  --port=4291  --out=.out/perf  --regenerate
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { ensureDatasets, publishDatasets } from './bench/generate-data.mjs';
import {
  measureBareLoad,
  prepareBareRows,
  measureInteractions,
  openAndMeasureLoad,
  SEARCH_STEPS,
} from './bench/measure.mjs';
import {
  judgeGoals,
  markdown,
  printConsole,
  summarizeSize,
  verdict,
  writeDoc,
} from './bench/report.mjs';
import { loadChunkMap } from './bench/bundle.mjs';
import { measureBundles, printBundleReport } from './budgets.mjs';
import { printLighthouseReport, runLighthouse } from './lighthouse.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
/** The real dataset is measured first; the synthetic ones follow in the order given. */
const REAL = 'real';
const requested = String(args.sizes ?? 'real,1k,10k,100k').split(',');
const sizes = [...requested.filter((s) => s === REAL), ...requested.filter((s) => s !== REAL)];
const synthetic = sizes.filter((s) => s !== REAL);
const pages = String(args.pages ?? 'projects,targets,figures')
  .split(',')
  .filter((p) => p && p !== 'none');
const loadsPerSize = Number(args.loads ?? 5);
const outDir = String(args.out ?? '.out/perf');
const port = Number(args.port ?? 4291);
const DOC = 'docs/performance.md';
const SEED = 20_240_101; // tests/fixtures/synthetic-dataset.ts DEFAULT_SEED

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or install chromium.');
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const started = Date.now();
const step = (text) => console.log(`\n▶ ${text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const git = (...gitArgs) => spawnSync('git', gitArgs, { encoding: 'utf8' }).stdout.trim();
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no', 'src') ? ' with uncommitted changes in src/' : ''}`;
const loadNow = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');
const loadBefore = loadNow();
console.log(`load average (1 / 5 / 15 min) at the start: ${loadBefore} on ${cpus().length} cores`);

if (!args['no-build']) {
  step(`build → ${outDir}`);
  const build = spawnSync(
    npx,
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

step('datasets');
ensureDatasets(synthetic, { force: Boolean(args.regenerate) });
const dataBase = publishDatasets(synthetic, outDir);
/** Where the app finds a size's dataset: the bundled file, or a synthetic one by `?data=`. */
const datasetOf = (size) =>
  size === REAL
    ? { url: '/data/dataset.json', param: null, file: `${outDir}/data/dataset.json` }
    : {
        url: `${dataBase}/${size}.json`,
        param: `${dataBase}/${size}.json`,
        file: `.bench/data/${size}.json`,
      };

step(`serve ${outDir} with gzip`);
const server = await startServer({ root: resolve(outDir), port, quiet: true, gzip: true });
console.log(`  ${server.url}`);
const chunkMap = loadChunkMap(resolve(outDir));
const chartFiles = chunkMap.chunks
  .filter((chunk) => (chunkMap.chartShare(chunk.file) ?? 0) >= 0.5)
  .map((chunk) => chunk.file);
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const raw = {};
const figuresBySize = {};
let bundle = null;
let lighthouse = null;
try {
  for (const size of sizes) {
    const dataset = datasetOf(size);
    const text = readFileSync(dataset.file, 'utf8');
    const data = JSON.parse(text);
    raw[size] = {
      records: data.projects.length + data.targets.length + data.figures.length,
      bytes: Buffer.byteLength(text),
      loads: { projects: [], overview: [] },
      interactions: {},
    };
    const progress = (text) => process.stdout.write(`  ${size}: ${text}\n`);

    // Cold loads of /projects: dataset timings, first rows, heap, and the bare fetch + parse.
    for (let i = 0; i < loadsPerSize; i++) {
      const run = await openAndMeasureLoad(browser, {
        baseUrl: server.url,
        path: '/projects',
        dataset,
        waitFor: 'rows',
      });
      let bare = null;
      if (!run.error) {
        bare = await measureBareLoad(run.page, { baseUrl: server.url, datasetUrl: dataset.url });
      }
      raw[size].loads.projects.push({
        timings: run.timings,
        heap: run.heap,
        error: run.error,
        bare,
        pageErrors: run.pageErrors,
      });
      progress(
        `/projects load ${i + 1}/${loadsPerSize}: fetch ${run.timings.fetch?.toFixed(0)} ms, parse+validate ${run.timings.parseValidate?.toFixed(0)} ms, bare parse ${bare ? Math.min(...bare.parseMs).toFixed(0) : '–'} ms, first rows ${run.timings.firstRows?.painted?.toFixed(0) ?? '–'} ms${run.error ? `, ERROR ${run.error}` : ''}`,
      );
      await run.context.close();
    }

    // Cold loads of the overview: time to draw each chart, heap.
    for (let i = 0; i < loadsPerSize; i++) {
      const run = await openAndMeasureLoad(browser, {
        baseUrl: server.url,
        path: '/',
        chartFiles,
        dataset,
        waitFor: 'charts',
      });
      raw[size].loads.overview.push({
        timings: run.timings,
        heap: run.heap,
        error: run.error,
        pageErrors: run.pageErrors,
      });
      const drawn = Object.entries(run.timings.charts).map(
        ([k, v]) => `${k.slice(0, 12)} ${v.painted?.toFixed(0)}`,
      );
      progress(
        `/ load ${i + 1}/${loadsPerSize}: charts ${drawn.join(', ') || 'none'}${run.error ? `, ERROR ${run.error}` : ''}`,
      );
      await run.context.close();
    }

    // Interactions on each record list, in one page loaded for the purpose.
    for (const page of pages) {
      const run = await openAndMeasureLoad(browser, {
        baseUrl: server.url,
        path: `/${page}`,
        dataset,
        waitFor: 'rows',
      });
      if (run.error) {
        raw[size].interactions[page] = {
          search: { skipped: run.error },
          filter: { skipped: run.error },
          sort: { skipped: run.error },
        };
      } else {
        await prepareBareRows(run.page, dataset.url);
        raw[size].interactions[page] = await measureInteractions(run.page, { collection: page });
      }
      const r = raw[size].interactions[page];
      progress(
        `/${page} interactions: ${['search', 'filter', 'sort'].map((k) => (r[k].skipped ? `${k} skipped (${r[k].skipped})` : `${k} ${r[k].samples.length} samples`)).join(', ')}`,
      );
      await run.context.close();
    }
    figuresBySize[size] = summarizeSize(raw[size]);
  }
  await browser.close();

  if (!args['no-bundle']) {
    step('bundle (what Chromium downloads for / and /projects, against the recorded baseline)');
    bundle = await measureBundles({ distDir: outDir });
    printBundleReport(bundle);
  }
  if (!args['no-lighthouse']) {
    step('Lighthouse');
    lighthouse = await runLighthouse({ distDir: outDir });
    printLighthouseReport(lighthouse);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

step(`results (load average now ${loadNow()})`);
printConsole(sizes, figuresBySize);
const goals = judgeGoals(sizes, figuresBySize);
console.log('\n  Goals (issue 11)');
for (const g of goals) console.log(`  ${g.goal}: ${g.figure} → ${verdict(g.ok)}`);

const version = (name) =>
  JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const meta = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  command: process.argv.slice(2).join(' ') || 'default options',
  commit,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
  memoryGb: (totalmem() / 2 ** 30).toFixed(1),
  os: `${type()} ${release()}`,
  node: process.version,
  chromium: `Chromium ${spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.match(/[\d.]+/)?.[0] ?? '?'}`,
  playwright: version('playwright-core'),
  lighthouse: lighthouse ? version('lighthouse') : null,
  seed: SEED,
  loadsPerSize,
  interactionSamples: `search ${SEARCH_STEPS.length} keystrokes, filter and sort ≥ 20 interactions per page and size`,
  loadBefore,
  loadAfter: loadNow(),
};
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/results.json',
  JSON.stringify({ meta, raw, figuresBySize, bundle, lighthouse, goals }, null, 1),
);
console.log('\n  raw samples: .bench/results.json');

if (!args['no-doc']) {
  const generated = markdown({ meta, sizes, figuresBySize, goals, bundle, lighthouse });
  writeDoc(DOC, generated);
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  writeFileSync(
    DOC,
    await prettier.format(readFileSync(DOC, 'utf8'), { ...options, filepath: DOC }),
  );
  console.log(`  wrote ${DOC}`);
}
console.log(`\n  done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
