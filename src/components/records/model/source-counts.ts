import type { Dataset } from '@/data/schema';

export type SourceCounts = { projects: number; targets: number; figures: number };

const cache = new WeakMap<Dataset, Map<string, SourceCounts>>();

/** How many projects, targets and figures cite each source (a record citing it twice counts once). */
export function sourceCounts(dataset: Dataset): Map<string, SourceCounts> {
  let counts = cache.get(dataset);
  if (counts) return counts;
  counts = new Map(dataset.sources.map((s) => [s.id, { projects: 0, targets: 0, figures: 0 }]));
  const add = (kind: keyof SourceCounts, refs: readonly { sourceId: string }[]) => {
    for (const id of new Set(refs.map((ref) => ref.sourceId))) {
      const entry = counts?.get(id);
      if (entry) entry[kind] += 1;
    }
  };
  for (const p of dataset.projects) add('projects', p.sourceRefs);
  for (const t of dataset.targets) add('targets', t.sourceRefs);
  for (const f of dataset.figures) add('figures', f.sourceRefs);
  cache.set(dataset, counts);
  return counts;
}
