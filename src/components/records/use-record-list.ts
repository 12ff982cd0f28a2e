import { useCallback, useMemo } from 'react';
import { localTimestamp } from '@/lib/format';
import { pick, useLang, useT, type Lang } from '@/lib/i18n';
import { useSimplifier } from '@/lib/simplify';
import { timed } from '@/lib/user-timing';
import {
  countActive,
  useUrlState,
  type ParamSpecs,
  type SortValue,
  type UrlStateUpdate,
} from '@/lib/url-state';
import {
  clearedFilters,
  filtersOf,
  listParamSpecs,
  type FacetKind,
  type ListValues,
  type RecordList,
} from '@/tracker/record-lists';
import { filterAndCount, sortRows, type RecordFilters } from '@/tracker/record-query';
import type { Tracker } from '@/tracker/tracker';
import { useTracker } from '@/tracker/use-tracker';
import type { FacetOption } from '@/components/filters/filter-controls';
import type { FacetConfig } from '@/components/filters/record-filter-bar';
import { fieldMessages, useRecordLabels, type RecordLabels } from './labels';
import { citedSources, describeFilters, exportNotes, type NoteWords } from './model/export-notes';
import { listMessages } from './list-messages';
import { sourceName } from './record-names';

/** The label of one value of a facet of the given kind, in the reader's language. */
export function facetValueLabel(
  kind: FacetKind | undefined,
  value: string,
  labels: RecordLabels,
  tracker: Tracker,
  lang: Lang,
): string {
  if (kind === 'district') {
    const district = tracker.districtById.get(value);
    return district ? pick(lang, district.nameZh, district.nameEn) : value;
  }
  const label: Partial<Record<FacetKind, (value: never) => string>> = {
    category: labels.category,
    stage: labels.stage,
    status: labels.status,
    state: labels.deadlineState,
    basis: labels.basis,
    unit: labels.unit,
  };
  const of = kind ? label[kind] : undefined;
  return of ? of(value as never) : value;
}

const FIELD_OF_KIND: Record<FacetKind, keyof (typeof fieldMessages)['zh']> = {
  district: 'district',
  category: 'category',
  stage: 'stage',
  status: 'status',
  state: 'deadlineState',
  period: 'period',
  basis: 'basis',
  unit: 'unit',
};

/**
 * Everything a record list page needs, for any list (projects, targets, figures): the URL's
 * values, the rows shown, the filter bar's facets with their counts and labels, what "clear"
 * does, and the export notes. One hook for every list, so they read and export alike.
 */
export function useRecordList<Row>(list: RecordList<Row>) {
  const tracker = useTracker();
  const { lang } = useLang();
  const f = useT(fieldMessages);
  const t = useT(listMessages);
  const labels = useRecordLabels();
  const specs = useMemo(() => listParamSpecs(list, tracker), [list, tracker]);
  const { values, ignored, update } = useUrlState(specs as ParamSpecs);
  const all = list.rows(tracker);

  const valueLabel = useCallback(
    (facet: string, value: string) =>
      facetValueLabel(list.facetKinds[facet], value, labels, tracker, lang),
    [list, labels, tracker, lang],
  );
  // Filtering (and the counts beside each option) and sorting are kept apart, so a new sort
  // order does not filter again and a new filter does not rebuild the sort keys.
  const filterKey = JSON.stringify(filtersOf(list, values as ListValues));
  // Traditional characters in the search box are searched as simplified ones, as on /search
  // (the converter loads once the box holds Chinese).
  const simplify = useSimplifier(typeof values.q === 'string' ? values.q : '');
  const filtered = useMemo(
    () =>
      timed(
        'records:query',
        () => {
          const filters = JSON.parse(filterKey) as RecordFilters;
          const searched = simplify ? { ...filters, q: simplify(filters.q) } : filters;
          return { filters, ...filterAndCount(all, searched, list.read) };
        },
        (r) => ({ rows: all.length, shown: r.rows.length }),
      ),
    [list, all, filterKey, simplify],
  );
  const urlSort = values.sort as SortValue | null;
  const sort = useMemo(
    () => urlSort ?? list.defaultSort,
    // The sort value is an object from the URL: compare it by what it says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [urlSort?.key, urlSort?.desc, list],
  );
  const sortKeys = useMemo(() => list.sortKeys(lang, valueLabel), [list, lang, valueLabel]);
  const rows = useMemo(() => sortRows(filtered.rows, sort, sortKeys), [filtered, sort, sortKeys]);
  const result = useMemo(() => ({ ...filtered, rows, sort }), [filtered, rows, sort]);

  const facetValues = useMemo(() => list.facetValues(tracker), [list, tracker]);
  const facets: FacetConfig[] = useMemo(
    () =>
      Object.entries(facetValues).map(([name, options]) => {
        const counts = filtered.counts[name] ?? new Map<string, number>();
        const ticked = filtered.filters.facets[name] ?? [];
        const kind = list.facetKinds[name];
        return {
          name,
          label: kind ? f(FIELD_OF_KIND[kind]) : name,
          options: options
            .filter((value) => (counts.get(value) ?? 0) > 0 || ticked.includes(value))
            .map((value) => ({
              value,
              label: valueLabel(name, value),
              count: counts.get(value) ?? 0,
            })),
        };
      }),
    // Not `result`: a re-sort keeps every facet and its counts.
    [facetValues, filtered, list, f, valueLabel],
  );

  const paramLabel = useCallback(
    (name: string) => {
      const kind = list.facetKinds[name];
      if (kind) return f(FIELD_OF_KIND[kind]);
      if (name === 'q') return t('paramQ');
      if (name === 'from') return t('paramFrom');
      if (name === 'to') return t('paramTo');
      if (name === 'source') return f('source');
      if (name === 'sort') return t('paramSort');
      return name;
    },
    [list, f, t],
  );

  const sourceOptions: FacetOption[] = useMemo(
    () =>
      tracker.sources.map((s) => ({
        value: s.id,
        label: `${sourceName(s, lang)} (${s.publishedOn})`,
      })),
    [tracker, lang],
  );

  /** The filters and order in force, flat as the URL names them (the JSON export's `filters`). */
  const filterValues = {
    ...result.filters.facets,
    q: result.filters.q,
    from: result.filters.from,
    to: result.filters.to,
    source: result.filters.source,
    sort: result.sort,
  };

  const activeCount = countActive(values, specs as ParamSpecs);
  const clear = useCallback(
    () => (update as UrlStateUpdate<ParamSpecs>)(clearedFilters(list)),
    [update, list],
  );

  const join = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const sourceTitle = (id: string) => {
    const source = tracker.sourceById.get(id);
    return source ? sourceName(source, lang) : id;
  };
  /** The filters in force as the reader reads them (the folded filter bar's button names them). */
  const activeFilters = describeFilters(filterValues, {
    param: paramLabel,
    value: (name, value) =>
      name === 'source'
        ? sourceTitle(value)
        : name === 'q'
          ? `“${value}”`
          : valueLabel(name, value),
    join,
  });

  /** The notes an export of the rows shown carries: link, time, as-of, filters, pages. */
  const notes = (context: { title: string; link: string; now: Date; asOf: string | null }) => {
    const words: NoteWords = {
      title: t('noteTitle'),
      link: t('noteUrl'),
      exported: t('noteExported'),
      asOf: t('noteAsOf'),
      rowsLabel: t('noteRows'),
      rows: (shown, total) => t('noteRowsValue', { shown, total }),
      filters: t('noteFilters'),
      noFilters: t('noFilters'),
      source: t('noteSource'),
    };
    const filters = describeFilters(filterValues, {
      param: paramLabel,
      value: (name, value) =>
        name === 'source' ? `${sourceTitle(value)} [${value}]` : valueLabel(name, value),
      join,
    });
    return exportNotes(
      {
        title: context.title,
        link: context.link,
        exportedAt: localTimestamp(context.now),
        asOf: context.asOf,
        shown: result.rows.length,
        total: all.length,
        filters,
        sources: citedSources(tracker.sources, result.rows.map(list.read.sourceIds)),
        sourceName: (source) =>
          pick(lang, source.headlinesZh.join(' '), source.headlinesEn.join(' ')),
      },
      words,
    );
  };

  return {
    tracker,
    values,
    filterValues,
    ignored,
    update: update as UrlStateUpdate<ParamSpecs>,
    specs,
    all,
    rows: result.rows,
    /** The rows shown in list order: the same array while only the sort changes. */
    unsorted: filtered.rows,
    filters: result.filters,
    sort: result.sort,
    facets,
    sourceOptions,
    paramLabel,
    valueLabel,
    activeCount,
    activeFilters,
    clear,
    notes,
    labels,
  };
}

export type RecordListState<Row> = ReturnType<typeof useRecordList<Row>>;
