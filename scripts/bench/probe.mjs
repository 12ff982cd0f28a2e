// Code that runs inside the benchmarked page, handed to Playwright (`addInitScript`), so it may
// use nothing from this module's scope.
/* global window, document, requestAnimationFrame, MutationObserver */

/**
 * Installed before any page script runs. Records, on the page's clock (ms since navigation),
 * when each of `MARKS` first appeared and the frame after it was painted; and offers `arm()` /
 * `settle()` to time one interaction from its input event to the last DOM change it caused.
 */
export function installProbe() {
  const MARKS = {
    // The first row of a record table.
    rows: 'main table:not(.chart-table) tbody tr',
    // The overview's first numbers.
    headline: '[data-testid="headline-projects"]',
  };
  const bench = { marks: {}, current: null };
  window.__bench = bench;

  /** Resolves with the time just after the next frame is painted. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  const seen = (name) => {
    const entry = { seen: performance.now(), painted: null };
    bench.marks[name] = entry;
    void afterPaint().then((t) => (entry.painted = t));
  };
  const loadObserver = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(MARKS))
      if (!bench.marks[name] && document.querySelector(selector)) seen(name);
  });
  const start = () =>
    loadObserver.observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  bench.stopLoadProbe = () => loadObserver.disconnect();

  /** Starts timing one interaction: its first input event, then every DOM change under <main>. */
  bench.arm = () => {
    const record = {
      t0: null,
      last: null,
      changes: 0,
      paintAfterLast: null,
      paintAfterInput: null,
    };
    const onInput = (event) => {
      if (record.t0 !== null) return;
      record.t0 = event.timeStamp;
      void afterPaint().then((t) => (record.paintAfterInput = t));
    };
    const events = ['keydown', 'beforeinput', 'input', 'pointerdown', 'mousedown', 'click'];
    for (const type of events) window.addEventListener(type, onInput, { capture: true });
    const observer = new MutationObserver(() => {
      if (record.t0 === null) return; // a late change of the interaction before
      record.last = performance.now();
      const change = ++record.changes;
      void afterPaint().then((t) => {
        if (record.changes === change) record.paintAfterLast = t;
      });
    });
    observer.observe(document.querySelector('main') ?? document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    record.stop = () => {
      observer.disconnect();
      for (const type of events) window.removeEventListener(type, onInput, { capture: true });
    };
    bench.current = record;
  };

  /**
   * Waits until the DOM has been quiet for `quietMs` after the last change and its frame was
   * painted (or, without a change, a second after the input), then returns the ms from the
   * input event to the last DOM change (`dom`; to the next paint when nothing changed).
   */
  bench.settle = async ({ quietMs = 250, maxMs = 30_000 } = {}) => {
    const record = bench.current;
    const started = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const now = performance.now();
      if (now - started > maxMs) break;
      if (record.t0 === null) continue;
      if (
        record.last === null
          ? now - record.t0 >= 1_000 && record.paintAfterInput
          : now - record.last >= quietMs && record.paintAfterLast
      )
        break;
    }
    record.stop();
    bench.current = null;
    if (record.t0 === null) return { error: 'no input event reached the page' };
    if (performance.now() - started > maxMs) return { dom: maxMs, timedOut: true };
    const changed = record.last !== null;
    return { changed, dom: (changed ? record.last : record.paintAfterInput) - record.t0 };
  };
}

/** Fetches the dataset without cache and times three `JSON.parse` of it (the bare baseline). */
export async function bareParse(url) {
  const text = await (await fetch(url, { cache: 'no-store' })).text();
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    if (JSON.parse(text)) times.push(performance.now() - started);
  }
  return Math.min(...times);
}
