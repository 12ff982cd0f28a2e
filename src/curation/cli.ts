// zod/mini has no messages of its own ("Invalid input"): the CLI names each rule in the words
// the browser's error screen uses ("Too big: expected string to have <=4000 characters").
import '@/data/zod-messages';
import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { idSchema, LIMITS, type Dataset } from '@/data/schema';
import { parseDataset, type DatasetIssue } from '@/data/validate-dataset';
import { fail, ok, type Result } from '@/lib/result';
import { codePointLength } from '@/lib/text';
import { draftArticle } from './draft';
import { pageDateProblem } from './page-dates';
import { similarRecords } from './similar';
import { decodeText } from './text-file';
import { coverageOf, proposalsOf } from './evaluate';
import { districtIssues, provenanceIssues, type ArchivedPage } from './provenance';

/**
 * `npm run curate -- …`: the engine from the command line. This module is the whole program
 * except its input and output (scripts/curate.ts supplies them), so tests drive it directly.
 * Exit codes: 0 done, 1 the input or the dataset has a problem, 2 the command line is wrong.
 */

export type CuratorIo = {
  /**
   * The bytes of a file, or why they cannot be read; a file larger than `maxBytes` is refused
   * before it is read (`tooLarge` words the reason), so a huge file never reaches memory.
   */
  readFile: (path: string, maxBytes: number) => Result<Uint8Array, string>;
  sha256: (bytes: Uint8Array) => string;
  /** Today in Zhengzhou, YYYY-MM-DD: a page cannot be published after it. */
  today: string;
};

export type CuratorOutcome = { code: 0 | 1 | 2; stdout: string; stderr: string };

/**
 * The largest files the CLI reads. A dataset: what the app accepts (MAX_DATASET_BYTES). A page:
 * the longest archived page is 19 KB of text; 1 MB is fifty times that, and more is not one
 * newspaper page (a PDF dump, a folder concatenated, the wrong file).
 */
export const CLI_LIMITS = { datasetBytes: MAX_DATASET_BYTES, pageBytes: 1_000_000 } as const;

/** The reason a file is refused for its size, in the CLI's words and the reader's units. */
export function tooLarge(path: string, bytes: number, maxBytes: number): string {
  const mb = (n: number) =>
    `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return `${path} is ${mb(bytes)}; the limit for this file is ${mb(maxBytes)} (${maxBytes.toLocaleString('en')} bytes)`;
}

/** Reads a file within a size limit (checked again here, whatever `io` did). */
function readWithin(io: CuratorIo, path: string, maxBytes: number): Result<Uint8Array, string> {
  const bytes = io.readFile(path, maxBytes);
  if (bytes.ok && bytes.data.byteLength > maxBytes)
    return fail(tooLarge(path, bytes.data.byteLength, maxBytes));
  return bytes;
}

/** A value from the command line as the CLI echoes it: quoted, control characters escaped. */
const shown = (value: string) => JSON.stringify(value);

export const USAGE = `usage:
  npm run -s curate -- draft <article.txt> --published YYYY-MM-DD [--title TEXT] [--url URL] [--id SOURCE_ID] [--dataset dataset.json]
  npm run -s curate -- check <dataset.json> [--articles DIR]...
  npm run -s curate -- coverage <dataset.json> --articles DIR
`;

const done = (stdout: string): CuratorOutcome => ({ code: 0, stdout, stderr: '' });
const problem = (message: string): CuratorOutcome => ({
  code: 1,
  stdout: '',
  stderr: `${message}\n`,
});
const misuse = (message: string): CuratorOutcome => ({
  code: 2,
  stdout: '',
  stderr: `${message}\n\n${USAGE}`,
});

type Parsed = { positional: string[]; options: Map<string, string[]> };

/**
 * `--name value` and `--name=value`; every option takes a value; only `allowed` ones. A lone
 * `--` ends the options (POSIX): everything after it is a file, even when it starts with `--`.
 */
export function parseArguments(
  args: readonly string[],
  allowed: readonly string[],
): Result<Parsed, string> {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(name)) return fail(`unknown option --${shown(name).slice(1, -1)}`);
    const value = inline ?? args[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return fail(`--${name} needs a value`);
    }
    if (inline === undefined) i += 1;
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return ok({ positional, options });
}

const fileName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;
const last = (options: Map<string, string[]>, name: string) => options.get(name)?.at(-1);

function draft(args: readonly string[], io: CuratorIo): CuratorOutcome {
  const parsed = parseArguments(args, ['published', 'title', 'url', 'id', 'dataset']);
  if (!parsed.ok) return misuse(parsed.reason);
  const { positional, options } = parsed.data;
  if (positional.length !== 1) return misuse('draft takes one article file');
  const path = positional[0]!;
  const published = last(options, 'published');
  if (published === undefined) return misuse('draft needs --published YYYY-MM-DD');
  const dateProblem = pageDateProblem(published, io.today);
  if (dateProblem) return problem(`--published ${dateProblem}`);
  const url = last(options, 'url');
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    return problem(`--url ${shown(url)} is not an http or https address`);
  }
  const title = last(options, 'title');
  for (const [name, value] of [
    ['--title', title],
    ['--url', url],
  ] as const) {
    if (value !== undefined && codePointLength(value) > LIMITS.textLength)
      return problem(`${name} is longer than ${LIMITS.textLength.toLocaleString('en')} characters`);
  }
  // The id names the source in every record and in URLs (/sources/<id>): the dataset's rule.
  const givenId = last(options, 'id');
  const sourceId = givenId ?? fileName(path).replace(/\.(txt|md)$/, '');
  const badId = idProblem(sourceId);
  if (badId) {
    return problem(
      givenId === undefined
        ? `the file name gives the source id ${shown(sourceId)}, which ${badId}; name one with --id`
        : `--id ${shown(sourceId)} ${badId}`,
    );
  }
  const datasetPath = last(options, 'dataset');
  const dataset = datasetPath === undefined ? undefined : loadDataset(datasetPath, io);
  if (dataset && !dataset.ok) return problem(`${datasetPath}: ${dataset.reason}`);
  const bytes = readWithin(io, path, CLI_LIMITS.pageBytes);
  if (!bytes.ok) return problem(bytes.reason);
  const text = decodeText(bytes.data, path);
  if (!text.ok) return problem(text.reason);
  const result = draftArticle(text.data, {
    sourceId,
    publishedOn: published,
    textSha256: io.sha256(bytes.data),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
  });
  if (!result.ok) return problem(`${path}: ${result.reason}`);
  const { source, sentences, candidates } = result.data;
  const entries = candidates.map((c) => ({
    sentence: c.sentence,
    kind: c.kind,
    quote: c.quote,
    districtId: c.districtId,
    districtInferred: c.districtInferred,
    deadlines: c.deadlines.map((d) => ({ date: d.date, wording: d.wording, period: d.period })),
    period: c.period,
    firmness: c.firmness,
    cues: c.cues,
    // What the sentence proposes, each with the span of the sentence it quotes.
    proposals: c.proposals.map(({ start, end, ...proposal }) => ({
      ...(printable(proposal) as Record<string, unknown>),
      quote: c.quote.slice(start, end),
    })),
    // With --dataset: existing records of the same district this sentence may report on.
    ...(dataset?.ok
      ? {
          similar: similarRecords(dataset.data, c).map(({ collection, id, score }) => ({
            collection,
            id,
            score: Number(score.toFixed(2)),
          })),
        }
      : {}),
  }));
  return done(`${JSON.stringify({ source, sentences, candidates: entries }, null, 2)}\n`);
}

/** A proposal as printed: quantities without their place in the sentence, deadlines as dates. */
function printable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(printable);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([key]) => key !== 'index',
  );
  return Object.fromEntries(entries.map(([key, inner]) => [key, printable(inner)]));
}

/** Why an id is not one the dataset accepts (null when it is). */
function idProblem(id: string): string | null {
  const parsed = idSchema.safeParse(id);
  return parsed.success
    ? null
    : `is not a source id: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
}

/** Reads a dataset file and validates it with the app's rules; the first problem is the reason. */
function loadDataset(path: string, io: CuratorIo): Result<Dataset, string> {
  const bytes = readWithin(io, path, CLI_LIMITS.datasetBytes);
  if (!bytes.ok) return fail(bytes.reason);
  const text = decodeText(bytes.data, path);
  if (!text.ok) return fail(text.reason);
  // Parsed and validated as the app loads a dataset (an older schema version migrated first).
  const result = parseDataset(text.data);
  if (result.ok) return ok(result.data);
  if (result.reason.kind === 'syntax')
    return fail(`(root): ${path} is not JSON: ${result.reason.message}`);
  const first = result.reason.issues[0];
  const more = result.reason.total > 1 ? ` (and ${result.reason.total - 1} more)` : '';
  return fail(first ? `${first.path}: ${first.message}${more}` : '(root): invalid');
}

/**
 * The archived text of a source: the first folder that holds `<id>.txt`. A file found there
 * that cannot be used (not UTF-8, binary, empty, too large) is not a page: it is `unreadable`,
 * with its reason, and the checks say that instead of "not in the page" or a hash mismatch for
 * every quote.
 */
function pageLookup(folders: readonly string[], io: CuratorIo) {
  const cache = new Map<string, ArchivedPage | undefined>();
  const unreadable = new Map<string, string>();
  const lookup = (sourceId: string): ArchivedPage | undefined => {
    if (!cache.has(sourceId)) {
      let page: ArchivedPage | undefined;
      for (const folder of folders) {
        const path = `${folder}/${sourceId}.txt`;
        const bytes = readWithin(io, path, CLI_LIMITS.pageBytes);
        if (!bytes.ok) {
          if (/: no such file$/.test(bytes.reason)) continue;
          unreadable.set(sourceId, bytes.reason);
          break;
        }
        const text = decodeText(bytes.data, path);
        if (!text.ok) {
          unreadable.set(sourceId, text.reason);
          break;
        }
        page = { text: text.data, sha256: io.sha256(bytes.data) };
        break;
      }
      cache.set(sourceId, page);
    }
    return cache.get(sourceId);
  };
  /** The pages of `dataset` that were found but cannot be read, as issues at their source. */
  const unreadableIssues = (dataset: Dataset): DatasetIssue[] =>
    dataset.sources.flatMap((source, i) => {
      lookup(source.id);
      const reason = unreadable.get(source.id);
      return reason ? [{ path: `sources[${i}].id`, message: reason }] : [];
    });
  return { lookup, unreadableIssues, unreadable };
}

/**
 * Dates a page or a report cannot have: after today in Zhengzhou, or before any page of the
 * dataset (page-dates.ts, the workbench's rule for a new page). Deadlines may lie ahead.
 */
function dateIssues(dataset: Dataset, today: string): DatasetIssue[] {
  return [
    ...dataset.sources.flatMap((source, i) => {
      const reason = pageDateProblem(source.publishedOn, today);
      return reason ? [{ path: `sources[${i}].publishedOn`, message: reason }] : [];
    }),
    ...dataset.reports.flatMap((report, i) => {
      const reason = pageDateProblem(report.date, today);
      return reason ? [{ path: `reports[${i}].date`, message: reason }] : [];
    }),
  ];
}

const firstIssue = (issues: readonly DatasetIssue[]) =>
  issues[0] &&
  `${issues[0].path}: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;

function check(args: readonly string[], io: CuratorIo): CuratorOutcome {
  const parsed = parseArguments(args, ['articles']);
  if (!parsed.ok) return misuse(parsed.reason);
  const { positional, options } = parsed.data;
  if (positional.length !== 1) return misuse('check takes one dataset file');
  const dataset = loadDataset(positional[0]!, io);
  if (!dataset.ok) return problem(dataset.reason);
  const unknown = firstIssue(districtIssues(dataset.data));
  if (unknown) return problem(unknown);
  const misdated = firstIssue(dateIssues(dataset.data, io.today));
  if (misdated) return problem(misdated);
  const folders = options.get('articles') ?? [];
  if (folders.length > 0) {
    const pages = pageLookup(folders, io);
    const unreadable = firstIssue(pages.unreadableIssues(dataset.data));
    if (unreadable) return problem(unreadable);
    const unproven = firstIssue(provenanceIssues(dataset.data, pages.lookup));
    if (unproven) return problem(unproven);
  }
  const d = dataset.data;
  return done(
    `ok: ${d.sources.length} sources, ${d.districts.length} districts, ${d.projects.length} projects, ${d.targets.length} targets, ${d.figures.length} figures${folders.length > 0 ? '; every quote and hash matches its page' : ''}\n`,
  );
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function coverage(args: readonly string[], io: CuratorIo): CuratorOutcome {
  const parsed = parseArguments(args, ['articles']);
  if (!parsed.ok) return misuse(parsed.reason);
  const { positional, options } = parsed.data;
  const folders = options.get('articles') ?? [];
  if (positional.length !== 1 || folders.length === 0) {
    return misuse('coverage takes one dataset file and --articles DIR');
  }
  const dataset = loadDataset(positional[0]!, io);
  if (!dataset.ok) return problem(dataset.reason);
  const pages = pageLookup(folders, io);
  const rows = [
    '| page | sentences | candidates | targets + figures | kind | deadline | invented deadlines | period | quantity | role | projects proposed | named in the page | composed by the curator | proposals with no record | project drafts with no record |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const missed: string[] = [];
  for (const source of dataset.data.sources) {
    const page = pages.lookup(source.id);
    const unreadable = pages.unreadable.get(source.id);
    if (unreadable) return problem(unreadable);
    if (!page) return problem(`no archived text for "${source.id}"`);
    const result = draftArticle(page.text, {
      sourceId: source.id,
      publishedOn: source.publishedOn,
    });
    if (!result.ok) return problem(`${source.id}: ${result.reason}`);
    const c = coverageOf(source.id, proposalsOf(result.data), dataset.data, page.text);
    const { named, composed } = c.projects;
    rows.push(
      `| ${source.id} | ${result.data.sentences} | ${result.data.candidates.length} | ${c.records.length} | ${percent(c.kind)} | ${percent(c.deadline)} | ${c.invented} | ${percent(c.period)} | ${percent(c.quantity)} | ${percent(c.role)} | ${c.projects.proposed}/${c.projects.total} | ${named.proposed}/${named.total} | ${composed.proposed}/${composed.total} | ${c.unrecorded} | ${c.unrecordedProjects} |`,
    );
    for (const r of c.records) {
      if (r.sentence === null) missed.push(`- ${r.id}: sentence not read (${r.quote})`);
      else {
        const what = [
          !r.kind && 'kind',
          !r.deadline && r.collection === 'targets' && 'deadline',
          r.invented && 'invented deadline',
          !r.period && 'period',
          !r.quantity && 'quantity',
        ].filter(Boolean);
        if (what.length > 0) missed.push(`- ${r.id}: ${what.join(', ')} differ (${r.quote})`);
      }
    }
    for (const name of named.missed)
      missed.push(`- ${source.id}: no project draft for ${name} (named in the page)`);
    for (const name of composed.missed)
      missed.push(`- ${source.id}: no project draft like ${name} (composed by the curator)`);
  }
  return done(`${rows.join('\n')}\n${missed.length > 0 ? `\n${missed.join('\n')}\n` : ''}`);
}

export function runCurator(argv: readonly string[], io: CuratorIo): CuratorOutcome {
  const [command, ...rest] = argv;
  switch (command) {
    case 'draft':
      return draft(rest, io);
    case 'check':
      return check(rest, io);
    case 'coverage':
      return coverage(rest, io);
    case undefined:
    case 'help':
    case '--help':
      return { code: command === undefined ? 2 : 0, stdout: USAGE, stderr: '' };
    default:
      return misuse(`unknown command "${command}"`);
  }
}
