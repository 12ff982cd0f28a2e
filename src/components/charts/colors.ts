/**
 * Chart colours come from the stylesheet's custom properties (`--chart-1`…, `--state-*`), so
 * one place sets them for the page, the charts and the downloaded images. SVG attributes
 * cannot hold `var()` in every renderer, so they are resolved to values here.
 */
const FALLBACK = '#4b5563';

export function resolveCssColor(variable: string, element?: Element): string {
  if (!variable.startsWith('--')) return variable;
  const root = element ?? globalThis.document?.documentElement;
  if (!root || typeof getComputedStyle !== 'function') return FALLBACK;
  const value = getComputedStyle(root).getPropertyValue(variable).trim();
  return value || FALLBACK;
}
