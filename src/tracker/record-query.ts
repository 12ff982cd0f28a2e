import { searchQuery } from '@/lib/search-text';
import type { SortValue } from '@/lib/url-state';

/**
 * The one engine behind every record list (/projects, /targets, /figures): filters, search,
 * the counts beside each filter option, and sorting — plain functions over the tracker's rows,
 * table-tested in record-query.test.ts. At the real size (hundreds of rows, thousands at ten
 * times the pages) one pass per keystroke is far below a frame (docs/performance.md).
 */

/** A facet value of a row; a row can carry several (a target linked to projects of two categories). */
export type FacetValue = string | readonly string[];

export type RecordFilters = {
  /** Ticked values per facet name; an empty list does not filter. */
  facets: Readonly<Record<string, readonly string[]>>;
  q: string;
  from: string | null;
  to: string | null;
  source: string | null;
};

/** How a list reads its rows. */
export type RowReader<Row> = {
  facets: Readonly<Record<string, (row: Row) => FacetValue>>;
  /** The date the from/to window applies to (a deadline); lists without one have none. */
  date?: (row: Row) => string | null;
  sourceIds: (row: Row) => readonly string[];
  /** Folded text in both languages that the search box looks through (`foldForSearch`). */
  searchText: (row: Row) => string;
};

/**
 * Search terms: the query split on spaces, each folded as the rows' text is (full width, dashes,
 * case, a district's suffix: lib/search-text.ts); a row must contain all of them.
 */
export function searchTerms(q: string): string[] {
  return searchQuery(q).terms;
}

type Test<Row> = (row: Row) => boolean;

const matches = (value: FacetValue, allowed: ReadonlySet<string>) =>
  typeof value === 'string' ? allowed.has(value) : value.some((v) => allowed.has(v));

/** The tests every row must pass whatever the facets: source, date window, search. */
function commonTests<Row>(filters: RecordFilters, read: RowReader<Row>): Test<Row>[] {
  const tests: Test<Row>[] = [];
  if (filters.source) {
    const source = filters.source;
    tests.push((row) => read.sourceIds(row).includes(source));
  }
  if ((filters.from || filters.to) && read.date) {
    const date = read.date;
    const from = filters.from ?? '0000-00-00';
    const to = filters.to ?? '9999-99-99';
    tests.push((row) => {
      const value = date(row);
      return value !== null && value >= from && value <= to;
    });
  }
  const terms = searchTerms(filters.q);
  if (terms.length) {
    tests.push((row) => {
      const text = read.searchText(row);
      return terms.every((term) => text.includes(term));
    });
  }
  return tests;
}

export type QueryResult<Row> = {
  /** The rows shown, filtered, in list order (not yet sorted). */
  rows: Row[];
  /** Per facet, how many rows each value would show given every other filter. */
  counts: Record<string, Map<string, number>>;
};

/**
 * One pass for the rows shown and every facet's counts: a row that fails only one facet's test
 * still counts for that facet (what ticking it would add), a row that fails two counts nowhere.
 */
export function filterAndCount<Row>(
  rows: readonly Row[],
  filters: RecordFilters,
  read: RowReader<Row>,
): QueryResult<Row> {
  const common = commonTests(filters, read);
  const names = Object.keys(read.facets);
  const facetTests = names.map((name) => {
    const ticked = filters.facets[name];
    const accessor = read.facets[name];
    if (!ticked?.length || !accessor) return null;
    const allowed = new Set(ticked);
    return (row: Row) => matches(accessor(row), allowed);
  });
  const counts: Record<string, Map<string, number>> = Object.fromEntries(
    names.map((name) => [name, new Map<string, number>()]),
  );
  const add = (index: number, row: Row) => {
    const name = names[index] as string;
    const accessor = read.facets[name];
    const map = counts[name];
    if (!accessor || !map) return;
    const value = accessor(row);
    for (const v of typeof value === 'string' ? [value] : new Set(value))
      map.set(v, (map.get(v) ?? 0) + 1);
  };
  const shown: Row[] = [];
  for (const row of rows) {
    if (!common.every((test) => test(row))) continue;
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < facetTests.length && failures < 2; i++) {
      const test = facetTests[i];
      if (test && !test(row)) {
        failures += 1;
        failed = i;
      }
    }
    if (failures === 0) {
      shown.push(row);
      for (let i = 0; i < names.length; i++) add(i, row);
    } else if (failures === 1) {
      add(failed, row);
    }
  }
  return { rows: shown, counts };
}

/** What a sortable column orders by, and how two values compare. */
export type SortKey<Row> =
  | { value: (row: Row) => string | null; compare: (a: string, b: string) => number }
  | { value: (row: Row) => number | null; compare: (a: number, b: number) => number };

export type SortKeys<Row> = Readonly<Record<string, SortKey<Row>>>;

/** Nulls (no deadline, no amount) go last in either direction: they are not "smallest". */
export function compareNullable<T>(
  a: T | null | undefined,
  b: T | null | undefined,
  compare: (x: T, y: T) => number,
  desc: boolean,
): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = compare(a, b);
  return desc ? -order : order;
}

/** A stable sort by one key; ties keep the list's order; missing values last either way. */
export function sortRows<Row>(
  rows: readonly Row[],
  sort: SortValue | null,
  keys: SortKeys<Row>,
): Row[] {
  const key = sort ? keys[sort.key] : undefined;
  if (!sort || !key) return rows.slice();
  const value = key.value as (row: Row) => string | number | null;
  const compare = key.compare as (a: string | number, b: string | number) => number;
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => compareNullable(a.value, b.value, compare, sort.desc) || a.index - b.index)
    .map(({ row }) => row);
}

export const compareNumbers = (a: number, b: number) => a - b;
/** Code-unit order: right for ISO dates, periods and ids. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Filtered, counted and sorted: what a list shows for one state of its URL. */
export function queryRows<Row>(
  rows: readonly Row[],
  filters: RecordFilters,
  sort: SortValue | null,
  read: RowReader<Row>,
  keys: SortKeys<Row>,
): QueryResult<Row> {
  const result = filterAndCount(rows, filters, read);
  return { rows: sortRows(result.rows, sort, keys), counts: result.counts };
}
