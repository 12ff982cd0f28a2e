import { LOCALE, type Lang } from '@/lib/i18n';
import type { SortValue } from '@/lib/url-state';
import { searchTerms, type FacetName, type RecordFilters, type RowAccessors } from './row-filter';

/**
 * A record list at scale (100,000 records). `row-filter.ts` says what the filters mean, row by
 * row; this module does the same work in a form that costs little per keystroke:
 *
 * - `recordIndex(rows, read)` reads every row once per row array (per dataset, or per as-of
 *   date for targets) into columns of small integers: a code per facet value, the deadline as
 *   a number, the cited sources, the search text;
 * - `queryRecords` walks the rows once in display order and returns the indexes shown plus the
 *   count beside every facet option, with typed-array lookups instead of string sets;
 * - searches are remembered per index, and a query that extends a remembered one only looks
 *   through that one's matches (typing), while erasing finds the earlier result again;
 * - `sortOrder` ranks each sort key's values once (one collation of the distinct values) and
 *   orders rows by rank with a counting sort, remembered per key and direction.
 *
 * The results are the same as `filterAndCount` + `sortRows` (a differential test holds them to
 * it); only the cost differs.
 */

/** The values of one column and, per row, the codes of its values (each value once). */
export type CodeColumn = {
  values: readonly string[];
  codeOf: ReadonlyMap<string, number>;
  /** Row i's codes are `items[offsets[i]]` … `items[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
  items: Int32Array;
  /** Every row has exactly one value: `items[i]` is row i's code. */
  single: boolean;
};

export type RecordIndex<Row> = {
  rows: readonly Row[];
  facets: Partial<Record<FacetName, CodeColumn>>;
  sources: CodeColumn;
  /** The deadline as the number yyyymmdd; 0 for none. */
  deadline: Int32Array;
  searchText: readonly string[];
  /** Remembered searches, most recent last. */
  searches: SearchResult[];
};

type SearchResult = { terms: string[]; matches: Int32Array; mask: Uint8Array | null };

export const FACET_NAMES: readonly FacetName[] = ['district', 'category', 'status', 'state'];

/** How many searches an index remembers (typing a word and erasing it stays within this). */
export const REMEMBERED_SEARCHES = 32;

export function codeColumn<Row>(
  rows: readonly Row[],
  read: (row: Row) => string | readonly string[],
): CodeColumn {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const offsets = new Int32Array(rows.length + 1);
  let items = new Int32Array(rows.length);
  let used = 0;
  let single = true;
  const codeFor = (value: string) => {
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    return code;
  };
  const push = (code: number) => {
    if (used === items.length) {
      const grown = new Int32Array(items.length * 2 + 16);
      grown.set(items);
      items = grown;
    }
    items[used++] = code;
  };
  for (let i = 0; i < rows.length; i++) {
    offsets[i] = used;
    const value = read(rows[i] as Row);
    if (typeof value === 'string') {
      push(codeFor(value));
      continue;
    }
    const start = used;
    for (const each of value) {
      const code = codeFor(each);
      let seen = false;
      for (let k = start; k < used && !seen; k++) seen = items[k] === code;
      if (!seen) push(code);
    }
    if (used - start !== 1) single = false;
  }
  offsets[rows.length] = used;
  return { values, codeOf, offsets, items: items.slice(0, used), single };
}

/** `2021-03-31` → 20210331; anything else (no deadline) → 0. */
export function dateNumber(date: string | null): number {
  if (!date || date.length < 10) return 0;
  return (
    Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  );
}

const indexes = new WeakMap<readonly unknown[], RecordIndex<unknown>>();

/** The index of a row array, built on first use and kept as long as the array lives. */
export function recordIndex<Row>(rows: readonly Row[], read: RowAccessors<Row>): RecordIndex<Row> {
  const known = indexes.get(rows);
  if (known) return known as RecordIndex<Row>;
  const facets: Partial<Record<FacetName, CodeColumn>> = {};
  for (const name of FACET_NAMES) {
    const accessor = read[name];
    if (accessor) facets[name] = codeColumn(rows, accessor);
  }
  const deadline = new Int32Array(rows.length);
  const searchText: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    deadline[i] = dateNumber(read.deadline(row));
    searchText[i] = read.searchText(row);
  }
  const index: RecordIndex<Row> = {
    rows,
    facets,
    sources: codeColumn(rows, read.sourceIds),
    deadline,
    searchText,
    searches: [],
  };
  indexes.set(rows, index as RecordIndex<unknown>);
  return index;
}

/** True when every row containing all of `terms` contains all of `known` too. */
function narrows(terms: readonly string[], known: readonly string[]): boolean {
  return known.every((k) => terms.some((t) => t.includes(k)));
}

/**
 * The rows (ascending indexes) whose search text contains every term of `q`, or null when `q`
 * has no terms. Looks only through the smallest remembered result the new terms narrow.
 */
export function searchIndex<Row>(index: RecordIndex<Row>, q: string): SearchResult | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const key = terms.join('\u0000');
  const { searches, searchText } = index;
  let base: SearchResult | null = null;
  for (let k = searches.length - 1; k >= 0; k--) {
    const known = searches[k] as SearchResult;
    if (known.terms.join('\u0000') === key) {
      searches.splice(k, 1);
      searches.push(known);
      return known;
    }
    if (narrows(terms, known.terms) && (!base || known.matches.length < base.matches.length))
      base = known;
  }
  const found = new Int32Array(base ? base.matches.length : searchText.length);
  let count = 0;
  const termCount = terms.length;
  const test = (i: number) => {
    const text = searchText[i] as string;
    for (let t = 0; t < termCount; t++) if (!text.includes(terms[t] as string)) return;
    found[count++] = i;
  };
  if (base) for (const i of base.matches) test(i);
  else for (let i = 0; i < searchText.length; i++) test(i);
  const result: SearchResult = { terms, matches: found.slice(0, count), mask: null };
  searches.push(result);
  if (searches.length > REMEMBERED_SEARCHES) searches.shift();
  return result;
}

function searchMask(result: SearchResult, size: number): Uint8Array {
  if (!result.mask) {
    const mask = new Uint8Array(size);
    for (const i of result.matches) mask[i] = 1;
    result.mask = mask;
  }
  return result.mask;
}

export type FacetCounts = Record<FacetName, Map<string, number>>;

export type RecordQueryResult = {
  /** Indexes of the rows shown, in display order. */
  shown: Int32Array;
  /**
   * Per facet and value, the rows that value would show given every other filter (the
   * numbers beside the checkboxes). Every value of the column is present, 0 included.
   */
  counts: FacetCounts;
};

/** Whether row `row` has a value `allowed` marks: its one code, or any of its codes. */
function hasAllowed(column: CodeColumn, allowed: Uint8Array, row: number): boolean {
  const { items, offsets } = column;
  if (column.single) return allowed[items[row] as number] === 1;
  for (let k = offsets[row] as number; k < (offsets[row + 1] as number); k++)
    if (allowed[items[k] as number] === 1) return true;
  return false;
}

/** Adds row `row` to the counts of each of its values. */
function addCounts(column: CodeColumn, counts: Int32Array, row: number): void {
  const { items, offsets } = column;
  if (column.single) {
    counts[items[row] as number]! += 1;
    return;
  }
  for (let k = offsets[row] as number; k < (offsets[row + 1] as number); k++)
    counts[items[k] as number]! += 1;
}

/**
 * One pass over the rows in `order` (indexes; null for the rows' own order): the rows every
 * filter lets through, and each facet's counts. A row that fails only one facet's test still
 * counts for that facet (what ticking it would add); a row failing two counts nowhere.
 */
export function queryRecords<Row>(
  index: RecordIndex<Row>,
  filters: RecordFilters,
  order: Int32Array | null = null,
): RecordQueryResult {
  const size = index.rows.length;
  const search = searchIndex(index, filters.q);
  const mask = search ? searchMask(search, size) : null;

  const sourceCode =
    filters.source === null ? -1 : (index.sources.codeOf.get(filters.source) ?? -2);
  const windowed = Boolean(filters.from || filters.to);
  const from = filters.from ? dateNumber(filters.from) : 0;
  const to = filters.to ? dateNumber(filters.to) : 99_999_999;

  // Every facet's column and counts, and the facets a filter is set on (indexes into those).
  const names: FacetName[] = [];
  const columns: CodeColumn[] = [];
  const counts: Int32Array[] = [];
  const active: number[] = [];
  const allowed: Uint8Array[] = [];
  for (const name of FACET_NAMES) {
    const column = index.facets[name];
    if (!column) continue;
    names.push(name);
    columns.push(column);
    counts.push(new Int32Array(column.values.length));
    const selected = filters[name];
    if (!selected?.length) continue;
    const marks = new Uint8Array(column.values.length);
    for (const value of selected) {
      const code = column.codeOf.get(value);
      if (code !== undefined) marks[code] = 1;
    }
    active.push(columns.length - 1);
    allowed.push(marks);
  }
  const facetCount = columns.length;
  const activeCount = active.length;

  const shown = new Int32Array(search ? search.matches.length : size);
  let shownCount = 0;
  const total = order ? order.length : size;
  const deadlines = index.deadline;
  for (let k = 0; k < total; k++) {
    const i = order ? (order[k] as number) : k;
    if (mask !== null && mask[i] === 0) continue;
    if (sourceCode !== -1 && (sourceCode === -2 || !hasCode(index.sources, sourceCode, i)))
      continue;
    if (windowed) {
      const deadline = deadlines[i] as number;
      if (deadline === 0 || deadline < from || deadline > to) continue;
    }
    let failed = -1;
    let failures = 0;
    for (let a = 0; a < activeCount && failures < 2; a++) {
      if (!hasAllowed(columns[active[a] as number] as CodeColumn, allowed[a] as Uint8Array, i)) {
        failures += 1;
        failed = active[a] as number;
      }
    }
    if (failures === 0) {
      shown[shownCount++] = i;
      for (let f = 0; f < facetCount; f++)
        addCounts(columns[f] as CodeColumn, counts[f] as Int32Array, i);
    } else if (failures === 1) {
      addCounts(columns[failed] as CodeColumn, counts[failed] as Int32Array, i);
    }
  }

  const byFacet: FacetCounts = {
    district: new Map(),
    category: new Map(),
    status: new Map(),
    state: new Map(),
  };
  names.forEach((name, f) => {
    const numbers = counts[f] as Int32Array;
    (columns[f] as CodeColumn).values.forEach((value, code) =>
      byFacet[name].set(value, numbers[code] as number),
    );
  });
  return {
    shown: shownCount === shown.length ? shown : shown.slice(0, shownCount),
    counts: byFacet,
  };
}

function hasCode(column: CodeColumn, code: number, row: number): boolean {
  for (let k = column.offsets[row] as number; k < (column.offsets[row + 1] as number); k++)
    if (column.items[k] === code) return true;
  return false;
}

/** The rows of `indexes` (as `queryRecords` returns them) as an array of rows. */
export function rowsAt<Row>(rows: readonly Row[], indexes: ArrayLike<number>): Row[] {
  const out = new Array<Row>(indexes.length);
  for (let k = 0; k < indexes.length; k++) out[k] = rows[indexes[k] as number] as Row;
  return out;
}

/**
 * How to order rows by one column: the value a row sorts by (null: no value, always last) and
 * how two values compare ascending.
 */
export type SortKey<Row, Value extends string | number = string | number> = {
  value: (row: Row) => Value | null;
  compare: (a: Value, b: Value) => number;
};

export type SortKeys<Row> = Record<string, SortKey<Row, string> | SortKey<Row, number>>;

/**
 * A list's sort keys, built once per language and kept: `text` orders a column's strings with
 * that language's collation (names sort differently in Chinese and English).
 */
export function sortKeysPerLanguage<Row>(
  build: (lang: Lang, text: (value: (row: Row) => string) => SortKey<Row, string>) => SortKeys<Row>,
): (lang: Lang) => SortKeys<Row> {
  const built = new Map<Lang, SortKeys<Row>>();
  return (lang) => {
    let keys = built.get(lang);
    if (!keys) {
      const { compare } = new Intl.Collator(LOCALE[lang]);
      keys = build(lang, (value) => ({ value, compare }));
      built.set(lang, keys);
    }
    return keys;
  };
}

type SortCache = {
  ranks: Map<string, { rank: Int32Array; levels: number }>;
  orders: Map<string, Int32Array>;
};
const sortCaches = new WeakMap<readonly unknown[], SortCache>();

/**
 * Per row, the rank of its value among the column's distinct values (values that compare
 * equal share a rank), -1 when it has none; `levels` is the number of distinct ranks.
 */
export function rankRows<Row>(
  rows: readonly Row[],
  key: SortKey<Row, string> | SortKey<Row, number> | SortKey<Row>,
): { rank: Int32Array; levels: number } {
  const compare = key.compare as (a: string | number, b: string | number) => number;
  const valueOf = new Array<string | number | null>(rows.length);
  const distinct = new Set<string | number>();
  for (let i = 0; i < rows.length; i++) {
    const value = key.value(rows[i] as Row);
    valueOf[i] = value;
    if (value !== null) distinct.add(value);
  }
  const sorted = [...distinct].sort(compare);
  const rankOf = new Map<string | number, number>();
  let level = -1;
  sorted.forEach((value, k) => {
    if (k === 0 || compare(sorted[k - 1] as string | number, value) !== 0) level += 1;
    rankOf.set(value, level);
  });
  const rank = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = valueOf[i];
    rank[i] = value === null || value === undefined ? -1 : (rankOf.get(value) as number);
  }
  return { rank, levels: level + 1 };
}

/**
 * Row indexes ordered by rank, ascending or descending; rows of equal rank keep their order in
 * the array (ascending index) either way, and rows without a value come last either way.
 * A counting sort: linear in the rows.
 */
export function orderByRank(rank: Int32Array, levels: number, desc: boolean): Int32Array {
  const buckets = new Int32Array(levels + 2);
  const bucketOf = (r: number) => (r < 0 ? levels : desc ? levels - 1 - r : r);
  for (let i = 0; i < rank.length; i++) buckets[bucketOf(rank[i] as number) + 1]! += 1;
  for (let b = 1; b < buckets.length; b++) buckets[b]! += buckets[b - 1] as number;
  const order = new Int32Array(rank.length);
  for (let i = 0; i < rank.length; i++) order[buckets[bucketOf(rank[i] as number)]!++] = i;
  return order;
}

function sortCache(rows: readonly unknown[]): SortCache {
  let cache = sortCaches.get(rows);
  if (!cache) sortCaches.set(rows, (cache = { ranks: new Map(), orders: new Map() }));
  return cache;
}

function ranksFor<Row>(rows: readonly Row[], name: string, keys: SortKeys<Row>, tag: string) {
  const { ranks } = sortCache(rows);
  const rankKey = `${tag}\u0000${name}`;
  let ranked = ranks.get(rankKey);
  if (!ranked) ranks.set(rankKey, (ranked = rankRows(rows, keys[name] as SortKey<Row>)));
  return ranked;
}

/**
 * The ranking each sort key still needs, one task per key, for an idle moment: then the first
 * click on a column header sorts as fast as the second (ranking 40,000 names by collation is
 * the slow part of a sort, and it happens once).
 */
export function pendingSortRanks<Row>(
  rows: readonly Row[],
  keys: SortKeys<Row>,
  tag: string,
): (() => void)[] {
  const { ranks } = sortCache(rows);
  return Object.keys(keys)
    .filter((name) => !ranks.has(`${tag}\u0000${name}`))
    .map((name) => () => void ranksFor(rows, name, keys, tag));
}

/**
 * The display order for a sort choice, as row indexes; null when there is no (known) sort
 * and the rows keep their own order. `tag` names what else the keys depend on (the
 * language): orders are remembered per row array, tag, key and direction.
 */
export function sortOrder<Row>(
  rows: readonly Row[],
  sort: SortValue | null,
  keys: SortKeys<Row>,
  tag: string,
): Int32Array | null {
  if (!sort || !Object.hasOwn(keys, sort.key)) return null;
  const { orders } = sortCache(rows);
  const orderKey = `${tag}\u0000${sort.key}\u0000${sort.desc ? 'desc' : 'asc'}`;
  let order = orders.get(orderKey);
  if (!order) {
    const ranked = ranksFor(rows, sort.key, keys, tag);
    order = orderByRank(ranked.rank, ranked.levels, sort.desc);
    orders.set(orderKey, order);
  }
  return order;
}
