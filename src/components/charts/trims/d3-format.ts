import { notBundled } from './not-bundled';

/**
 * What d3-scale gets for `d3-format` in the production build (vite.config.ts,
 * `trimChartDependencies`). d3-format serves only a scale's own `tickFormat`, which Recharts
 * never calls: ticks are formatted by our `tickFormatter` (the reader's language, 亿元 / 万元).
 * Its module sets up a default locale when loaded, so no bundler could drop it.
 */
const TRIM = 'src/components/charts/trims/d3-format.ts';

export const format = notBundled('d3-format format', TRIM);
export const formatPrefix = notBundled('d3-format formatPrefix', TRIM);
export const formatSpecifier = notBundled('d3-format formatSpecifier', TRIM);
export const precisionFixed = notBundled('d3-format precisionFixed', TRIM);
export const precisionPrefix = notBundled('d3-format precisionPrefix', TRIM);
export const precisionRound = notBundled('d3-format precisionRound', TRIM);
