import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetStatusSchema } from '@/data/schema';
import { DEADLINE_STATES } from '@/data/tracking/deadline-state';
import { filterAndCount } from '@/components/records/model/row-filter';
import { NO_STATUS_REPORTS, targetListRows } from '@/components/records/model/target-rows';
import { generateSyntheticDataset } from '../../../../tests/fixtures/synthetic-dataset';
import { listViews, nonZero } from '../../../../tests/unit/record-filter-arbitraries';
import {
  queryTargets,
  sortTargets,
  TARGET_CATEGORIES,
  TARGET_SORT_KEYS,
  targetAccessors,
} from './target-list';

/**
 * Property: for any view of a synthetic dataset on an as-of date, the fast pipeline
 * (`queryTargets`) shows the same targets in the same order, with the same counts beside every
 * option and deadline state, as the plain one (`sortTargets` + `filterAndCount`).
 */

const dataset = generateSyntheticDataset({ records: 900, seed: 11 });
const rowsAsOf = new Map(
  ['2021-01-01', '2023-06-30'].map((asOf) => [
    asOf,
    targetListRows(dataset, NO_STATUS_REPORTS, asOf),
  ]),
);
const views = listViews({
  districts: dataset.districts.map((d) => d.id),
  categories: TARGET_CATEGORIES,
  statuses: targetStatusSchema.options,
  states: DEADLINE_STATES,
  sources: dataset.sources.map((s) => s.id),
  dates: dataset.targets.flatMap((t) => (t.deadline ? [t.deadline] : [])),
  texts: dataset.targets.slice(0, 60).map((t) => `${t.statementZh} ${t.statementEn}`),
  sortKeys: TARGET_SORT_KEYS,
});

describe('queryTargets agrees with the plain filter and sort', () => {
  it.each(['zh', 'en'] as const)('in %s', (lang) => {
    fc.assert(
      fc.property(views, fc.constantFrom(...rowsAsOf.keys()), ({ filters, sort, typed }, asOf) => {
        const rows = rowsAsOf.get(asOf) ?? [];
        for (const q of typed) queryTargets(rows, { ...filters, q }, sort, lang);
        const fast = queryTargets(rows, filters, sort, lang);
        const plain = filterAndCount(sortTargets(rows, sort, lang), filters, targetAccessors);
        expect(Array.from(fast.shown, (i) => rows[i]?.target.id)).toEqual(
          plain.rows.map((r) => r.target.id),
        );
        for (const facet of ['district', 'category', 'status', 'state'] as const)
          expect(nonZero(fast.counts[facet])).toEqual(nonZero(plain.counts[facet]));
      }),
      { numRuns: 300, seed: 20_240_101 },
    );
  });
});
