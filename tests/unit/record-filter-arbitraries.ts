import fc from 'fast-check';
import type { RecordFilters } from '@/components/records/model/row-filter';
import type { SortValue } from '@/lib/url-state';

/**
 * Random list views for differential tests of the fast filter pipeline against the plain one:
 * filters drawn from the values a dataset really has (plus a few it has not), search queries
 * cut from the rows' own text (so they match something) in the middle of being typed, and a
 * sort choice.
 */
export type ListView = { filters: RecordFilters; sort: SortValue | null; typed: string[] };

export function listViews(domain: {
  districts: readonly string[];
  categories: readonly string[];
  statuses: readonly string[];
  states?: readonly string[];
  sources: readonly string[];
  dates: readonly string[];
  texts: readonly string[];
  sortKeys: readonly string[];
}): fc.Arbitrary<ListView> {
  // Mostly unfiltered, so that many views show many rows (and orders and counts are tested).
  const subset = (values: readonly string[]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<string[]>([]) },
      fc.subarray([...values, 'no-such-value'], { maxLength: Math.min(3, values.length + 1) }),
    );
  const word = fc
    .tuple(fc.constantFrom(...domain.texts), fc.nat(), fc.integer({ min: 1, max: 4 }))
    .map(([text, at, length]) => {
      const start = at % Math.max(1, text.length);
      return text.slice(start, start + length).trim();
    });
  const query = fc.oneof(
    fc.constant(''),
    fc
      .array(fc.oneof(word, fc.constantFrom('路', 'park', 'ZHENG', '2023', 'x')), { maxLength: 2 })
      .map((words) => words.join(' ')),
  );
  const rarely = <T>(value: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, value);
  const date = rarely(fc.constantFrom(...domain.dates));
  return fc
    .record({
      district: subset(domain.districts),
      category: subset(domain.categories),
      status: subset(domain.statuses),
      state: subset(domain.states ?? []),
      q: query,
      from: date,
      to: date,
      source: fc.option(fc.constantFrom(...domain.sources), { nil: null }),
      sort: fc.option(fc.record({ key: fc.constantFrom(...domain.sortKeys), desc: fc.boolean() }), {
        nil: null,
      }),
      // How far the last word was typed before the query was complete: the prefixes searched first.
      cut: fc.nat({ max: 3 }),
    })
    .map(({ sort, cut, ...filters }) => {
      const typed = Array.from({ length: cut }, (_, k) =>
        filters.q.slice(0, Math.max(0, filters.q.length - cut + k)),
      );
      return { filters: { ...filters, state: domain.states ? filters.state : [] }, sort, typed };
    });
}

/** Counts without the zeros (the plain pipeline leaves values it never counted out). */
export const nonZero = (counts: ReadonlyMap<string, number>) =>
  Object.fromEntries([...counts].filter(([, n]) => n > 0));
