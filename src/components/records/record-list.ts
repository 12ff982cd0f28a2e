import type { ReactNode } from 'react';
import type { Source, SourceRef } from '@/data/schema';
import type { CsvCell } from '@/lib/export';
import { LOCALE, pick, type Lang } from '@/lib/i18n';
import type { ParamSpec, SortValue, UrlValues } from '@/lib/url-state';
import {
  compareNumbers,
  compareStrings,
  filterAndCount,
  queryRows,
  type FacetValue,
  type QueryResult,
  type RecordFilters,
  type RowReader,
  type SortKey,
  type SortKeys,
} from '@/tracker/record-query';
import type { Tracker } from '@/tracker/tracker';
import { fieldWords, type RecordLabels, type Words } from './labels';
import { listJson } from './model/export-notes';

/**
 * A record list (projects, targets, figures) is its rows and one definition per column: the
 * column's header in both languages, its table cell, how it sorts, the facet that filters by
 * it, the deadline window it answers to, its cells in the CSV and what it adds to a record in
 * the JSON. The table, the filter bar, the sort, the URL parameters and both exports read those
 * definitions, so adding a column to a list is one entry in its file (lists/*-list.tsx).
 * Everything here but the cells is pure and runs under Node.
 */

/** What a column reads its values with: the reader's language, the words of coded values, the model. */
export type ListKit = {
  lang: Lang;
  labels: RecordLabels;
  tracker: Tracker;
  /** At export: an app path (`/sources/<id>#q-3`) as an absolute link; the path when absent. */
  href?: (path: string) => string;
};

/** Links to record pages (`/projects/<id>`), carrying `?data=` and `?lang=` (record-cells.tsx). */
export type RecordLinks = { href: (path: string) => string; open: (path: string) => void };

/** What a table cell renders with. */
export type CellKit = { lang: Lang; labels: RecordLabels; links: RecordLinks };

/** One cell of a column in the CSV export. */
export type ExportCell<Row> = {
  /** Its header; the column's own when absent. */
  header?: Words;
  value: (row: Row, kit: ListKit) => CsvCell;
};

/** A filter by a column's values, with the count beside each value. */
export type Facet<Row> = {
  /** Its URL parameter; the column's id when absent. */
  param?: string;
  /** A row's values (a target linked to projects of two categories has two). */
  value: (row: Row) => FacetValue;
  /** Every value this dataset can have, in the order the filter lists them. */
  values: (tracker: Tracker) => readonly string[];
  /** A value in the reader's language. */
  label: (value: string, kit: ListKit) => string;
  /**
   * Values that nest (periods: a quarter within its half within its year): how deep a value
   * sits, its options indented under the value they lie in. A row then carries every value it
   * lies in, so ticking a year finds the rows of its quarters and months too.
   */
  depth?: (value: string) => number;
};

export type ListColumn<Row> = {
  /** The table column's id and the column's name in links (`sort=-investment`). */
  id: string;
  header: Words;
  /** Its table cell; a column without one is only exported. */
  cell?: (row: Row, kit: CellKit) => ReactNode;
  /** Its cells name the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Numbers: aligned as numbers, sorted largest first. */
  numeric?: boolean;
  /** Shown right after the row header in the table; the exports keep it where it is listed. */
  lead?: boolean;
  /** How it sorts; a column without one does not. */
  sort?: (kit: ListKit) => SortKey<Row>;
  facet?: Facet<Row>;
  /** The date the deadline window (`from`, `to`) reads; one column of a list at most. */
  window?: (row: Row) => string | null;
  /** Its cells in the CSV, in order; none when absent. */
  csv?: readonly ExportCell<Row>[];
  /** What it adds to each record of the JSON export (values the view derived). */
  json?: (row: Row) => Record<string, unknown>;
};

/** What every list's row has: its search text and its district (when the dataset has it). */
export type ListRow = {
  searchText: string;
  district: { nameZh: string; nameEn: string } | undefined;
};

/** What every list's record has: an id, a district and the pages it cites. */
type ListedRecord = { id: string; districtId: string; sourceRefs: readonly SourceRef[] };

type ListSpec<Row> = {
  name: 'projects' | 'targets' | 'figures';
  rows: (tracker: Tracker) => readonly Row[];
  record: (row: Row) => ListedRecord;
  /** The order when the link names none. */
  defaultSort: SortValue | null;
  /** In the CSV's order; the id comes first and the pages and quotes last, in every list. */
  columns: readonly ListColumn<Row>[];
  /** Lines the zip's README adds about the rows exported (`[label, value]`), after the notes. */
  readme?: (rows: readonly Row[], kit: ListKit) => [string, string][];
};

export type FacetColumn<Row> = ListColumn<Row> & { facet: Facet<Row>; param: string };

export type RecordList<Row> = Omit<ListSpec<Row>, 'columns'> & {
  columns: readonly ListColumn<Row>[];
  id: (row: Row) => string;
  read: RowReader<Row>;
  /** The columns that filter, in order (the district first). */
  facets: readonly FacetColumn<Row>[];
  /** The id of the column that names each row. */
  rowHeader: string;
};

/** Sorted by text in the reader's language and its collation. */
export const byText =
  <Row>(value: (row: Row, kit: ListKit) => string | null) =>
  (kit: ListKit): SortKey<Row> => {
    const { compare } = new Intl.Collator(LOCALE[kit.lang]);
    return { value: (row) => value(row, kit), compare };
  };

export const byNumber =
  <Row>(value: (row: Row) => number | null) =>
  (): SortKey<Row> => ({ value, compare: compareNumbers });

/** Code-unit order: ISO dates, periods. */
export const byCode =
  <Row>(value: (row: Row) => string | null) =>
  (): SortKey<Row> => ({ value, compare: compareStrings });

/** Sorted by where the value stands in `order` (states, most pressing first). */
export const byRank = <Row, Value extends string>(
  order: readonly Value[],
  value: (row: Row) => Value,
) => byNumber<Row>((row) => order.indexOf(value(row)));

/** The columns every list has and writes the same way: the record's id, its pages and quotes. */
function sharedColumns<Row>(record: (row: Row) => ListedRecord) {
  const refs = (row: Row) => record(row).sourceRefs;
  const exported = (
    id: 'id' | 'source' | 'quote',
    value: ExportCell<Row>['value'],
  ): ListColumn<Row> => ({
    id,
    header: fieldWords(id),
    csv: [{ value }],
  });
  return {
    first: [exported('id', (row) => record(row).id)],
    last: [
      exported('source', (row) =>
        refs(row)
          .map((ref) => ref.sourceId)
          .join('; '),
      ),
      exported('quote', (row) =>
        refs(row)
          .map((ref) => ref.quote)
          .join(' / '),
      ),
    ],
  };
}

/** A list from its rows and columns; the district facet comes first (lists/district-column). */
export function recordList<Row extends ListRow>(spec: ListSpec<Row>): RecordList<Row> {
  const shared = sharedColumns(spec.record);
  const columns = [...shared.first, ...spec.columns, ...shared.last];
  const facets = columns.flatMap((column): FacetColumn<Row>[] =>
    column.facet
      ? [{ ...column, facet: column.facet, param: column.facet.param ?? column.id }]
      : [],
  );
  const window = columns.find((column) => column.window)?.window;
  return {
    ...spec,
    columns,
    id: (row) => spec.record(row).id,
    read: {
      facets: Object.fromEntries(facets.map((column) => [column.param, column.facet.value])),
      ...(window ? { date: window } : {}),
      sourceIds: (row) => spec.record(row).sourceRefs.map((ref) => ref.sourceId),
      searchText: (row) => row.searchText,
    },
    facets,
    rowHeader: columns.find((column) => column.rowHeader)?.id ?? '',
  };
}

/** How each column sorts, by column id, for the reader's language. */
export function sortKeysOf<Row>(list: RecordList<Row>, kit: ListKit): SortKeys<Row> {
  return Object.fromEntries(
    list.columns.flatMap((column) => (column.sort ? [[column.id, column.sort(kit)]] : [])),
  );
}

/** The URL parameters a list understands, with the values this dataset allows. */
export function listParamSpecs<Row>(list: RecordList<Row>, tracker: Tracker) {
  const facets = Object.fromEntries(
    list.facets.map((column) => [
      column.param,
      { kind: 'list', allowed: new Set(column.facet.values(tracker)) } satisfies ParamSpec,
    ]),
  );
  const sortable = new Set(list.columns.filter((column) => column.sort).map((c) => c.id));
  return {
    ...facets,
    q: { kind: 'text', maxLength: 200 },
    ...(list.read.date ? { from: { kind: 'date' }, to: { kind: 'date' } } : {}),
    source: { kind: 'one', allowed: (id: string) => tracker.sourceById.has(id) },
    sort: { kind: 'sort', allowed: sortable },
  } as Record<string, ParamSpec>;
}

export type ListValues = UrlValues<Record<string, ParamSpec>>;

/** The filters in a list's URL values. */
export function filtersOf<Row>(list: RecordList<Row>, values: ListValues): RecordFilters {
  const text = (name: string) =>
    typeof values[name] === 'string' ? (values[name] as string) : null;
  return {
    facets: Object.fromEntries(
      list.facets.map(({ param }) => {
        const ticked = values[param];
        return [param, Array.isArray(ticked) ? ticked : []];
      }),
    ),
    q: text('q') ?? '',
    from: text('from'),
    to: text('to'),
    source: text('source'),
  };
}

/** Everything "clear all" empties; the sort order is kept. */
export function clearedFilters<Row>(list: RecordList<Row>): Partial<ListValues> {
  return {
    ...Object.fromEntries(list.facets.map(({ param }) => [param, []])),
    q: '',
    ...(list.read.date ? { from: null, to: null } : {}),
    source: null,
  };
}

/** What a list shows for its URL values: the rows in order and the counts beside each option. */
export function queryList<Row>(
  list: RecordList<Row>,
  values: ListValues,
  kit: ListKit,
): QueryResult<Row> & { filters: RecordFilters; sort: SortValue | null } {
  const filters = filtersOf(list, values);
  const sort = (values.sort as SortValue | null) ?? list.defaultSort;
  const rows = list.rows(kit.tracker);
  return {
    ...queryRows(rows, filters, sort, list.read, sortKeysOf(list, kit)),
    filters,
    sort,
  };
}

/**
 * Which of `rows` (rows the list leaves out: targets not yet announced on the as-of date) the
 * filters in force would let through, the facets named in `except` aside (a state those rows
 * cannot have): what "N more …" counts "within the other filters".
 */
export function rowsWithin<Row>(
  list: RecordList<Row>,
  rows: readonly Row[],
  filters: RecordFilters,
  except: readonly string[],
): Row[] {
  const facets = Object.fromEntries(
    Object.entries(filters.facets).map(([name, ticked]) => [
      name,
      except.includes(name) ? [] : ticked,
    ]),
  );
  return filterAndCount(rows, { ...filters, facets }, list.read).rows;
}

/** The CSV export: a header in the reader's language and one row of cells per record shown. */
export function listCsv<Row>(list: RecordList<Row>, rows: readonly Row[], kit: ListKit) {
  const cells = list.columns.flatMap((column) =>
    (column.csv ?? []).map((cell) => ({ header: cell.header ?? column.header, value: cell.value })),
  );
  return {
    header: cells.map((cell) => cell.header[kit.lang]),
    rows: rows.map((row) => cells.map((cell) => cell.value(row, kit))),
  };
}

/**
 * The JSON export: the records as the dataset holds them, with their district's names and what
 * the columns derived for them, and what made the selection.
 */
export function listJsonOf<Row extends ListRow>(
  list: RecordList<Row>,
  sources: readonly Source[],
  rows: readonly Row[],
  context: { url: string; exportedAt: string; asOf?: string; filters: unknown; total: number },
) {
  return listJson(
    list.name,
    sources,
    rows,
    {
      refs: (row) => list.record(row).sourceRefs,
      record: (row) => {
        const { district } = row;
        return Object.assign(
          {
            ...list.record(row),
            districtNameZh: district?.nameZh ?? null,
            districtNameEn: district?.nameEn ?? null,
          },
          ...list.columns.map((column) => column.json?.(row) ?? {}),
        ) as Record<string, unknown>;
      },
    },
    context,
  );
}

/** A district's name in the reader's language; '' when the dataset has no such district. */
export const districtName = (
  lang: Lang,
  district: { nameZh: string; nameEn: string } | undefined,
) => (district ? pick(lang, district.nameZh, district.nameEn) : '');
