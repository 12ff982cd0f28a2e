// Lighthouse in `npm test` (after the browser tests): the production build in dist/ served with
// gzip on localhost, Lighthouse 12's default (mobile) preset — Moto G Power screen, simulated
// slow 4G and 4× CPU slowdown — on `/` and `/projects`. Each page runs RUNS times; the median
// score per category is checked against the thresholds below and printed on every run, with the
// failing audits when a check fails. Runs offline: the only origin is the local server and
// Chromium starts with background networking, updates and sync off (scripts/chromium.mjs).
// Environment: DIST_DIR (the build), LIGHTHOUSE_RUNS (runs per page, default 3),
// LIGHTHOUSE_PATHS (comma-separated, default `/,/projects`), LIGHTHOUSE_OUT (report folder,
// default .bench/lighthouse; one per engineer when several run at once).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

/**
 * Gates of `npm test`: a median below one of these fails the run. They are the categories whose
 * scores do not depend on the machine's speed. The performance score is printed, never gated
 * (issue 11): under simulated throttling it adds measured total blocking time, which scales
 * with the CPU, so the same build scored 99 here and 79–95 on busier 2-core machines.
 * `npm run lighthouse` prints it beside the other figures.
 */
export const THRESHOLDS = {
  performance: null,
  accessibility: 100,
  'best-practices': 100,
  seo: 95,
};
const isGated = (category) => THRESHOLDS[category] !== null;
const CATEGORIES = Object.keys(THRESHOLDS);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run in a fresh Chromium; returns the LHR. */
async function runOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
    // chrome-launcher's defaults plus ours; no profile is kept between runs.
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) {
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    }
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const ms = (value) => `${Math.round(value)} ms`;

/** The element Lighthouse took as the largest contentful paint, by its selector. */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items[0]?.items?.[0]?.node ?? items[0]?.node;
  return node?.selector ?? 'none';
}

/** Audits of a category that lost points, worst first. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 || category !== 'performance')
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
    .filter(
      ({ audit }) =>
        audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    )
    .sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
    .map(({ ref, audit }) => ({
      id: ref.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      displayValue: audit.displayValue ?? '',
    }));
}

/**
 * Runs Lighthouse `runs` times on each page of the build in `distDir`.
 * @returns {Promise<{ pages: { path: string, runs: Record<string, number>[], median: Record<string, number>, metrics: Record<string, number[]>, ok: boolean, failing: Record<string, ReturnType<typeof failingAudits>> }[], ok: boolean }>}
 */
export async function runLighthouse({
  distDir = 'dist',
  paths = (process.env.LIGHTHOUSE_PATHS ?? '/,/projects').split(','),
  runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3),
  reportDir = process.env.LIGHTHOUSE_OUT ?? '.bench/lighthouse',
  log = console.log,
} = {}) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: set CHROME_PATH.');
  const server = await startServer({ root: resolve(distDir), port: 0, quiet: true, gzip: true });
  mkdirSync(reportDir, { recursive: true });
  const pages = [];
  try {
    for (const path of paths) {
      const url = new URL(path, server.url).href;
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const lhr = await runOnce(url, chromePath);
        lhrs.push(lhr);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
        );
        const m = (id) => lhr.audits[id]?.numericValue ?? NaN;
        log(
          `  ${path} run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}` +
            ` (FCP ${ms(m('first-contentful-paint'))}, LCP ${ms(m('largest-contentful-paint'))},` +
            ` TBT ${ms(m('total-blocking-time'))}, CLS ${m('cumulative-layout-shift').toFixed(3)}; LCP element: ${lcpElement(lhr)})`,
        );
      }
      const scoreRuns = lhrs.map((lhr) =>
        Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
        ),
      );
      const med = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(scoreRuns.map((s) => s[c]))]),
      );
      const metricIds = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ];
      const metrics = Object.fromEntries(
        metricIds.map((id) => [id, lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN)]),
      );
      // The run closest to the median performance score stands for the page in the report.
      const representative = lhrs.reduce((best, lhr) =>
        Math.abs(lhr.categories.performance.score * 100 - med.performance) <
        Math.abs(best.categories.performance.score * 100 - med.performance)
          ? lhr
          : best,
      );
      const name = path === '/' ? 'overview' : path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      writeFileSync(`${reportDir}/${name}.json`, JSON.stringify(representative));
      const failing = {};
      for (const c of CATEGORIES) {
        if (isGated(c) && med[c] < THRESHOLDS[c]) failing[c] = failingAudits(representative, c);
      }
      pages.push({
        path,
        runs: scoreRuns,
        median: med,
        metrics,
        ok: Object.keys(failing).length === 0,
        failing,
        lighthouseVersion: representative.lighthouseVersion,
        userAgent: representative.environment?.hostUserAgent,
        benchmarkIndex: representative.environment?.benchmarkIndex,
      });
    }
  } finally {
    await server.close();
  }
  return { pages, ok: pages.every((p) => p.ok) };
}

export function printLighthouseReport({ pages }) {
  console.log(`\n  Lighthouse (median of ${pages[0]?.runs.length ?? 0} runs, mobile preset)`);
  console.log(
    `  gates (below fails the run): ${CATEGORIES.filter(isGated)
      .map((c) => `${c} ≥ ${THRESHOLDS[c]}`)
      .join(', ')}; performance is printed, not gated`,
  );
  console.log(`  ${'page'.padEnd(12)} ${CATEGORIES.map((c) => c.padEnd(24)).join('')}`);
  for (const p of pages) {
    const cells = CATEGORIES.map((c) => {
      const spread = p.runs.map((r) => r[c]);
      const flag = !isGated(c) ? '(printed)' : p.median[c] >= THRESHOLDS[c] ? 'ok' : 'FAIL';
      const range =
        Math.min(...spread) === Math.max(...spread)
          ? ''
          : ` (${Math.min(...spread)}–${Math.max(...spread)})`;
      return `${p.median[c]}${range} ${flag}`.padEnd(24);
    });
    console.log(`  ${p.path.padEnd(12)} ${cells.join('')}`);
  }
  console.log(`\n  Metrics (median of ${pages[0]?.runs.length ?? 0} runs)`);
  for (const p of pages) {
    const med = (id) => median(p.metrics[id]);
    console.log(
      `  ${p.path.padEnd(12)} FCP ${ms(med('first-contentful-paint'))}, LCP ${ms(med('largest-contentful-paint'))}, TBT ${ms(med('total-blocking-time'))}, CLS ${med('cumulative-layout-shift').toFixed(3)}, SI ${ms(med('speed-index'))}`,
    );
  }
  for (const p of pages) {
    for (const [category, audits] of Object.entries(p.failing)) {
      console.log(
        `\n  ${p.path} ${category} ${p.median[category]} < ${THRESHOLDS[category]}: FAIL; audits that lost points:`,
      );
      for (const a of audits.slice(0, 15)) {
        console.log(
          `    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} — score ${a.score}, weight ${a.weight}`,
        );
      }
    }
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const distDir = process.env.DIST_DIR ?? 'dist';
  console.log(`Lighthouse on ${distDir} (served with gzip), / and /projects`);
  const result = await runLighthouse({ distDir });
  printLighthouseReport(result);
  writeFileSync(
    `${process.env.LIGHTHOUSE_OUT ?? '.bench/lighthouse'}/summary.json`,
    JSON.stringify(result, null, 2),
  );
  process.exit(result.ok ? 0 : 1);
}
