import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectCategorySchema, projectStageSchema } from '@/data/schema';
import { projectRows } from '@/components/records/model/project-rows';
import { filterAndCount } from '@/components/records/model/row-filter';
import { generateSyntheticDataset } from '../../../../tests/fixtures/synthetic-dataset';
import { listViews, nonZero } from '../../../../tests/unit/record-filter-arbitraries';
import { PROJECT_SORT_KEYS, projectAccessors, queryProjects, sortProjects } from './project-list';

/**
 * Property: for any view of a synthetic dataset, the fast pipeline (`queryProjects`: a columnar
 * index, remembered searches and sort orders) shows the same rows in the same order, with the
 * same counts beside every option, as the plain one (`sortProjects` + `filterAndCount`), in
 * both languages, including while a query is still being typed.
 */

const dataset = generateSyntheticDataset({ records: 900, seed: 7 });
const rows = projectRows(dataset);
const views = listViews({
  districts: dataset.districts.map((d) => d.id),
  categories: projectCategorySchema.options,
  statuses: projectStageSchema.options,
  sources: dataset.sources.map((s) => s.id),
  dates: dataset.targets.flatMap((t) => (t.deadline ? [t.deadline] : [])),
  texts: rows.slice(0, 60).map((r) => r.searchText),
  sortKeys: PROJECT_SORT_KEYS,
});

describe('queryProjects agrees with the plain filter and sort', () => {
  it.each(['zh', 'en'] as const)('in %s', (lang) => {
    fc.assert(
      fc.property(views, ({ filters, sort, typed }) => {
        for (const q of typed) queryProjects(rows, { ...filters, q }, sort, lang);
        const fast = queryProjects(rows, filters, sort, lang);
        const plain = filterAndCount(sortProjects(rows, sort, lang), filters, projectAccessors);
        expect(Array.from(fast.shown, (i) => rows[i]?.project.id)).toEqual(
          plain.rows.map((r) => r.project.id),
        );
        for (const facet of ['district', 'category', 'status'] as const)
          expect(nonZero(fast.counts[facet])).toEqual(nonZero(plain.counts[facet]));
      }),
      { numRuns: 300, seed: 20_240_101 },
    );
  });
});
