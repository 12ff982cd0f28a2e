/**
 * What Recharts gets for `victory-vendor/d3-scale` in the production build (vite.config.ts,
 * `trimChartDependencies`). Recharts imports d3-scale as a namespace and picks a scale by name,
 * so the bundler keeps every scale d3 has, with d3-time and d3-time-format behind the time
 * scales. Our axes use Recharts' automatic scales, which are only these three: `linear` for
 * numbers, `band` for categories of a bar chart, `point` for a line chart's categories
 * (Recharts' combineRealScaleType). trims.test.ts fails if a chart starts using more.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
