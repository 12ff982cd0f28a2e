import type { Dataset, District, Figure, Project, Source, Target } from './schema';

/** Lookups by id, built once per dataset object and shared by every view. */
export type DatasetIndex = {
  districts: ReadonlyMap<string, District>;
  sources: ReadonlyMap<string, Source>;
  projects: ReadonlyMap<string, Project>;
  targets: ReadonlyMap<string, Target>;
  figures: ReadonlyMap<string, Figure>;
};

const cache = new WeakMap<Dataset, DatasetIndex>();

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.id, row]));

export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = {
      districts: byId(dataset.districts),
      sources: byId(dataset.sources),
      projects: byId(dataset.projects),
      targets: byId(dataset.targets),
      figures: byId(dataset.figures),
    };
    cache.set(dataset, index);
  }
  return index;
}
