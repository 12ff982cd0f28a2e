import type { Dataset, SourceRef } from '@/data/schema';
import { indexDataset } from '@/data/dataset-index';

/**
 * What an exported file says about itself: which filters made its rows, which pages the rows
 * were taken from, and the link that reopens the same view. Pure, so the words are tested.
 */

export type FilterLabels = {
  param: (name: string) => string;
  value: (name: string, value: string) => string;
  /** Joins list values ("、" in Chinese, ", " in English). */
  join: (values: string[]) => string;
};

/** "district: 管城回族区、中原区; q: “陇海”" — only the filters that are set; empty when none. */
export function describeFilters(
  values: Readonly<Record<string, string | readonly string[] | null | undefined | object>>,
  labels: FilterLabels,
): [string, string][] {
  const lines: [string, string][] = [];
  for (const [name, value] of Object.entries(values)) {
    if (name === 'sort' || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      const list = value as readonly string[];
      lines.push([labels.param(name), labels.join(list.map((v) => labels.value(name, v)))]);
    } else if (typeof value === 'string') {
      lines.push([labels.param(name), labels.value(name, value)]);
    }
  }
  return lines;
}

export type SourceAttribution = {
  id: string;
  headlineZh: string;
  headlineEn: string;
  publishedOn: string;
  dateCertainty: 'exact' | 'inferred';
  /** How many of the exported rows cite this page. */
  rows: number;
};

/** The pages the exported rows cite, in the dataset's source order. */
export function sourceAttribution(
  dataset: Dataset,
  refsOfRows: readonly (readonly SourceRef[])[],
): SourceAttribution[] {
  const counts = new Map<string, number>();
  for (const refs of refsOfRows) {
    for (const id of new Set(refs.map((ref) => ref.sourceId)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const { sources } = indexDataset(dataset);
  return dataset.sources
    .filter((source) => counts.has(source.id) && sources.has(source.id))
    .map((source) => ({
      id: source.id,
      headlineZh: source.headlinesZh.join(' '),
      headlineEn: source.headlinesEn.join(' '),
      publishedOn: source.publishedOn,
      dateCertainty: source.dateCertainty,
      rows: counts.get(source.id) ?? 0,
    }));
}
