import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, SourceRef } from './schema';

/**
 * Provenance: every quote in the dataset is a verbatim span of its article, and a source that
 * records its text's SHA-256 still has that text. The five seed pages live outside the
 * repository, in ../shared/articles (relative to the repository root): with CI=true they are
 * required; elsewhere, when they are absent, their checks are skipped and say so. Pages added
 * later are archived in tests/archive/<source id>.txt (docs/curation.md) and always checked.
 */

const ARTICLES_DIR = resolve(process.cwd(), '../shared/articles');
const ARCHIVE_DIR = resolve(process.cwd(), 'tests/archive');
/** The pages the dataset started from; they stay in ../shared/articles. */
const SEED_PAGES = [
  '000_485da158d65799ff',
  '001_e1efc1b11068901f',
  '002_77b52ed93cdc077a',
  '003_13d16aa499b581b9',
  '004_383d135488eace95',
];
const articlesPresent = existsSync(ARTICLES_DIR);
const required = /^(1|true)$/i.test(process.env.CI ?? '');

if (!articlesPresent && !required) {
  console.warn(
    `[dataset-provenance] SKIPPED: ${ARTICLES_DIR} is absent, so quotes were not checked against the articles. Put the articles there (CI requires them).`,
  );
}

const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/data/dataset.json'), 'utf8'),
) as Dataset;

/** Page breaks split words ("110余\n\n户业主"): compare with all whitespace removed. */
const compact = (text: string) => text.replace(/\s+/g, '');

/** The archive first: a page there is the project's own copy. */
function articleFile(sourceId: string): string | undefined {
  return [ARCHIVE_DIR, ARTICLES_DIR]
    .map((dir) => resolve(dir, `${sourceId}.txt`))
    .find((file) => existsSync(file));
}

const articleCache = new Map<string, string | undefined>();
function article(sourceId: string): string | undefined {
  if (!articleCache.has(sourceId)) {
    const file = articleFile(sourceId);
    articleCache.set(sourceId, file ? compact(readFileSync(file, 'utf8')) : undefined);
  }
  return articleCache.get(sourceId);
}

const archived = existsSync(ARCHIVE_DIR)
  ? readdirSync(ARCHIVE_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => name.slice(0, -'.txt'.length))
  : [];

type Quoted = { where: string; ref: SourceRef };
const quoted: Quoted[] = [
  ...dataset.sources.flatMap((s) =>
    s.dateEvidenceRefs.map((ref, i) => ({ where: `sources ${s.id} dateEvidenceRefs[${i}]`, ref })),
  ),
  ...(['projects', 'targets', 'figures', 'batches'] as const).flatMap((name) =>
    dataset[name].flatMap((row) =>
      row.sourceRefs.map((ref, i) => ({ where: `${name} ${row.id} sourceRefs[${i}]`, ref })),
    ),
  ),
  // A status report stands on its sentence like every other record.
  ...dataset.reports.map((report) => ({
    where: `reports ${report.id} sourceRef`,
    ref: report.sourceRef,
  })),
];

describe('source articles', () => {
  it.runIf(required)('are present in ../shared/articles (required with CI=true)', () => {
    expect(articlesPresent, `${ARTICLES_DIR} is missing`).toBe(true);
  });
});

describe('the archive of pages (tests/archive)', () => {
  it.each(archived.map((id) => [id]))('%s.txt belongs to a source of the dataset', (id) => {
    expect(dataset.sources.map((s) => s.id)).toContain(id);
  });

  it('is where new pages go: sources not among the seed pages are archived', () => {
    const elsewhere = dataset.sources
      .map((s) => s.id)
      .filter((id) => !archived.includes(id) && !SEED_PAGES.includes(id));
    expect(elsewhere).toEqual([]);
  });
});

describe.skipIf(!articlesPresent && archived.length === 0)(
  'provenance against the page texts',
  () => {
    const checked = dataset.sources.filter((s) => articlesPresent || archived.includes(s.id));

    it.each(checked.filter((s) => s.textSha256).map((s) => [s.id, s.textSha256]))(
      'the text of %s still has the SHA-256 recorded for it',
      (sourceId, sha256) => {
        const file = articleFile(sourceId);
        expect(file, `${sourceId}.txt`).toBeDefined();
        expect(createHash('sha256').update(readFileSync(file!)).digest('hex')).toBe(sha256);
      },
    );

    it.each(checked.map((s) => [s.id]))('source %s has its article', (sourceId) => {
      expect(article(sourceId), `${sourceId}.txt`).toBeDefined();
    });

    it('finds every quote verbatim in its article (whitespace removed)', () => {
      const missing = quoted
        .filter(({ ref }) => checked.some((s) => s.id === ref.sourceId))
        .filter(({ ref }) => {
          const text = article(ref.sourceId);
          return text === undefined || !text.includes(compact(ref.quote));
        });
      expect(missing.map(({ where, ref }) => `${where}: ${ref.quote}`)).toEqual([]);
    });

    it('finds every quote where its `at` says it starts (its anchor on the source page)', () => {
      const misplaced = quoted
        .filter(({ ref }) => ref.at !== undefined && checked.some((s) => s.id === ref.sourceId))
        .filter(({ ref }) => !article(ref.sourceId)?.startsWith(compact(ref.quote), ref.at));
      expect(misplaced.map(({ where, ref }) => `${where}: ${ref.quote} @${ref.at}`)).toEqual([]);
    });

    it('finds every Chinese headline in its article', () => {
      const missing = checked.flatMap((s) =>
        s.headlinesZh.filter((headline) => !article(s.id)?.includes(compact(headline))),
      );
      expect(missing).toEqual([]);
    });

    it('quotes something from every article', () => {
      const cited = new Set(quoted.map(({ ref }) => ref.sourceId));
      expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    });
  },
);
