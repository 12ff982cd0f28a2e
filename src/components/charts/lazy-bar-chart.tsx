import { lazy } from 'react';

/**
 * The Recharts drawing, loaded on first use: chart code stays out of the first page's
 * JavaScript, and the container shows a skeleton until it arrives.
 */
export const LazyBarChart = lazy(() => import('./drawings/bar-chart'));
