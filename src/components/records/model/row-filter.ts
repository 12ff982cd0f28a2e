import type { SortValue } from '@/lib/url-state';

/**
 * The filter pipeline every record table shares: one pass over rows already in display order,
 * so a keystroke costs a filter and never a sort (sorting happens once per sort choice).
 * A feature describes how to read its rows (`RowAccessors`); the filters come from the URL.
 */

export type RecordFilters = {
  district: readonly string[];
  category: readonly string[];
  status: readonly string[];
  /** Deadline state; only the targets view has it. */
  state?: readonly string[];
  q: string;
  from: string | null;
  to: string | null;
  source: string | null;
};

export type FacetName = 'district' | 'category' | 'status' | 'state';

/** A facet value of a row; a row can carry several (a target linked to projects of two categories). */
export type FacetValue = string | readonly string[];

export type RowAccessors<Row> = {
  district: (row: Row) => FacetValue;
  category: (row: Row) => FacetValue;
  status: (row: Row) => FacetValue;
  state?: (row: Row) => FacetValue;
  deadline: (row: Row) => string | null;
  sourceIds: (row: Row) => readonly string[];
  /** Lower-cased text in both languages that the search box looks through. */
  searchText: (row: Row) => string;
};

/** Search terms: lower-cased, split on spaces; a row must contain all of them. */
export function searchTerms(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
}

type Predicate<Row> = (row: Row) => boolean;

function predicates<Row>(
  filters: RecordFilters,
  read: RowAccessors<Row>,
  skip?: FacetName,
): Predicate<Row>[] {
  const tests: Predicate<Row>[] = [];
  const inSet = (facet: FacetName, values: readonly string[] | undefined) => {
    const accessor = read[facet];
    if (facet === skip || !values?.length || !accessor) return;
    const allowed = new Set(values);
    tests.push((row) => {
      const value = accessor(row);
      return typeof value === 'string' ? allowed.has(value) : value.some((v) => allowed.has(v));
    });
  };
  inSet('district', filters.district);
  inSet('category', filters.category);
  inSet('status', filters.status);
  inSet('state', filters.state);
  if (filters.source) {
    const source = filters.source;
    tests.push((row) => read.sourceIds(row).includes(source));
  }
  if (filters.from || filters.to) {
    const from = filters.from ?? '0000-00-00';
    const to = filters.to ?? '9999-99-99';
    tests.push((row) => {
      const deadline = read.deadline(row);
      return deadline !== null && deadline >= from && deadline <= to;
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

export function filterRows<Row>(
  rows: readonly Row[],
  filters: RecordFilters,
  read: RowAccessors<Row>,
): Row[] {
  const tests = predicates(filters, read);
  if (tests.length === 0) return rows.slice();
  return rows.filter((row) => tests.every((test) => test(row)));
}

/**
 * How many rows each value of one facet would show, given every other filter: the numbers
 * beside the checkboxes. Values with no rows are present with 0 when listed in `values`.
 */
export function facetCounts<Row>(
  rows: readonly Row[],
  filters: RecordFilters,
  read: RowAccessors<Row>,
  facet: FacetName,
  values: readonly string[] = [],
): Map<string, number> {
  const accessor = read[facet];
  const counts = new Map<string, number>(values.map((value) => [value, 0]));
  if (!accessor) return counts;
  const tests = predicates(filters, read, facet);
  for (const row of rows) {
    if (!tests.every((test) => test(row))) continue;
    const value = accessor(row);
    if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
    else for (const v of new Set(value)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/**
 * The rows whose text contains every search term. The plain reading: the app's lists search
 * through `record-index.ts`, which also narrows a search that extends the previous one.
 */
export function searchRows<Row>(rows: readonly Row[], q: string, read: RowAccessors<Row>): Row[] {
  const terms = searchTerms(q);
  if (terms.length === 0) return rows as Row[];
  return rows.filter((row) => {
    const text = read.searchText(row);
    return terms.every((term) => text.includes(term));
  });
}

const FACETS: readonly FacetName[] = ['district', 'category', 'status', 'state'];

/**
 * One pass for the rows shown and every facet's counts: a row that fails only one facet's
 * test still counts for that facet (what ticking it would add), a row that fails two counts
 * nowhere. Same results as `filterRows` plus `facetCounts` per facet, at the cost of one.
 */
export function filterAndCount<Row>(
  rows: readonly Row[],
  filters: RecordFilters,
  read: RowAccessors<Row>,
): { rows: Row[]; counts: Record<FacetName, Map<string, number>> } {
  const searched = searchRows(rows, filters.q, read);
  const common = predicates(
    { ...filters, q: '', district: [], category: [], status: [], state: [] },
    read,
  );
  const facetTests = FACETS.map((facet) => {
    const values = filters[facet];
    const accessor = read[facet];
    if (!values?.length || !accessor) return null;
    const allowed = new Set(values);
    return (row: Row) => {
      const value = accessor(row);
      return typeof value === 'string' ? allowed.has(value) : value.some((v) => allowed.has(v));
    };
  });
  const counts = {
    district: new Map<string, number>(),
    category: new Map<string, number>(),
    status: new Map<string, number>(),
    state: new Map<string, number>(),
  };
  const add = (facet: FacetName, row: Row) => {
    const accessor = read[facet];
    if (!accessor) return;
    const map = counts[facet];
    const value = accessor(row);
    if (typeof value === 'string') map.set(value, (map.get(value) ?? 0) + 1);
    else for (const v of new Set(value)) map.set(v, (map.get(v) ?? 0) + 1);
  };
  const shown: Row[] = [];
  for (const row of searched) {
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
      for (const facet of FACETS) add(facet, row);
    } else if (failures === 1) {
      add(FACETS[failed] as FacetName, row);
    }
  }
  return { rows: shown, counts };
}

export type Comparator<Row> = (a: Row, b: Row) => number;

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

/**
 * A stable sort by one key; ties keep the incoming (dataset) order. Comparators receive
 * `desc` so they can keep missing values last.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  sort: SortValue | null,
  comparators: Record<string, (a: Row, b: Row, desc: boolean) => number>,
): Row[] {
  const compare = sort ? comparators[sort.key] : undefined;
  if (!sort || !compare) return rows.slice();
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row, b.row, sort.desc) || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * Comparators for `sortRows` from sort keys (the value a row sorts by, and how two values
 * compare): the plain reading of what `sortOrder` in record-index.ts computes faster.
 */
export function comparatorsOf<Row>(
  keys: Record<
    string,
    | { value: (row: Row) => string | null; compare: (a: string, b: string) => number }
    | { value: (row: Row) => number | null; compare: (a: number, b: number) => number }
  >,
): Record<string, (a: Row, b: Row, desc: boolean) => number> {
  return Object.fromEntries(
    Object.entries(keys).map(([name, key]) => {
      const value = key.value as (row: Row) => string | number | null;
      const compare = key.compare as (a: string | number, b: string | number) => number;
      return [
        name,
        (a: Row, b: Row, desc: boolean) => compareNullable(value(a), value(b), compare, desc),
      ];
    }),
  );
}

export const compareNumbers = (a: number, b: number) => a - b;
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
