import { notBundled } from './not-bundled';

/**
 * What Recharts gets for `victory-vendor/d3-shape` in the production build (vite.config.ts,
 * `trimChartDependencies`). Recharts' Curve (lines, areas, a line chart's tooltip cursor) keeps
 * every d3 curve in a lookup table, so the bundler keeps them all, though a bar chart never
 * draws a curve: its bars and its cursor are rectangles. The stacking functions bar charts use
 * are d3's own; lines, areas, curves and symbols are not bundled and fail loudly if drawn.
 * trims.test.ts fails if a chart starts using a Recharts component that draws them.
 */
export {
  stack,
  stackOffsetExpand,
  stackOffsetNone,
  stackOffsetSilhouette,
  stackOffsetWiggle,
  stackOrderNone,
} from 'd3-shape';

const TRIM = 'src/components/charts/trims/d3-shape.ts';

export const line = notBundled('d3-shape line', TRIM);
export const area = notBundled('d3-shape area', TRIM);
export const curveBasis = notBundled('d3-shape curveBasis', TRIM);
export const curveBasisClosed = notBundled('d3-shape curveBasisClosed', TRIM);
export const curveBasisOpen = notBundled('d3-shape curveBasisOpen', TRIM);
export const curveBumpX = notBundled('d3-shape curveBumpX', TRIM);
export const curveBumpY = notBundled('d3-shape curveBumpY', TRIM);
export const curveLinear = notBundled('d3-shape curveLinear', TRIM);
export const curveLinearClosed = notBundled('d3-shape curveLinearClosed', TRIM);
export const curveMonotoneX = notBundled('d3-shape curveMonotoneX', TRIM);
export const curveMonotoneY = notBundled('d3-shape curveMonotoneY', TRIM);
export const curveNatural = notBundled('d3-shape curveNatural', TRIM);
export const curveStep = notBundled('d3-shape curveStep', TRIM);
export const curveStepAfter = notBundled('d3-shape curveStepAfter', TRIM);
export const curveStepBefore = notBundled('d3-shape curveStepBefore', TRIM);
export const symbol = notBundled('d3-shape symbol', TRIM);
export const symbolCircle = notBundled('d3-shape symbolCircle', TRIM);
export const symbolCross = notBundled('d3-shape symbolCross', TRIM);
export const symbolDiamond = notBundled('d3-shape symbolDiamond', TRIM);
export const symbolSquare = notBundled('d3-shape symbolSquare', TRIM);
export const symbolStar = notBundled('d3-shape symbolStar', TRIM);
export const symbolTriangle = notBundled('d3-shape symbolTriangle', TRIM);
export const symbolWye = notBundled('d3-shape symbolWye', TRIM);
