// How the budgets tell chart code from the rest (scripts/bench/bundle.mjs). Run by `vitest run`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartPackages,
  isOwnChartModule,
  loadChunkMap,
  packageOf,
  summarizeRouteLoad,
} from './bundle.mjs';
import { median, percentile, summarize } from './stats.mjs';

describe('packageOf', () => {
  it.each([
    ['node_modules/recharts/es6/chart/BarChart.js', 'recharts'],
    ['node_modules/@reduxjs/toolkit/dist/redux-toolkit.modern.mjs', '@reduxjs/toolkit'],
    ['node_modules/.pnpm/d3-scale@4/node_modules/d3-scale/src/linear.js', 'd3-scale'],
    ['src/components/charts/chart-container.tsx', null],
  ])('%s → %s', (id, name) => expect(packageOf(id)).toBe(name));
});

describe('isOwnChartModule', () => {
  it.each([
    ['src/components/charts/drawings/bar-chart.tsx', true],
    ['src/components/records/deadline-timeline-chart.tsx', true],
    ['src/components/charts/series.ts', true],
    ['src/features/overview/components/overview-page.tsx', false],
    ['src/features/overview/model/chart-series.ts', false],
  ])('%s → %s', (id, chart) => expect(isOwnChartModule(id)).toBe(chart));
});

describe('chartPackages', () => {
  const packages = chartPackages();
  it('holds Recharts and what only Recharts needs', () => {
    expect(packages.has('recharts')).toBe(true);
    expect(packages.has('d3-scale')).toBe(true);
  });
  it('leaves out what the rest of the app also needs', () => {
    for (const name of ['react', 'react-dom', 'react-is', 'zod', '@tanstack/react-query']) {
      expect(packages.has(name)).toBe(false);
    }
  });
});

/** A build folder with a chunk map: an entry, a route and a chart chunk. */
function fakeBuild(entryModules) {
  const dir = mkdtempSync(join(tmpdir(), 'chunk-map-'));
  mkdirSync(join(dir, '.vite'));
  const chunks = [
    {
      file: 'assets/index.js',
      isEntry: true,
      isDynamicEntry: false,
      imports: ['assets/shared.js'],
      dynamicImports: ['assets/overview.js'],
      modules: entryModules,
    },
    {
      file: 'assets/shared.js',
      isEntry: false,
      isDynamicEntry: false,
      imports: [],
      dynamicImports: [],
      modules: [{ id: 'node_modules/react/index.js', renderedLength: 100 }],
    },
    {
      file: 'assets/overview.js',
      isEntry: false,
      isDynamicEntry: true,
      imports: [],
      dynamicImports: ['assets/chart.js'],
      modules: [{ id: 'src/features/overview/components/overview-page.tsx', renderedLength: 100 }],
    },
    {
      file: 'assets/chart.js',
      isEntry: false,
      isDynamicEntry: true,
      imports: [],
      dynamicImports: [],
      modules: [
        { id: 'node_modules/recharts/es6/index.js', renderedLength: 300 },
        { id: 'src/components/charts/drawings/bar-chart.tsx', renderedLength: 100 },
        { id: 'src/lib/format.ts', renderedLength: 100 },
      ],
    },
  ];
  writeFileSync(join(dir, '.vite', 'chunk-modules.json'), JSON.stringify(chunks));
  return dir;
}

describe('loadChunkMap and summarizeRouteLoad', () => {
  const clean = loadChunkMap(fakeBuild([{ id: 'src/main.tsx', renderedLength: 50 }]));

  it('gives each chunk its share of chart code', () => {
    expect(clean.chartShare('assets/chart.js')).toBeCloseTo(0.8);
    expect(clean.chartShare('assets/overview.js')).toBe(0);
    expect(clean.chartShare('assets/unknown.js')).toBeNull();
  });

  it('splits what a route downloaded into chart code and the rest', () => {
    const origin = 'http://localhost:4000';
    const summary = summarizeRouteLoad(
      [
        { url: `${origin}/`, type: 'document', bytes: 900, encoding: null },
        { url: `${origin}/assets/index.js`, type: 'script', bytes: 50_000, encoding: 'gzip' },
        { url: `${origin}/assets/chart.js`, type: 'script', bytes: 10_000, encoding: 'gzip' },
        { url: `${origin}/assets/index.css`, type: 'stylesheet', bytes: 4_000, encoding: 'gzip' },
        { url: `${origin}/data/dataset.json`, type: 'fetch', bytes: 70_000, encoding: 'gzip' },
        { url: `${origin}/assets/late.js`, type: 'script', bytes: 1_000, failed: true },
      ],
      clean,
      origin,
    );
    expect(summary.jsTotal).toBe(60_000);
    expect(summary.jsChart).toBeCloseTo(8_000);
    expect(summary.jsNonChart).toBeCloseTo(52_000);
    expect(summary.allButData).toBe(60_000 + 4_000 + 900);
    expect(summary.data).toBe(70_000);
    expect(summary.notCompressed).toEqual([]);
  });

  it('finds no chart code in a clean entry, and names it when the entry holds Recharts', () => {
    expect(clean.chartModulesInEntry().found).toEqual([]);
    const leaky = loadChunkMap(
      fakeBuild([
        { id: 'src/main.tsx', renderedLength: 50 },
        { id: 'node_modules/recharts/es6/index.js', renderedLength: 50 },
      ]),
    );
    expect(leaky.chartModulesInEntry().found).toEqual([
      'assets/index.js: node_modules/recharts/es6/index.js',
    ]);
  });
});

describe('stats', () => {
  it.each([
    [[1, 2, 3, 4, 100], 50, 3],
    [[1, 2, 3, 4, 100], 95, 100],
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19],
    [[], 95, null],
  ])('percentile(%j, %i) = %j', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('takes the median of finite values only', () => {
    expect(median([3, 1, null, 2, Number.NaN])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(summarize([5, 1, 3])).toEqual({ n: 3, median: 3, p95: 5, min: 1, max: 5 });
  });
});
