import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The docs name only files that exist, and a name they place in a file is in it. Checked in
 * README.md and docs/*.md:
 *
 * - every relative link or image (`[x](../src/a.ts)`, `<img src="docs/…">`) resolves to a file or
 *   folder of the repository;
 * - every path in inline code resolves too: `src/…`, `tests/…`, `scripts/…`, `docs/…`,
 *   `public/…` and `.ci/…` from the repository's root, `./` and `../` from the doc, and a bare
 *   name or partial path of a code or doc file (`tracker.ts`, `app/layout.tsx`,
 *   `normalize/*.test.ts`) as the end of some file's path; `*` matches within one path segment;
 * - a code name paired with a code file — `` `name` in [`file.ts`](…) ``, `` `name()` (`src/x.ts`) ``,
 *   `` `src/x.ts` (`a`, `b()`) `` — occurs in that file.
 *
 * Fenced code blocks, web addresses, build output (`dist/`) and placeholders (`<id>`, `{id}`,
 * `YYYY`) are not checked.
 */

/** What the check needs of the repository: its files (posix paths from the root) and their text. */
type Repository = { files: readonly string[]; read: (file: string) => string };

type Found = { references: number; problems: string[] };

const ROOT_DIRS = /^(?:src|tests|scripts|docs|public|\.ci)\//;
/** Files a bare name may stand for: code and docs. */
const NAMED_FILE = /\.(?:ts|tsx|mts|mjs|js|md)$/;
/** A path-like token inside inline code. */
const PATH_TOKEN =
  /(?:\.{1,2}\/)*[\w.*<>{}-]+(?:\/[\w.*<>{}-]*)+|[\w*<>{}-][\w.*<>{}-]*\.(?:ts|tsx|mts|mjs|js|md)\b/g;
const SKIPPED = /^dist\/|[<{]|YYYY/;
/** A web address inside inline code (its path is not the repository's). */
const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi;
const IDENT = String.raw`\`([A-Za-z_$][\w$]*)(?:\([^\`]*\))?\``;
const CODE_FILE = String.raw`(?:\[\`[^\`]+\`\]\(([^)\s]+)\)|\`([^\`\s]+\.(?:ts|tsx|mts|mjs|js))\`)`;
/** `name` in FILE, `name` (FILE): the name is claimed to be in the file. */
const NAME_IN_FILE = new RegExp(
  `${IDENT}\\s+in\\s+${CODE_FILE}|${IDENT}\\s*\\(\\s*${CODE_FILE}\\s*\\)`,
  'g',
);
/** FILE (`a`, `b`): the names listed after a file are in it. */
const FILE_THEN_NAMES = new RegExp(
  `${CODE_FILE}\\s*\\(\\s*(${IDENT}(?:\\s*,\\s*${IDENT})*)\\s*\\)`,
  'g',
);

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const globPattern = (glob: string) => escapeRegExp(glob).replace(/\*/g, '[^/]*');

/** The repository files (or folders) a path names; `whole` false lets it be the end of a path. */
function matches(repo: Repository, path: string, whole: boolean): string[] {
  const clean = path.replace(/\/+$/, '');
  const pattern = new RegExp(`${whole ? '^' : '(?:^|/)'}${globPattern(clean)}(/.*)?$`);
  return repo.files.filter((file) => {
    const match = pattern.exec(file);
    // A trailing part is a file inside a named folder, which a bare name cannot mean.
    return match !== null && (match[1] === undefined || whole || path.endsWith('/'));
  });
}

/** Resolves a link target or code path written in `doc`; undefined when it is not checked. */
function resolveReference(
  repo: Repository,
  doc: string,
  target: string,
  kind: 'link' | 'code',
): string[] | undefined {
  const path = target.split(/[#?]/)[0]!;
  if (!path || SKIPPED.test(path)) return undefined;
  const fromDoc = posix.normalize(posix.join(posix.dirname(doc), path));
  if (kind === 'link') {
    if (fromDoc.startsWith('../')) return undefined; // outside the repository
    return matches(repo, fromDoc, true);
  }
  if (path.startsWith('./') || path.startsWith('../')) {
    // In code a relative path may be meant from the doc or from the root (`../shared/…`).
    const fromRoot = posix.normalize(path);
    if (fromDoc.startsWith('../') || fromRoot.startsWith('../')) return undefined;
    return [...matches(repo, fromDoc, true), ...matches(repo, fromRoot, true)];
  }
  if (ROOT_DIRS.test(path)) return matches(repo, path, true);
  if (NAMED_FILE.test(path)) return matches(repo, path, false);
  return undefined;
}

/** Lines of the doc with fenced code blocks blanked (line numbers kept). */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** Paragraphs (soft-wrapped lines joined; each table row alone) with their first line number. */
function paragraphs(lines: readonly string[]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  lines.forEach((line, i) => {
    const table = line.trimStart().startsWith('|');
    if (!line.trim() || table) {
      if (current) out.push(current);
      current = undefined;
      if (table) out.push({ line: i + 1, text: line });
      return;
    }
    if (current) current.text += ` ${line.trim()}`;
    else current = { line: i + 1, text: line.trim() };
  });
  if (current) out.push(current);
  return out;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

function checkDoc(repo: Repository, doc: string, markdown: string): Found {
  const problems: string[] = [];
  let references = 0;
  const check = (line: number, target: string, kind: 'link' | 'code') => {
    if (kind === 'link' && EXTERNAL.test(target)) return;
    const files = resolveReference(repo, doc, target, kind);
    if (!files) return;
    references += 1;
    if (files.length === 0)
      problems.push(`${doc}:${line}: ${target} names no file of the repository`);
  };
  const namesIn = (
    line: number,
    names: readonly string[],
    link: string | undefined,
    code: string | undefined,
  ) => {
    const resolved = link
      ? resolveReference(repo, doc, link, 'link')
      : resolveReference(repo, doc, code!, 'code');
    const files = resolved?.filter((file) => NAMED_FILE.test(file)) ?? [];
    if (files.length === 0) return; // a missing file is reported as such
    for (const name of names) {
      references += 1;
      const word = new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`);
      if (!files.some((file) => word.test(repo.read(file))))
        problems.push(`${doc}:${line}: \`${name}\` is not in ${files.join(' or ')}`);
    }
  };

  for (const { line, text } of paragraphs(proseLines(markdown))) {
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
      check(line, target!, 'link');
    for (const [, target] of text.matchAll(/\s(?:src|href)="([^"]+)"/g))
      check(line, target!, 'link');
    for (const [, code] of text.matchAll(/`([^`]+)`/g))
      for (const [token] of code!.replace(URL, ' ').matchAll(PATH_TOKEN))
        check(line, token, 'code');
    for (const m of text.matchAll(NAME_IN_FILE)) {
      if (m[1] !== undefined) namesIn(line, [m[1]], m[2], m[3]);
      else namesIn(line, [m[4]!], m[5], m[6]);
    }
    for (const m of text.matchAll(FILE_THEN_NAMES)) {
      const names = [...m[3]!.matchAll(new RegExp(IDENT, 'g'))].map((name) => name[1]!);
      namesIn(line, names, m[1], m[2]);
    }
  }
  return { references, problems };
}

describe('checkDoc', () => {
  const repo: Repository = {
    files: [
      'README.md',
      'docs/data.md',
      'docs/screenshots/overview.png',
      'src/data/schema.ts',
      'src/data/normalize/deadline.ts',
      'src/data/normalize/deadline.test.ts',
      'src/tracker/tracker.ts',
      'tests/e2e/tracking-tabs.e2e.ts',
    ],
    read: (file) =>
      ({
        'src/tracker/tracker.ts': 'export function buildTracker() {}\nconst seriesKey = 1;',
        'src/data/schema.ts': 'export const idSchema = 1;',
      })[file] ?? '',
  };
  it.each([
    ['a link to a file', 'docs/data.md', 'See [schema](../src/data/schema.ts).', []],
    [
      'a link to no file',
      'docs/data.md',
      'See [use-as-of](../src/components/as-of/use-as-of.ts).',
      ['docs/data.md:1: ../src/components/as-of/use-as-of.ts names no file of the repository'],
    ],
    [
      'a link with an anchor, and a folder',
      'docs/data.md',
      '[a](data.md#ids), [b](../src/data/)',
      [],
    ],
    ['web addresses and anchors', 'README.md', '[a](https://example.org/x.ts) [b](#data)', []],
    ['an image of the README', 'README.md', '<img src="docs/screenshots/overview.png" alt="">', []],
    [
      'a missing image',
      'README.md',
      '![x](docs/screenshots/targets.png)',
      ['README.md:1: docs/screenshots/targets.png names no file of the repository'],
    ],
    ['a root path in code', 'docs/data.md', 'Run `npx tsx src/data/schema.ts` now.', []],
    [
      'a root path in code that is gone',
      'docs/data.md',
      'Owned by `src/tracker/use-as-of.ts`.',
      ['docs/data.md:1: src/tracker/use-as-of.ts names no file of the repository'],
    ],
    [
      'a bare name found at the end of a path',
      'docs/data.md',
      'In `tracker.ts` and `normalize/deadline.ts`.',
      [],
    ],
    [
      'a bare name found nowhere',
      'docs/data.md',
      'In `status-reports.ts`.',
      ['docs/data.md:1: status-reports.ts names no file of the repository'],
    ],
    [
      'a glob with a match',
      'docs/data.md',
      '`normalize/*.test.ts`, `tests/e2e/tracking-*.e2e.ts`',
      [],
    ],
    [
      'a glob with none',
      'docs/data.md',
      '`tests/e2e/hostile-*.e2e.ts`',
      ['docs/data.md:1: tests/e2e/hostile-*.e2e.ts names no file of the repository'],
    ],
    [
      'placeholders, build output, a fenced block',
      'docs/data.md',
      '`tests/archive/<id>.txt`, `dist/assets/*.js`\n```\nsrc/gone.ts\n```',
      [],
    ],
    [
      'a name in its file',
      'docs/data.md',
      '`buildTracker(dataset)` in [`tracker.ts`](../src/tracker/tracker.ts)',
      [],
    ],
    [
      'a name not in its file, across a line break',
      'docs/data.md',
      'the rule `statusAsOf(x)` in\n[`tracker.ts`](../src/tracker/tracker.ts)',
      ['docs/data.md:1: `statusAsOf` is not in src/tracker/tracker.ts'],
    ],
    [
      'a name before its file in parentheses',
      'README.md',
      '`useStatusReports()` (`src/tracker/tracker.ts`)',
      ['README.md:1: `useStatusReports` is not in src/tracker/tracker.ts'],
    ],
    [
      'names listed after their file',
      'README.md',
      '`src/tracker/tracker.ts` (`buildTracker`, `seriesKey`, `statusReportsByTarget`)',
      ['README.md:1: `statusReportsByTarget` is not in src/tracker/tracker.ts'],
    ],
    [
      'a name merely near a file',
      'docs/data.md',
      '`idSchema` and `buildTracker` live elsewhere; see `tracker.ts`.',
      [],
    ],
  ])('%s', (_, doc, markdown, problems) => {
    expect(checkDoc(repo, doc, markdown).problems).toEqual(problems);
  });
});

const ROOT = process.cwd();
/** Not part of the sources: dependencies, build output, reports. */
const IGNORED = new Set([
  'node_modules',
  'dist',
  '.git',
  'coverage',
  'test-results',
  'playwright-report',
  '.output',
  '.bench',
  '.out',
]);

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (IGNORED.has(entry.name)) return [];
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(join(dir, entry.name), path) : [path];
  });
}

describe('the docs of this repository', () => {
  const files = walk(ROOT);
  const repo: Repository = { files, read: (file) => readFileSync(resolve(ROOT, file), 'utf8') };
  const docs = files.filter(
    (file) => file === 'README.md' || (file.startsWith('docs/') && file.endsWith('.md')),
  );

  it.each(docs.map((doc) => [doc]))(
    '%s names only files that exist, and names in the files it places them in',
    (doc) => {
      const found = checkDoc(repo, doc, readFileSync(resolve(ROOT, doc), 'utf8'));
      expect(found.problems).toEqual([]);
    },
  );

  it('checks the references the docs make (the README and docs/ link to code)', () => {
    const total = docs.reduce(
      (sum, doc) => sum + checkDoc(repo, doc, readFileSync(resolve(ROOT, doc), 'utf8')).references,
      0,
    );
    expect(total).toBeGreaterThan(100);
  });
});
