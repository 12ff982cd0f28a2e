// Code that runs inside the benchmarked page. Each export is a self-contained function handed to
// Playwright (`addInitScript` / `evaluate`), so it may not use anything from its module scope.
/* global window, document, requestAnimationFrame, MutationObserver, location */

/**
 * Installed before any page script runs. Records, on the page's own clock (ms since navigation):
 * - firstRows: when the data table's first body row is in the DOM (`seen`) and painted;
 * - charts: per chart (keyed by its title), when its first marks (bars, lines, sectors) are in
 *   the DOM and painted.
 * And offers `arm()` / `settle()` to time one interaction from its input event to the last DOM
 * change it caused and the paint after it.
 */
export function installProbe() {
  const bench = {
    firstRows: null,
    charts: {},
    current: null,
  };
  window.__bench = bench;

  // React's scheduler runs each slice of its work (a transition, passive effects) from a
  // MessageChannel message, so the last time any page script posted one tells whether React is
  // still busy: work that changes no DOM for a while is not finished yet.
  const ownPorts = new WeakSet();
  const post = MessagePort.prototype.postMessage;
  bench.lastScheduled = 0;
  MessagePort.prototype.postMessage = function (...args) {
    if (!ownPorts.has(this)) bench.lastScheduled = performance.now();
    return post.apply(this, args);
  };

  /** Resolves with the time just after the next frame is painted. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        ownPorts.add(channel.port2);
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  bench.afterPaint = afterPaint;

  const TABLE_ROW = 'main table:not(.chart-table) tbody tr';
  const MARKS =
    '.recharts-bar-rectangle, .recharts-rectangle, .recharts-line-curve, .recharts-area-area, .recharts-sector, .recharts-scatter-symbol';
  const chartKey = (svg, index) => {
    const figure = svg.closest('figure');
    const title = figure?.querySelector('.chart-title, figcaption, h2, h3, h4')?.textContent;
    return (title ?? `chart ${index + 1}`).trim().replace(/\s+/g, ' ').slice(0, 60);
  };

  const check = () => {
    const now = performance.now();
    if (!bench.firstRows) {
      const row = document.querySelector(TABLE_ROW);
      if (row) {
        const entry = { seen: now, painted: null };
        bench.firstRows = entry;
        void afterPaint().then((t) => (entry.painted = t));
      }
    }
    const surfaces = document.querySelectorAll('svg.recharts-surface');
    surfaces.forEach((svg, index) => {
      if (svg.__benchSeen || !svg.querySelector(MARKS)) return;
      svg.__benchSeen = true;
      let key = chartKey(svg, index);
      while (bench.charts[key]) key += ' ·';
      const entry = { seen: now, painted: null };
      bench.charts[key] = entry;
      void afterPaint().then((t) => (entry.painted = t));
    });
  };
  const loadObserver = new MutationObserver(check);
  const start = () =>
    loadObserver.observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  /** Stops the load-time observer, so it costs nothing while interactions are timed. */
  bench.stopLoadProbe = () => loadObserver.disconnect();

  /** Chart elements now on the page: SVG nodes per chart (to see that charts aggregate). */
  bench.chartElements = () =>
    [...document.querySelectorAll('svg.recharts-surface')]
      .filter((svg) => !svg.closest('.recharts-legend-wrapper'))
      .map((svg, index) => ({
        key: chartKey(svg, index),
        svgElements: svg.querySelectorAll('*').length,
      }));

  /**
   * Starts watching for one interaction: its first input event, the DOM changes after it, and
   * the app's own filter pipeline runs (User Timing `records:query`, src/lib/user-timing.ts).
   */
  bench.arm = () => {
    performance.clearMeasures('records:query');
    const record = {
      t0: null,
      first: null,
      last: null,
      batches: 0,
      paintAfterLast: null,
      paintAfterInput: null,
    };
    const root = document.querySelector('main') ?? document.body;
    const onInput = (event) => {
      if (record.t0 !== null) return;
      record.t0 = event.timeStamp;
      void afterPaint().then((t) => (record.paintAfterInput = t));
    };
    const events = ['keydown', 'beforeinput', 'input', 'pointerdown', 'mousedown', 'click'];
    for (const type of events) window.addEventListener(type, onInput, { capture: true });
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (record.t0 === null) return; // a change from before the input (a late paint of the last one)
      record.first ??= now;
      record.last = now;
      record.batches += 1;
      const batch = record.batches;
      void afterPaint().then((t) => {
        if (record.batches === batch) record.paintAfterLast = t;
      });
    });
    observer.observe(root, {
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
   * Waits until the interaction's DOM changes have stopped for `quietMs` (or until `firstWaitMs`
   * passed without any), then returns its timings in ms from the input event:
   * dom = last DOM change, paint = the frame painted after it; pipeline = the app's filter
   * pipeline (null when the interaction ran none).
   */
  bench.settle = async ({
    quietMs = 250,
    idleMs = 150,
    firstWaitMs = 10_000,
    maxMs = 30_000,
  } = {}) => {
    const record = bench.current;
    const started = performance.now();
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    let timedOut = false;
    for (;;) {
      await sleep(20);
      const now = performance.now();
      if (now - started > maxMs) {
        timedOut = true;
        break;
      }
      if (record.t0 === null) continue;
      const idle = now - bench.lastScheduled >= idleMs;
      if (record.last !== null && now - record.last >= quietMs && idle && record.paintAfterLast) {
        break;
      }
      // Nothing changed: over once rendering has been idle a while (or after firstWaitMs).
      const waited = now - record.t0;
      if (
        record.last === null &&
        record.paintAfterInput &&
        (waited >= firstWaitMs || (idle && waited >= 4 * quietMs))
      ) {
        break;
      }
    }
    record.stop();
    bench.current = null;
    if (record.t0 === null) return { error: 'no input event reached the page', url: location.href };
    if (timedOut) {
      // Still changing (or never painted) after maxMs: the latency is at least that long.
      return {
        timedOut: true,
        dom: maxMs,
        paint: maxMs,
        changed: record.last !== null,
        url: location.href,
      };
    }
    const changed = record.last !== null;
    // The pipeline's own time: every run the interaction caused (usually one).
    const queries = performance.getEntriesByName('records:query');
    return {
      changed,
      pipeline: queries.length ? queries.reduce((sum, entry) => sum + entry.duration, 0) : null,
      pipelineRuns: queries.length,
      batches: record.batches,
      dom: changed ? record.last - record.t0 : null,
      firstDom: changed ? record.first - record.t0 : null,
      paint: (changed ? record.paintAfterLast : record.paintAfterInput) - record.t0,
      url: location.href,
    };
  };
}

/** The bare baseline's fetch: the same file, same page, no cache. Keeps the text for the parses. */
export async function fetchBaselineText(datasetUrl) {
  const t0 = performance.now();
  const response = await fetch(datasetUrl, { cache: 'no-store' });
  const text = await response.text();
  const fetchMs = performance.now() - t0;
  window.__baselineText = text;
  return { fetchMs, bytes: text.length };
}

/** One bare `JSON.parse` of the kept text; the result is dropped. */
export function timeBareParse() {
  const start = performance.now();
  const data = JSON.parse(window.__baselineText);
  const elapsed = performance.now() - start;
  return data ? elapsed : -1;
}

/**
 * The rows a minimal filter + sort works on, built once per page from the kept text: for each
 * project, target and figure a lower-cased search text of the fields the app's tracker searches
 * (src/tracker/tracker.ts, district names in both languages) and the values the district filter
 * and each sortable column read (src/tracker/record-lists.ts).
 */
export function prepareBaseline() {
  const data = JSON.parse(window.__baselineText);
  const district = new Map(data.districts.map((d) => [d.id, d]));
  const districtName = (id) => district.get(id)?.nameZh ?? '';
  const districtNames = (id) => [district.get(id)?.nameZh, district.get(id)?.nameEn];
  const quotes = (refs) => refs.map((r) => r.quote);
  const lower = (parts) => parts.filter(Boolean).join('\n').toLowerCase();
  const category = new Map(data.projects.map((p) => [p.id, p.category]));
  const earliestDeadline = new Map();
  for (const target of data.targets) {
    if (!target.deadline) continue;
    for (const id of target.projectIds ?? []) {
      const current = earliestDeadline.get(id);
      if (!current || target.deadline < current) earliestDeadline.set(id, target.deadline);
    }
  }
  // Every collection's row: the search text of its own fields, its quotes and its district's
  // names; the district the filter reads; the values its sortable columns read.
  const row = (record, fields, sort) => ({
    search: lower([
      ...fields.map((field) => record[field]),
      ...quotes(record.sourceRefs),
      ...districtNames(record.districtId),
    ]),
    district: record.districtId,
    sort,
  });
  const projectFields = [
    'id',
    'nameZh',
    'nameEn',
    'descriptionZh',
    'descriptionEn',
    'locationZh',
    'locationEn',
  ];
  const projects = data.projects.map((p) =>
    row(p, projectFields, {
      name: p.nameZh,
      district: districtName(p.districtId),
      category: p.category,
      stage: p.stage,
      investment: p.investment?.normalizedUnit === 'CNY' ? p.investment.normalized : null,
      deadline: earliestDeadline.get(p.id) ?? null,
    }),
  );
  const targets = data.targets.map((t) =>
    row(t, ['id', 'statementZh', 'statementEn', 'deadlineText', 'metric'], {
      statement: t.statementZh,
      district: districtName(t.districtId),
      category: [...new Set(t.projectIds.map((id) => category.get(id)))].join(' '),
      deadline: t.deadline,
      status: t.status,
      // The deadline state needs the as-of date; the deadline stands in for it (same cost).
      state: t.deadline,
    }),
  );
  const figures = data.figures.map((f) =>
    row(f, ['id', 'indicatorZh', 'indicatorEn', 'descriptionZh', 'descriptionEn'], {
      indicator: f.indicatorZh,
      district: districtName(f.districtId),
      period: f.period,
      value: f.quantity.normalized,
    }),
  );
  window.__baseline = { projects, targets, figures, collator: new Intl.Collator('zh-CN') };
  delete window.__baselineText;
  return { projects: projects.length, targets: targets.length, figures: figures.length };
}

/**
 * For each URL (the app's state after an interaction), times a bare `Array.filter` + `sort` of
 * the collection's rows with the same district filter, search and sort order (the parameters
 * the benchmark's interactions set; /targets sorts by deadline when the URL names no order, as
 * the app does). Timer resolution in the page is 0.1 ms, so each measurement repeats the work
 * until at least `minMs` have passed and divides; three such measurements per URL, the median
 * kept. Returns ms and the row count found.
 */
export function runBaseline({ collection, urls, minMs = 20 }) {
  const { collator } = window.__baseline;
  const rows = window.__baseline[collection];
  const defaultSort = collection === 'targets' ? 'deadline' : null;
  const out = [];
  for (const href of urls) {
    const params = new URL(href).searchParams;
    const districts = new Set(
      params
        .getAll('district')
        .flatMap((v) => v.split(','))
        .filter(Boolean),
    );
    const terms = (params.get('q') ?? '')
      .toLowerCase()
      .split(/[\s\u3000]+/)
      .filter(Boolean);
    const sortParam = params.get('sort') ?? defaultSort;
    const desc = sortParam?.startsWith('-') ?? false;
    const key = sortParam?.replace(/^-/, '') ?? null;
    let count = 0;
    const once = () => {
      const result = rows.filter(
        (r) =>
          (districts.size === 0 || districts.has(r.district)) &&
          terms.every((term) => r.search.includes(term)),
      );
      if (key) {
        const sign = desc ? -1 : 1;
        result.sort((a, b) => {
          const x = a.sort[key];
          const y = b.sort[key];
          if (x === null || x === undefined || y === null || y === undefined) {
            return x === y ? 0 : x === null || x === undefined ? 1 : -1;
          }
          return sign * (typeof x === 'number' ? x - y : collator.compare(x, y));
        });
      }
      count = result.length;
    };
    const times = [];
    for (let i = 0; i < 3; i++) {
      let runs = 0;
      const s = performance.now();
      do {
        once();
        runs += 1;
      } while (performance.now() - s < minMs);
      times.push((performance.now() - s) / runs);
    }
    times.sort((a, b) => a - b);
    out.push({ ms: times[Math.floor(times.length / 2)], count });
  }
  return out;
}
