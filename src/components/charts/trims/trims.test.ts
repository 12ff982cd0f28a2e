import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as d3Interpolate from 'd3-interpolate';
import * as d3Scale from 'd3-scale';
import { describe, expect, it } from 'vitest';
import * as trimmedFormat from './d3-format';
import * as trimmedInterpolate from './d3-interpolate';
import * as trimmedScale from './d3-scale';
import * as trimmedShape from './d3-shape';

/**
 * The production build gives Recharts trimmed d3 modules (vite.config.ts,
 * `trimChartDependencies`). These tests hold the trims to d3's behaviour where they keep it, to
 * a loud failure where they do not, and the app's charts to what the trims keep.
 */

const root = resolve(__dirname, '../../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

/** The names a module imports from `source`: `import { a, b as c } from 'source'`. */
function importedNames(code: string, source: string): string[] {
  const names: string[] = [];
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${source}['"]`, 'g');
  for (const match of code.matchAll(pattern)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (name) names.push(name);
    }
  }
  return names;
}

function filesUnder(dir: string): string[] {
  return readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file))
    .map((file) => join(dir, file));
}

describe('d3-interpolate trim: numbers exactly as d3 interpolates them', () => {
  const pairs: [number, number][] = [
    [0, 100],
    [-5, 5],
    [100, 0],
    [3, 3],
    [0.1, 0.7],
    [1e9, 2.5e9],
    [-1e-7, 1e-7],
  ];
  const ts = [0, 0.25, 1 / 3, 0.5, 0.999, 1, -0.5, 1.5];
  for (const [a, b] of pairs) {
    it(`${a} → ${b}`, () => {
      const ours = [
        trimmedInterpolate.interpolateNumber(a, b),
        trimmedInterpolate.interpolateRound(a, b),
        trimmedInterpolate.interpolate(a, b),
      ];
      const d3s = [
        d3Interpolate.interpolateNumber(a, b),
        d3Interpolate.interpolateRound(a, b),
        d3Interpolate.interpolate(a, b),
      ];
      for (const t of ts) {
        expect(ours.map((f) => f(t))).toEqual(d3s.map((f) => f(t)));
      }
    });
  }

  it('a linear scale built on the trim maps and inverts as d3 does', () => {
    const d3 = d3Scale.scaleLinear().domain([0, 250]).range([40, 600]);
    const ours = d3Scale
      .scaleLinear()
      .domain([0, 250])
      .range([40, 600])
      .interpolate(trimmedInterpolate.interpolate as typeof d3Interpolate.interpolate);
    for (const x of [0, 1, 99.5, 250, 300]) expect(ours(x)).toBe(d3(x));
    for (const y of [40, 200, 600]) expect(ours.invert(y)).toBe(d3.invert(y));
  });

  it.each([
    ['a colour', 'red'],
    ['a date', new Date(0)],
    ['nothing', null],
  ])('refuses %s, naming the trim', (_what, value) => {
    expect(() => trimmedInterpolate.interpolate(0, value)).toThrow(/numbers only.*trims/);
  });

  it('piecewise (sequential and diverging scales only) fails loudly', () => {
    expect(() => trimmedInterpolate.piecewise()).toThrow(/not in this build/);
  });
});

describe('what d3-scale and Recharts import, the trims export', () => {
  const d3ScaleCode = read('node_modules/d3-scale/dist/d3-scale.mjs');
  const recharts = filesUnder('node_modules/recharts/es6').map(read);
  const cases: [string, string[], object][] = [
    ['d3-interpolate', importedNames(d3ScaleCode, 'd3-interpolate'), trimmedInterpolate],
    ['d3-format', importedNames(d3ScaleCode, 'd3-format'), trimmedFormat],
    [
      'victory-vendor/d3-shape',
      recharts.flatMap((code) => importedNames(code, 'victory-vendor/d3-shape')),
      trimmedShape,
    ],
    [
      'victory-vendor/d3-scale',
      recharts.flatMap((code) => importedNames(code, 'victory-vendor/d3-scale')),
      trimmedScale,
    ],
  ];
  it.each(cases)('%s', (_source, names, trim) => {
    expect(names.length).toBeGreaterThan(0);
    expect([...new Set(names)].filter((name) => !(name in trim))).toEqual([]);
  });
});

describe('what the trims keep is d3 itself; what they drop fails loudly', () => {
  it("keeps d3's scales for Recharts' automatic axes: linear, band, point", () => {
    expect({ ...trimmedScale }).toEqual({
      scaleBand: d3Scale.scaleBand,
      scaleLinear: d3Scale.scaleLinear,
      scalePoint: d3Scale.scalePoint,
    });
  });

  it('drops curves, lines, areas, symbols and d3-format with an error naming the trim', () => {
    for (const fn of [trimmedShape.line, trimmedShape.curveMonotoneX, trimmedShape.symbol]) {
      expect(() => fn()).toThrow(/not in this build.*d3-shape\.ts.*vite\.config\.ts/);
    }
    expect(() => trimmedFormat.format()).toThrow(/not in this build.*d3-format\.ts/);
  });
});

describe("the app's charts stay within what the trims keep", () => {
  /** Recharts pieces verified with the trims (every chart drawn and hovered in the browser tests). */
  const VERIFIED = new Set([
    'Bar',
    'BarChart',
    'ReferenceLine',
    'Tooltip',
    'XAxis',
    'YAxis',
    'useActiveTooltipDataPoints',
  ]);
  const sources = filesUnder('src').filter((file) => !/\.test\.tsx?$/.test(file));
  const users = sources.filter((file) => /from\s*['"]recharts['"]/.test(read(file)));

  it('imports from Recharts only pieces that draw rectangles, text and straight lines', () => {
    expect(users.length).toBeGreaterThan(0);
    const unverified = users.flatMap((file) =>
      importedNames(read(file), 'recharts')
        .filter((name) => !VERIFIED.has(name))
        .map((name) => `${file}: ${name}`),
    );
    // A Line, Area, Scatter, Pie, Legend… draws curves, symbols or sectors: widen the trims
    // (src/components/charts/trims/) and this list together.
    expect(unverified).toEqual([]);
  });

  it('leaves the axes on automatic scales (a named scale could need one the build lacks)', () => {
    const named = users.filter((file) => /\bscale\s*[=:]/.test(read(file)));
    expect(named).toEqual([]);
  });
});
