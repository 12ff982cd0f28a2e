import type { Dataset } from '@/data/schema';
import type { DatasetIssue } from '@/data/validate-dataset';
import { divisionOf } from './gazetteer';

/**
 * Checks of a dataset against the pages it quotes: every quote and headline is in its page's
 * text (whitespace removed: page breaks split words), each source's recorded hash is its text's,
 * and every district is one the gazetteer knows. Pure: the caller reads the pages and hashes.
 */

export type ArchivedPage = { text: string; sha256: string };

/** The article text of a source id, or undefined when no archive holds it. */
export type PageLookup = (sourceId: string) => ArchivedPage | undefined;

export const compactText = (text: string) => text.replace(/\s+/g, '');

/** The city itself is not a county-level division but may be a district (docs/data.md). */
const CITY_IDS = new Set(['410100', 'zhengzhou']);

export function districtIssues(dataset: Dataset): DatasetIssue[] {
  return dataset.districts.flatMap((d, i) =>
    divisionOf(d.id) || CITY_IDS.has(d.id)
      ? []
      : [{ path: `districts[${i}].id`, message: `the gazetteer knows no district "${d.id}"` }],
  );
}

export function provenanceIssues(dataset: Dataset, pageOf: PageLookup): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const compacted = new Map<string, string | undefined>();
  const textOf = (sourceId: string) => {
    if (!compacted.has(sourceId)) {
      const page = pageOf(sourceId);
      compacted.set(sourceId, page && compactText(page.text));
    }
    return compacted.get(sourceId);
  };
  dataset.sources.forEach((source, i) => {
    const page = pageOf(source.id);
    if (!page) {
      issues.push({ path: `sources[${i}].id`, message: `no archived text for "${source.id}"` });
      return;
    }
    const recorded = source.textSha256;
    if (recorded !== undefined && recorded !== page.sha256) {
      issues.push({
        path: `sources[${i}].textSha256`,
        message: `the text of "${source.id}" has changed since it was recorded (its SHA-256 is now ${page.sha256})`,
      });
    }
    source.headlinesZh.forEach((headline, h) => {
      if (!textOf(source.id)?.includes(compactText(headline))) {
        issues.push({ path: `sources[${i}].headlinesZh[${h}]`, message: 'not in the page text' });
      }
    });
  });
  const quoteIn = (path: string, ref: { sourceId: string; quote: string }) => {
    const text = textOf(ref.sourceId);
    if (text !== undefined && !text.includes(compactText(ref.quote))) {
      issues.push({ path, message: `the quote is not verbatim in "${ref.sourceId}"` });
    }
  };
  dataset.sources.forEach((s, i) =>
    s.dateEvidenceRefs.forEach((ref, r) =>
      quoteIn(`sources[${i}].dateEvidenceRefs[${r}].quote`, ref),
    ),
  );
  for (const name of ['projects', 'targets', 'figures', 'batches'] as const) {
    dataset[name].forEach((row, i) =>
      row.sourceRefs.forEach((ref, r) => quoteIn(`${name}[${i}].sourceRefs[${r}].quote`, ref)),
    );
  }
  return issues;
}
