import {
  figureBasisSchema,
  normalizedUnitSchema,
  projectCategorySchema,
  projectStageSchema,
  targetStatusSchema,
  type SourceRef,
} from '@/data/schema';
import { COUNTED_STATES, type DeadlineState } from '@/tracker/deadline-state';
import { LOCALE, pick, type Lang } from '@/lib/i18n';
import type { ParamSpec, SortValue, UrlValues } from '@/lib/url-state';
import {
  compareNumbers,
  compareStrings,
  queryRows,
  type QueryResult,
  type RecordFilters,
  type RowReader,
  type SortKeys,
} from './record-query';
import {
  UNLINKED_CATEGORY,
  type FigureRow,
  type ProjectRow,
  type TargetRow,
  type Tracker,
} from './tracker';

/**
 * The three record lists — projects, targets, figures — described once each: which rows, which
 * facets (with the values a link may name), which date the from/to window reads, how each
 * column sorts. One engine (record-query.ts) and one page (components/records/record-list-page)
 * serve all three; URL parameters read the same on every list.
 */

/** Gives a facet value's label in the reader's language (for sorting by label). */
export type FacetLabel = (facet: string, value: string) => string;

/** What a facet's values are, so the UI names them (a project's `status` is its stage). */
export type FacetKind =
  'district' | 'category' | 'stage' | 'status' | 'state' | 'period' | 'basis' | 'unit';

export type RecordList<Row> = {
  name: 'projects' | 'targets' | 'figures';
  rows: (tracker: Tracker) => readonly Row[];
  id: (row: Row) => string;
  read: RowReader<Row>;
  /** What each facet's values are. */
  facetKinds: Readonly<Record<string, FacetKind>>;
  /** Every value each facet can take in this dataset, in the order the filter lists them. */
  facetValues: (tracker: Tracker) => Record<string, readonly string[]>;
  sortKeys: (lang: Lang, label: FacetLabel) => SortKeys<Row>;
  /** The order when the link names none. */
  defaultSort: SortValue | null;
  /** The column the row is named by (its `<th scope="row">`). */
  rowHeader: string;
};

const collatorText = <Row>(lang: Lang) => {
  const { compare } = new Intl.Collator(LOCALE[lang]);
  return (value: (row: Row) => string | null) => ({ value, compare });
};

const districtName = (
  lang: Lang,
  row: { district: { nameZh: string; nameEn: string } | undefined },
) => (row.district ? pick(lang, row.district.nameZh, row.district.nameEn) : '');

/** What a list describes itself; recordList adds what every list reads the same way. */
type OwnList<Row> = Omit<RecordList<Row>, 'name' | 'id' | 'read'> & {
  read: Pick<RowReader<Row>, 'facets' | 'date'>;
};

/**
 * A list of one kind of record (`recordOf` gives a row's). Every list reads from the record
 * the row's id, the pages it cites and the district facet (the first facet, every district of
 * the dataset its values), and searches the row's search text.
 */
function recordList<Row extends { searchText: string }>(
  name: RecordList<Row>['name'],
  recordOf: (row: Row) => { id: string; districtId: string; sourceRefs: readonly SourceRef[] },
  { read, facetKinds, facetValues, ...list }: OwnList<Row>,
): RecordList<Row> {
  return {
    ...list,
    name,
    id: (row) => recordOf(row).id,
    read: {
      facets: { district: (row) => recordOf(row).districtId, ...read.facets },
      ...(read.date ? { date: read.date } : {}),
      sourceIds: (row) => recordOf(row).sourceRefs.map((ref) => ref.sourceId),
      searchText: (row) => row.searchText,
    },
    facetKinds: { district: 'district', ...facetKinds },
    facetValues: (tracker) => ({
      district: tracker.districts.map((d) => d.id),
      ...facetValues(tracker),
    }),
  };
}

export const projectList = recordList('projects', (row: ProjectRow) => row.project, {
  rows: (tracker) => tracker.projects,
  read: {
    facets: {
      category: (row) => row.project.category,
      status: (row) => row.stage,
    },
    date: (row) => row.deadline,
  },
  facetKinds: { category: 'category', status: 'stage' },
  facetValues: () => ({
    category: projectCategorySchema.options,
    status: projectStageSchema.options,
  }),
  sortKeys: (lang, label) => {
    const text = collatorText<ProjectRow>(lang);
    return {
      name: text((row) => pick(lang, row.project.nameZh, row.project.nameEn)),
      district: text((row) => districtName(lang, row)),
      category: text((row) => label('category', row.project.category)),
      stage: text((row) => label('status', row.stage)),
      investment: { value: (row) => row.investment, compare: compareNumbers },
      deadline: { value: (row) => row.deadline, compare: compareStrings },
    };
  },
  defaultSort: null,
  rowHeader: 'name',
});

/** Most pressing first when sorting by deadline state. */
const STATE_ORDER: readonly DeadlineState[] = [
  'overdue',
  'due-soon',
  'missed',
  'upcoming',
  'met-late',
  'met-on-time',
  'met',
  'no-deadline',
];

export const TARGET_CATEGORIES = [...projectCategorySchema.options, UNLINKED_CATEGORY] as const;

export const targetList = recordList('targets', (row: TargetRow) => row.target, {
  rows: (tracker) => tracker.targets,
  read: {
    facets: {
      category: (row) => row.categories,
      status: (row) => row.status,
      state: (row) => row.state,
    },
    date: (row) => row.target.deadline,
  },
  facetKinds: { category: 'category', status: 'status', state: 'state' },
  facetValues: () => ({
    category: TARGET_CATEGORIES,
    status: targetStatusSchema.options,
    state: COUNTED_STATES,
  }),
  sortKeys: (lang, label) => {
    const text = collatorText<TargetRow>(lang);
    return {
      statement: text((row) => pick(lang, row.target.statementZh, row.target.statementEn)),
      district: text((row) => districtName(lang, row)),
      category: text((row) => row.categories.map((c) => label('category', c)).join(' ')),
      deadline: { value: (row) => row.target.deadline, compare: compareStrings },
      status: {
        value: (row) => targetStatusSchema.options.indexOf(row.status),
        compare: compareNumbers,
      },
      state: { value: (row) => STATE_ORDER.indexOf(row.state), compare: compareNumbers },
    };
  },
  defaultSort: { key: 'deadline', desc: false },
  rowHeader: 'statement',
});

export const figureList = recordList('figures', (row: FigureRow) => row.figure, {
  rows: (tracker) => tracker.figures,
  read: {
    facets: {
      period: (row) => row.figure.period.slice(0, 4),
      basis: (row) => row.figure.basis,
      unit: (row) => row.figure.quantity.normalizedUnit,
    },
  },
  facetKinds: { period: 'period', basis: 'basis', unit: 'unit' },
  facetValues: (tracker) => ({
    period: [...new Set(tracker.figures.map((row) => row.figure.period.slice(0, 4)))].sort(),
    basis: figureBasisSchema.options,
    unit: normalizedUnitSchema.options,
  }),
  sortKeys: (lang) => {
    const text = collatorText<FigureRow>(lang);
    return {
      indicator: text((row) => pick(lang, row.figure.indicatorZh, row.figure.indicatorEn)),
      district: text((row) => districtName(lang, row)),
      period: { value: (row) => row.figure.period, compare: compareStrings },
      value: { value: (row) => row.figure.quantity.normalized, compare: compareNumbers },
    };
  },
  defaultSort: null,
  rowHeader: 'indicator',
});

/** The URL parameters a list understands, with the values this dataset allows. */
export function listParamSpecs<Row>(list: RecordList<Row>, tracker: Tracker) {
  const facets = Object.fromEntries(
    Object.entries(list.facetValues(tracker)).map(([name, values]) => [
      name,
      { kind: 'list', allowed: new Set(values) } satisfies ParamSpec,
    ]),
  );
  const sortKeys = new Set(Object.keys(list.sortKeys('zh', (_facet, value) => value)));
  return {
    ...facets,
    q: { kind: 'text', maxLength: 200 },
    ...(list.read.date ? { from: { kind: 'date' }, to: { kind: 'date' } } : {}),
    source: { kind: 'one', allowed: (id: string) => tracker.sourceById.has(id) },
    sort: { kind: 'sort', allowed: sortKeys },
  } as Record<string, ParamSpec>;
}

export type ListValues = UrlValues<Record<string, ParamSpec>>;

/** The filters in a list's URL values. */
export function filtersOf<Row>(list: RecordList<Row>, values: ListValues): RecordFilters {
  const facets: Record<string, readonly string[]> = {};
  for (const name of Object.keys(list.read.facets)) {
    const ticked = values[name];
    facets[name] = Array.isArray(ticked) ? ticked : [];
  }
  const text = (name: string) =>
    typeof values[name] === 'string' ? (values[name] as string) : null;
  return {
    facets,
    q: text('q') ?? '',
    from: text('from'),
    to: text('to'),
    source: text('source'),
  };
}

/** Everything "clear all" empties; the sort order is kept. */
export function clearedFilters<Row>(list: RecordList<Row>): Partial<ListValues> {
  return {
    ...Object.fromEntries(Object.keys(list.read.facets).map((name) => [name, []])),
    q: '',
    ...(list.read.date ? { from: null, to: null } : {}),
    source: null,
  };
}

/** What a list shows for its URL values: the rows in order and the counts beside each option. */
export function queryList<Row>(
  list: RecordList<Row>,
  tracker: Tracker,
  values: ListValues,
  lang: Lang,
  label: FacetLabel,
): QueryResult<Row> & { filters: RecordFilters; sort: SortValue | null } {
  const filters = filtersOf(list, values);
  const sort = (values.sort as SortValue | null) ?? list.defaultSort;
  return {
    ...queryRows(list.rows(tracker), filters, sort, list.read, list.sortKeys(lang, label)),
    filters,
    sort,
  };
}
