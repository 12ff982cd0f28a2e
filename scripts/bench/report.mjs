// Figures from the raw samples of scripts/bench.mjs: the console table, the goals, and the
// generated part of docs/performance.md (between the bench:begin / bench:end markers).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { ms, ratio, summarize, times } from './stats.mjs';

/** p95 from the input event to the last DOM change it caused, per size (docs/performance.md). */
export const GOALS = { real: 16, '10k': 100 };
const KINDS = ['search', 'filter', 'sort'];

/** Figures of one size from its raw samples. */
export function summarizeSize(raw) {
  const of = (list, key) => summarize(list.map((entry) => entry[key]));
  const parseValidate = of(raw.loads, 'parseValidate');
  const bare = of(raw.loads, 'bareParse');
  const interactions = {};
  for (const [page, kinds] of Object.entries(raw.interactions))
    for (const kind of KINDS)
      interactions[`${page} ${kind}`] = {
        dom: summarize(kinds[kind].map((s) => s.dom)),
        cpu: summarize(kinds[kind].map((s) => s.cpu)),
        timedOut: kinds[kind].filter((s) => s.timedOut).length,
      };
  return {
    records: raw.records,
    fetch: of(raw.loads, 'fetch'),
    parseValidate,
    bareParse: bare,
    parseRatio: ratio(parseValidate.median, bare.median),
    firstRows: of(raw.loads, 'firstRows'),
    headline: of(raw.overview, 'headline'),
    interactions,
  };
}

/** Whether an interaction's p95 meets its size's goal (null: the size has none). */
const meets = (size, f) =>
  GOALS[size] === undefined ? null : !f.timedOut && f.dom.p95 !== null && f.dom.p95 <= GOALS[size];

/** Each size's interaction p95 against its goal. */
export function judgeGoals(figures) {
  return Object.keys(GOALS).flatMap((size) =>
    Object.entries(figures[size]?.interactions ?? {}).map(([name, f]) => ({
      goal: `${size} /${name}: p95 ≤ ${GOALS[size]} ms`,
      figure: `p95 ${ms(f.dom.p95)}, median ${ms(f.dom.median)} (n=${f.dom.n})${f.timedOut ? `, ${f.timedOut} still busy after 30 s` : ''}`,
      ok: meets(size, f),
    })),
  );
}

const pair = (s) => `${ms(s.median)} / ${ms(s.p95)}`;

/** Rows of the two tables: interactions (per size, and the 10k ÷ real ratio), then loading. */
function tables(sizes, figures) {
  const names = Object.keys(figures[sizes[0]]?.interactions ?? {});
  const scale = sizes.length > 1 ? `p95 ${sizes.at(-1)} ÷ ${sizes[0]}` : null;
  const cpu = figures[sizes[0]]?.interactions[names[0]]?.cpu.n > 0;
  const interactions = {
    header: [
      'interaction',
      ...sizes.flatMap((s) => [
        `${s}: median / p95`,
        ...(GOALS[s] ? [`p95 ≤ ${GOALS[s]} ms`] : []),
        ...(cpu ? [`${s}: CPU median / p95`] : []),
      ]),
      ...(scale ? [scale] : []),
    ],
    rows: names.map((name) => [
      `/${name}`,
      ...sizes.flatMap((s) => {
        const f = figures[s].interactions[name];
        const ok = meets(s, f);
        return [
          pair(f.dom),
          ...(ok === null ? [] : [ok ? 'met' : '**missed**']),
          ...(cpu ? [pair(f.cpu)] : []),
        ];
      }),
      ...(scale
        ? [
            times(
              ratio(
                figures[sizes.at(-1)].interactions[name].dom.p95,
                figures[sizes[0]].interactions[name].dom.p95,
              ),
            ),
          ]
        : []),
    ]),
  };
  const row = (label, read) => [label, ...sizes.map((s) => read(figures[s]))];
  const loading = {
    header: ['', ...sizes],
    rows: [
      row('records (projects + targets + figures)', (f) => f.records.toLocaleString('en')),
      row('dataset fetch (gzip, localhost)', (f) => ms(f.fetch.median)),
      row('parse + validate (JSON.parse, zod, integrity rules)', (f) => ms(f.parseValidate.median)),
      row('bare `JSON.parse` of the same text', (f) => ms(f.bareParse.median)),
      row('ratio parse + validate ÷ bare parse', (f) => times(f.parseRatio)),
      row('first table rows painted on /projects', (f) => ms(f.firstRows.median)),
      row('overview: headline numbers painted', (f) => ms(f.headline.median)),
    ],
  };
  return { interactions, loading };
}

export function printFigures(sizes, figures) {
  const { interactions, loading } = tables(sizes, figures);
  for (const table of [loading, interactions]) {
    console.log('');
    for (const r of [table.header, ...table.rows])
      console.log(
        `  ${r[0].padEnd(52)}${r
          .slice(1)
          .map((c) => c.padEnd(22))
          .join('')}`,
      );
  }
  console.log('');
}

const mdTable = ({ header, rows }) =>
  [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

export function markdown({ meta, sizes, figures, goals }) {
  const { interactions, loading } = tables(sizes, figures);
  const met = goals.filter((g) => g.ok).length;
  return [
    `Measured ${meta.date} by \`npm run bench\` on commit ${meta.commit} (${meta.machine}); load average ${meta.loadBefore} at the start, ${meta.loadAfter} at the end. Interactions: median / p95 of 20 (filter, sort) or 28 (search) samples each, from the input event to the last DOM change it caused. Loads: medians of cold loads.`,
    '',
    `**Goals: ${met} of ${goals.length} met** (p95 ≤ ${GOALS.real} ms at the real size, ≤ ${GOALS['10k']} ms at 10k).`,
    '',
    mdTable(interactions),
    '',
    mdTable(loading),
  ].join('\n');
}

const BEGIN = '<!-- bench:begin (generated by npm run bench; edits here are overwritten) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of the doc, keeping everything hand-written around it. */
export async function writeDoc(path, generated) {
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${path} has no ${BEGIN} … ${END} block`);
  const next = `${doc.slice(0, start)}${BEGIN}\n\n${generated}\n\n${doc.slice(end)}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(next, { ...options, filepath: path }));
}
