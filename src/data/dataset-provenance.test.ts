import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, SourceRef } from './schema';

/**
 * Provenance: every quote in the dataset is a verbatim span of its article. The articles live
 * outside the repository, in ../shared/articles (relative to the repository root). With CI=true
 * they are required; elsewhere, when they are absent, these checks are skipped and say so.
 */

const ARTICLES_DIR = resolve(process.cwd(), '../shared/articles');
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

const articleCache = new Map<string, string | undefined>();
function article(sourceId: string): string | undefined {
  if (!articleCache.has(sourceId)) {
    const file = resolve(ARTICLES_DIR, `${sourceId}.txt`);
    articleCache.set(sourceId, existsSync(file) ? compact(readFileSync(file, 'utf8')) : undefined);
  }
  return articleCache.get(sourceId);
}

type Quoted = { where: string; ref: SourceRef };
const quoted: Quoted[] = [
  ...dataset.sources.flatMap((s) =>
    s.dateEvidenceRefs.map((ref, i) => ({ where: `sources ${s.id} dateEvidenceRefs[${i}]`, ref })),
  ),
  ...(['projects', 'targets', 'figures'] as const).flatMap((name) =>
    dataset[name].flatMap((row) =>
      row.sourceRefs.map((ref, i) => ({ where: `${name} ${row.id} sourceRefs[${i}]`, ref })),
    ),
  ),
];

describe('source articles', () => {
  it.runIf(required)('are present in ../shared/articles (required with CI=true)', () => {
    expect(articlesPresent, `${ARTICLES_DIR} is missing`).toBe(true);
  });
});

describe.skipIf(!articlesPresent)('provenance against ../shared/articles', () => {
  it.each(dataset.sources.map((s) => [s.id]))('source %s has its article', (sourceId) => {
    expect(article(sourceId), `${sourceId}.txt`).toBeDefined();
  });

  it('finds every quote verbatim in its article (whitespace removed)', () => {
    const missing = quoted.filter(({ ref }) => {
      const text = article(ref.sourceId);
      return text === undefined || !text.includes(compact(ref.quote));
    });
    expect(missing.map(({ where, ref }) => `${where}: ${ref.quote}`)).toEqual([]);
  });

  it('finds every Chinese headline in its article', () => {
    const missing = dataset.sources.flatMap((s) =>
      s.headlinesZh.filter((headline) => !article(s.id)?.includes(compact(headline))),
    );
    expect(missing).toEqual([]);
  });

  it('quotes something from every article', () => {
    const cited = new Set(quoted.map(({ ref }) => ref.sourceId));
    expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});
