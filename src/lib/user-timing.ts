/**
 * User Timing entries the benchmark reads (scripts/bench.mjs, docs/performance.md), one name per
 * measured step:
 * - `dataset:fetch` (request → body read), `dataset:parse-validate` (JSON.parse + zod +
 *   integrity) and `dataset:load` (both), with the URL in `detail`;
 * - `records:query`: a record list's filter pipeline (filters, counts per option, sort) for one
 *   state of the URL, with the number of rows in and shown in `detail`.
 * Each costs a few microseconds.
 */
export type MeasureName =
  'dataset:fetch' | 'dataset:parse-validate' | 'dataset:load' | 'records:query';

/** Records `name` from `start` (a `performance.now()` time) to now. */
export function measureSince(name: MeasureName, start: number, detail: Record<string, unknown>) {
  try {
    performance.measure(name, { start, end: performance.now(), detail });
  } catch {
    // User Timing is missing in some test environments; the benchmark runs in Chromium.
  }
}

/**
 * Runs `run` and records how long it took as `name`. Timing is the only side effect: the result
 * is `run`'s, so pure code (a memoized query during render) stays pure.
 */
export function timed<T>(
  name: MeasureName,
  run: () => T,
  detail: (result: T) => Record<string, unknown>,
): T {
  const started = performance.now();
  const result = run();
  measureSince(name, started, detail(result));
  return result;
}
