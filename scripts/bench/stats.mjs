// Summaries of repeated measurements: the benchmark reports medians and p95 with the spread.

/** Nearest-rank percentile (p in 0…100) of finite numbers; null when there are none. */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** n, median, p95, min, max of a sample. */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    n: finite.length,
    median: median(finite),
    p95: percentile(finite, 95),
    min: finite.length ? Math.min(...finite) : null,
    max: finite.length ? Math.max(...finite) : null,
  };
}

export const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);

/** 1234 ms, 12.3 ms, 0.42 ms, 35 µs: page timers tick in 0.1 ms, the bare baseline averages below it. */
export const ms = (v) => {
  if (v === null || v === undefined) return '–';
  if (v < 0.1) return `${(v * 1000).toFixed(0)} µs`;
  if (v < 1) return `${v.toFixed(2)} ms`;
  return `${v.toFixed(v < 10 ? 1 : 0)} ms`;
};

export const times = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)}×`);
