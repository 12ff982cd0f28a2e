/**
 * What d3-scale gets for `d3-interpolate` in the production build (vite.config.ts,
 * `trimChartDependencies`). A continuous scale interpolates its range with d3's generic
 * `interpolate`, which also handles colours, dates, strings and objects and so brings all of
 * d3-color (whose module runs code when loaded, so no bundler can drop it). Recharts' ranges
 * are pixel positions: numbers only. These are d3's number interpolators, the same arithmetic
 * (trims.test.ts compares them with d3's); anything else fails loudly instead of silently.
 */

export function interpolateNumber(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof b === 'number') return interpolateNumber(a as number, b);
  throw new TypeError(
    `this build interpolates chart ranges of numbers only, not ${typeof b} (src/components/charts/trims/d3-interpolate.ts)`,
  );
}

/** Only d3's sequential and diverging scales use it, and the build has none (./d3-scale.ts). */
export function piecewise(): never {
  throw new TypeError(
    'piecewise interpolation is not in this build (src/components/charts/trims/d3-interpolate.ts)',
  );
}
