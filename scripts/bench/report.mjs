// Turns the raw samples of scripts/bench.mjs into figures, a console table and the generated part
// of docs/performance.md (between the bench:begin / bench:end markers; the rest is hand-written).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ALLOWED_GROWTH } from '../budgets.mjs';
import { median, mb, ms, ratio, summarize, times } from './stats.mjs';

/** The targets of issue 11, item 4. */
export const GOALS = {
  /** Every filter, sort and search interaction at the real dataset, p95, input → DOM updated. */
  realP95Ms: 16,
  /** The same at 100k records. */
  largeP95Ms: 100,
  /** Load + validate at 100k against bare `JSON.parse`. */
  loadVsParse: 4,
};

const col = (values) => values.filter((v) => v !== null && v !== undefined);

/** Figures per size from the raw samples. */
export function summarizeSize(raw) {
  const loads = raw.loads.projects.filter((l) => !l.error);
  const overview = raw.loads.overview.filter((l) => !l.error);
  const bareParse = loads.map((l) => median(l.bare.parseMs));
  const figures = {
    records: raw.records,
    bytes: raw.bytes,
    loadErrors: [...raw.loads.projects, ...raw.loads.overview]
      .filter((l) => l.error)
      .map((l) => l.error),
    fetch: summarize(loads.map((l) => l.timings.fetch)),
    parseValidate: summarize(loads.map((l) => l.timings.parseValidate)),
    load: summarize(loads.map((l) => l.timings.load)),
    bareFetch: summarize(loads.map((l) => l.bare.fetchMs)),
    bareParse: summarize(bareParse),
    bareLoad: summarize(loads.map((l, i) => l.bare.fetchMs + bareParse[i])),
    firstRows: summarize(loads.map((l) => l.timings.firstRows?.painted ?? null)),
    heapProjects: summarize(loads.map((l) => l.heap.usedSize)),
    heapOverview: summarize(overview.map((l) => l.heap.usedSize)),
    overviewDataReady: summarize(overview.map((l) => l.timings.loadEnd)),
    charts: {},
    chartElements: {},
    interactions: {},
  };
  figures.parseRatio = ratio(figures.parseValidate.median, figures.bareParse.median);
  figures.loadRatio = ratio(figures.load.median, figures.bareLoad.median);

  const chartKeys = [...new Set(overview.flatMap((l) => Object.keys(l.timings.charts)))];
  figures.chartsAfterReady = {};
  for (const key of chartKeys) {
    figures.charts[key] = summarize(overview.map((l) => l.timings.charts[key]?.painted ?? null));
    // Drawing itself: from the moment both the data and the chart code were there.
    figures.chartsAfterReady[key] = summarize(
      overview.map((l) => {
        const painted = l.timings.charts[key]?.painted;
        const ready = Math.max(l.timings.loadEnd ?? 0, l.timings.chartCodeLoaded ?? 0);
        return painted && ready ? painted - ready : null;
      }),
    );
  }
  figures.chartCodeLoaded = summarize(overview.map((l) => l.timings.chartCodeLoaded));
  for (const entry of overview.at(-1)?.timings.chartElements ?? []) {
    figures.chartElements[entry.key] = Math.max(
      figures.chartElements[entry.key] ?? 0,
      entry.svgElements,
    );
  }

  for (const [page, kinds] of Object.entries(raw.interactions)) {
    figures.interactions[page] = {};
    for (const [kind, result] of Object.entries(kinds)) {
      if (result.skipped) {
        figures.interactions[page][kind] = { skipped: result.skipped };
        continue;
      }
      const samples = result.samples.filter((s) => !s.error);
      // A sample without a DOM change counts with its time to the next paint.
      const dom = summarize(samples.map((s) => s.dom ?? s.paint));
      const paint = summarize(samples.map((s) => s.paint));
      const bare = summarize(result.bare.map((b) => b.ms));
      const pipeline = summarize(samples.map((s) => s.pipeline ?? null));
      const mismatched = samples.filter(
        (s, i) => s.rows !== null && result.bare[i] && s.rows !== result.bare[i].count,
      ).length;
      figures.interactions[page][kind] = {
        dom,
        paint,
        bare,
        pipeline,
        unchanged: samples.filter((s) => !s.changed && !s.timedOut).length,
        timedOut: samples.filter((s) => s.timedOut).length,
        stopped: result.stopped ?? null,
        errors: result.samples.length - samples.length,
        // Information, no goal: the app's filter pipeline against the bare filter + sort, both
        // computing the same rows in the same page, and the whole page update against the same.
        ratio: ratio(pipeline.median, bare.median),
        ratioDom: ratio(dom.median, bare.median),
        ratioPaint: ratio(paint.median, bare.median),
        mismatched,
      };
    }
  }
  return figures;
}

/** 0.42 MB, 5.6 MB. */
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

const fmtMedian = (s) => (s.n ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}, n=${s.n})` : '–');

export function printConsole(sizes, figuresBySize) {
  const line = (label, cells) =>
    console.log(`  ${label.padEnd(44)}${cells.map((c) => String(c).padEnd(26)).join('')}`);
  console.log('');
  line('', sizes);
  // One row a figure of each size's run: its label and how the figure reads.
  const rows = [
    ['records', (f) => f.records.toLocaleString('en')],
    ['file (bytes)', (f) => megabytes(f.bytes)],
    ['dataset fetch (app)', (f) => ms(f.fetch.median)],
    ['parse + validate (app)', (f) => ms(f.parseValidate.median)],
    ['bare JSON.parse', (f) => ms(f.bareParse.median)],
    ['  ratio', (f) => times(f.parseRatio)],
    ['fetch + parse + validate vs fetch + JSON.parse', (f) => times(f.loadRatio)],
    ['first table rows painted (/projects)', (f) => ms(f.firstRows.median)],
    ['JS heap used, /projects', (f) => mb(f.heapProjects.median)],
    ['JS heap used, /', (f) => mb(f.heapOverview.median)],
  ];
  for (const [label, read] of rows)
    line(
      label,
      sizes.map((s) => read(figuresBySize[s])),
    );
  const chartKeys = [...new Set(sizes.flatMap((s) => Object.keys(figuresBySize[s].charts)))];
  for (const key of chartKeys)
    line(
      `chart drawn: ${key}`.slice(0, 43),
      sizes.map((s) => ms(figuresBySize[s].charts[key]?.median ?? null)),
    );
  const pages = [...new Set(sizes.flatMap((s) => Object.keys(figuresBySize[s].interactions)))];
  for (const page of pages) {
    for (const kind of ['search', 'filter', 'sort']) {
      const cell = (s) => {
        const f = figuresBySize[s].interactions[page]?.[kind];
        if (!f) return '–';
        if (f.skipped) return 'skipped';
        return `${ms(f.dom.median)}/${ms(f.dom.p95)} ×${f.ratioDom?.toFixed(2) ?? '–'}`;
      };
      line(`${page} ${kind}: DOM median/p95, vs bare`, sizes.map(cell));
      line(
        `  pipeline median/p95, vs bare`,
        sizes.map((s) => {
          const f = figuresBySize[s].interactions[page]?.[kind];
          return f && !f.skipped
            ? `${ms(f.pipeline.median)}/${ms(f.pipeline.p95)} ×${f.ratio?.toFixed(2) ?? '–'}`
            : '–';
        }),
      );
      line(
        `  paint median/p95; bare median`,
        sizes.map((s) => {
          const f = figuresBySize[s].interactions[page]?.[kind];
          return f && !f.skipped
            ? `${ms(f.paint.median)}/${ms(f.paint.p95)}; ${ms(f.bare.median)}`
            : '–';
        }),
      );
    }
  }
}

/**
 * The goals of issue 11 (GOALS), each with its figure and whether it was met (null: not
 * measured, e.g. a size left out with --sizes).
 */
export function judgeGoals(sizes, figuresBySize) {
  const rows = [];
  const interactionGoals = (size, limit) => {
    const f = figuresBySize[size];
    if (!f) return;
    for (const [page, kinds] of Object.entries(f.interactions)) {
      for (const [kind, r] of Object.entries(kinds)) {
        const goal = `${size} /${page} ${kind}: p95 ≤ ${limit} ms (input → DOM updated)`;
        if (r.skipped) {
          rows.push({ goal, figure: `not measured: ${r.skipped}`, ok: null });
          continue;
        }
        // An interaction still busy after 30 s misses the goal whatever the other samples say.
        const caveat = [
          r.timedOut ? `${r.timedOut} still busy after 30 s` : '',
          r.stopped ? `stopped: ${r.stopped}` : '',
        ]
          .filter(Boolean)
          .join('; ');
        rows.push({
          goal,
          figure: `p95 ${ms(r.dom.p95)}, median ${ms(r.dom.median)}, max ${ms(r.dom.max)} (n=${r.dom.n})${caveat ? `; ${caveat}` : ''}`,
          ok: !r.timedOut && r.dom.p95 !== null && r.dom.p95 <= limit,
        });
      }
    }
  };
  interactionGoals('real', GOALS.realP95Ms);
  interactionGoals('100k', GOALS.largeP95Ms);
  const large = figuresBySize['100k'];
  if (large) {
    rows.push({
      goal: `100k load: parse + validate ≤ ${GOALS.loadVsParse}× bare JSON.parse`,
      figure: `${times(large.parseRatio)} (${ms(large.parseValidate.median)} vs ${ms(large.bareParse.median)}, medians)`,
      ok: large.parseRatio === null ? null : large.parseRatio <= GOALS.loadVsParse,
    });
    rows.push({
      goal: `100k load: fetch + parse + validate ≤ ${GOALS.loadVsParse}× fetch + JSON.parse`,
      figure: `${times(large.loadRatio)} (${ms(large.load.median)} vs ${ms(large.bareLoad.median)}, medians)`,
      ok: large.loadRatio === null ? null : large.loadRatio <= GOALS.loadVsParse,
    });
  }
  return rows;
}

/** `met`, `MISSED` or `not measured`: printed after the figure. */
export const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');

const mdTable = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export function markdown({ meta, sizes, figuresBySize, goals, bundle, lighthouse }) {
  const out = [];
  const F = (s) => figuresBySize[s];
  out.push(
    `Measured ${meta.date} by \`npm run bench\` (${meta.command}) on commit ${meta.commit}. Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.memoryGb} GB RAM, ${meta.os}; Node ${meta.node}; ${meta.chromium} (headless, via playwright-core ${meta.playwright}); Lighthouse ${meta.lighthouse ?? 'not run'}. **The machine was shared** with other engineers building and testing at the same time (load average ${meta.loadBefore} before, ${meta.loadAfter} after), so single figures are noisy: every figure is a median over repeated samples with its spread. Datasets: seed ${meta.seed}, ${meta.loadsPerSize} cold page loads per size and view, ${meta.interactionSamples}.`,
  );
  out.push('');
  out.push('### Goals');
  out.push('');
  out.push(
    mdTable(
      ['goal', 'measured', 'verdict'],
      goals.map((g) => [g.goal, g.figure, g.ok === false ? '**missed**' : verdict(g.ok)]),
    ),
  );
  out.push('');
  out.push('### Loading');
  out.push('');
  out.push(
    mdTable(
      ['', ...sizes],
      [
        [
          'records (projects + targets + figures)',
          ...sizes.map((s) => F(s).records.toLocaleString('en')),
        ],
        ['file size (uncompressed)', ...sizes.map((s) => megabytes(F(s).bytes))],
        ['dataset fetch (app, gzip, localhost)', ...sizes.map((s) => fmtMedian(F(s).fetch))],
        [
          'parse + validate (app: JSON.parse + zod + integrity)',
          ...sizes.map((s) => fmtMedian(F(s).parseValidate)),
        ],
        [
          'bare `JSON.parse` of the same text, same page',
          ...sizes.map((s) => fmtMedian(F(s).bareParse)),
        ],
        ['**ratio** parse + validate / bare parse', ...sizes.map((s) => times(F(s).parseRatio))],
        ['fetch + parse + validate (app)', ...sizes.map((s) => fmtMedian(F(s).load))],
        ['bare fetch + `JSON.parse`, same page', ...sizes.map((s) => fmtMedian(F(s).bareLoad))],
        ['**ratio** whole load / bare', ...sizes.map((s) => times(F(s).loadRatio))],
        [
          'first table rows painted on /projects (since navigation)',
          ...sizes.map((s) => fmtMedian(F(s).firstRows)),
        ],
        [
          'JS heap used after load, /projects (after GC)',
          ...sizes.map((s) => mb(F(s).heapProjects.median)),
        ],
        [
          'JS heap used after load, / (after GC)',
          ...sizes.map((s) => mb(F(s).heapOverview.median)),
        ],
      ],
    ),
  );
  const errors = sizes.flatMap((s) => F(s).loadErrors.map((e) => `${s}: ${e}`));
  if (errors.length) out.push('', `Loads that ended in an error screen: ${errors.join('; ')}`);
  out.push('');
  out.push('### Charts on the overview');
  out.push('');
  const chartKeys = [...new Set(sizes.flatMap((s) => Object.keys(F(s).charts)))];
  if (chartKeys.length === 0)
    out.push('No chart was drawn on `/` (no `svg.recharts-surface` with marks appeared).');
  else {
    out.push(
      'Per chart: when its first marks were painted, counted from navigation; in brackets, from the moment both the dataset and the chart code had arrived (the drawing itself); then the SVG elements it holds once drawn.',
    );
    out.push('');
    out.push(
      mdTable(
        ['chart', ...sizes],
        [
          ['dataset ready on /', ...sizes.map((s) => ms(F(s).overviewDataReady.median))],
          ['chart code arrived', ...sizes.map((s) => ms(F(s).chartCodeLoaded.median))],
          ...chartKeys.map((key) => [
            key,
            ...sizes.map((s) =>
              F(s).charts[key]
                ? `${ms(F(s).charts[key].median)} (${ms(F(s).chartsAfterReady[key].median)}); ${F(s).chartElements[key] ?? '–'} SVG elements`
                : '–',
            ),
          ]),
        ],
      ),
    );
  }
  out.push('');
  out.push('### Search, filter and sort');
  out.push('');
  out.push(
    'Per interaction, from the input event’s timestamp to the last DOM change it caused (“DOM”) and to the frame painted after it (“paint”); “pipeline” is the app’s own filter pipeline for the new URL (filters, the counts beside every option, the sort: User Timing `records:query`); “bare” is a plain `Array.filter` + `sort` of the same rows with the same district filter, search and order, in the same page (see method above). Pipeline ratio = pipeline median / bare median; page ratio = DOM median / bare median (information, no goal). The goals read the DOM p95.',
  );
  out.push('');
  const pages = [...new Set(sizes.flatMap((s) => Object.keys(F(s).interactions)))];
  const rows = [];
  for (const page of pages) {
    for (const kind of ['search', 'filter', 'sort']) {
      for (const s of sizes) {
        const f = F(s).interactions[page]?.[kind];
        if (!f) continue;
        if (f.skipped) {
          rows.push([page, kind, s, `not measured: ${f.skipped}`, '', '', '', '', '', '']);
          continue;
        }
        rows.push([
          page,
          kind,
          s,
          `${ms(f.dom.median)} / ${ms(f.dom.p95)}`,
          `${ms(f.paint.median)} / ${ms(f.paint.p95)}`,
          `${ms(f.pipeline.median)} / ${ms(f.pipeline.p95)}`,
          `${ms(f.bare.median)} / ${ms(f.bare.p95)}`,
          times(f.ratio),
          times(f.ratioDom),
          [
            `${f.dom.n}`,
            f.unchanged ? `${f.unchanged} without a DOM change` : '',
            f.timedOut ? `${f.timedOut} still busy after 30 s (counted as 30 s)` : '',
            f.stopped ? `stopped early: ${f.stopped}` : '',
            f.mismatched ? `${f.mismatched} row counts differ from bare` : '',
          ]
            .filter(Boolean)
            .join('; '),
        ]);
      }
    }
  }
  out.push(
    mdTable(
      [
        'page',
        'interaction',
        'size',
        'DOM median / p95',
        'paint median / p95',
        'pipeline median / p95',
        'bare median / p95',
        'pipeline ratio',
        'page ratio',
        'samples',
      ],
      rows,
    ),
  );
  if (bundle) {
    out.push('');
    out.push('### Bundle (what Chromium downloads, gzipped; 1 kB = 1,000 bytes)');
    out.push('');
    out.push(
      mdTable(
        [
          'route',
          'JS total',
          'chart code',
          'JS without charts',
          'CSS',
          'HTML',
          'other',
          'all but the dataset',
        ],
        Object.entries(bundle.routes).map(([path, r]) => [
          path,
          ...[r.jsTotal, r.jsChart, r.jsNonChart, r.css, r.html, r.other, r.allButData].map(
            (b) => `${(b / 1000).toFixed(1)} kB`,
          ),
        ]),
      ),
    );
    out.push('');
    out.push(
      `Against the figures recorded in scripts/bundle-baseline.json (\`npm test\` fails when a change adds more than ${(ALLOWED_GROWTH / 1000).toFixed(0)} kB to one):`,
    );
    out.push('');
    out.push(
      mdTable(
        ['figure', 'now', 'recorded', 'change', 'limit', ''],
        bundle.checks.map((c) => [
          c.name,
          `${(c.value / 1000).toFixed(1)} kB`,
          c.recorded === undefined ? '–' : `${(c.recorded / 1000).toFixed(1)} kB`,
          c.recorded === undefined
            ? '–'
            : `${c.value >= c.recorded ? '+' : '−'}${(Math.abs(c.value - c.recorded) / 1000).toFixed(1)} kB`,
          Number.isFinite(c.budget) ? `${(c.budget / 1000).toFixed(1)} kB` : '–',
          c.ok ? 'ok' : '**over**',
        ]),
      ),
    );
    out.push('');
    out.push(
      bundle.entry.found.length
        ? `Chart code in the entry: ${bundle.entry.found.length} modules.`
        : 'No chart module in the entry: Recharts loads with the first chart.',
    );
    out.push('');
    for (const [path, r] of Object.entries(bundle.routes)) {
      out.push(
        `Files loaded by \`${path}\`: ${r.jsFiles.map((f) => `${f.path.replace('assets/', '')} ${(f.bytes / 1000).toFixed(1)} kB${f.chartShare > 0 ? ` (${Math.round(f.chartShare * 100)} % chart)` : ''}`).join(', ')}.`,
      );
      out.push('');
    }
  }
  if (lighthouse) {
    out.push('### Lighthouse (mobile preset, production build over gzip on localhost)');
    out.push('');
    const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
    out.push(
      mdTable(
        ['page', ...cats, 'FCP', 'LCP', 'TBT', 'CLS'],
        lighthouse.pages.map((p) => [
          p.path,
          ...cats.map((c) => `${p.median[c]} (${p.runs.map((r) => r[c]).join(', ')})`),
          ms(median(p.metrics['first-contentful-paint'])),
          ms(median(p.metrics['largest-contentful-paint'])),
          ms(median(p.metrics['total-blocking-time'])),
          (median(p.metrics['cumulative-layout-shift']) ?? 0).toFixed(3),
        ]),
      ),
    );
    out.push('');
    out.push(
      `Median of ${lighthouse.pages[0]?.runs.length} runs per page (scores of each run in brackets). The performance score is printed, never gated: it scales with the machine's CPU. Lighthouse benchmark index of this machine: ${col(lighthouse.pages.map((p) => p.benchmarkIndex)).join(', ')}.`,
    );
    for (const p of lighthouse.pages) {
      for (const [category, audits] of Object.entries(p.failing)) {
        out.push('');
        out.push(
          `${p.path} ${category} lost points on: ${audits
            .slice(0, 8)
            .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
            .join(', ')}.`,
        );
      }
    }
  }
  return out.join('\n');
}

const BEGIN = '<!-- bench:begin (generated by npm run bench; edits here are overwritten) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of the doc, keeping everything hand-written around it. */
export function writeDoc(path, generated) {
  const block = `${BEGIN}\n\n${generated}\n\n${END}`;
  let doc = existsSync(path)
    ? readFileSync(path, 'utf8')
    : `# Performance\n\n## Latest figures\n\n${BEGIN}\n${END}\n`;
  const start = doc.indexOf('<!-- bench:begin');
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) doc += `\n## Latest figures\n\n${block}\n`;
  else doc = doc.slice(0, start) + block + doc.slice(end + END.length);
  writeFileSync(path, doc);
}
