import { useCallback, useMemo } from 'react';
import { localTimestamp } from '@/lib/format';
import { pick, useLang, useT } from '@/lib/i18n';
import { useSimplifier } from '@/lib/simplify';
import { timed } from '@/lib/user-timing';
import { countActive, useUrlState, type ParamSpecs, type UrlStateUpdate } from '@/lib/url-state';
import { useTracker } from '@/tracker/use-tracker';
import type { FacetOption } from '@/components/filters/filter-controls';
import type { FacetConfig } from '@/components/filters/record-filter-bar';
import { fieldWords, useRecordLabels } from './labels';
import { listMessages } from './list-messages';
import { citedSources, describeFilters, exportNotes, type NoteWords } from './model/export-notes';
import {
  clearedFilters,
  listParamSpecs,
  queryList,
  rowsWithin,
  type ListKit,
  type ListRow,
  type ListValues,
  type RecordList,
} from './record-list';
import { sourceName } from './record-names';

/**
 * Everything a record list page needs, for any list (projects, targets, figures): the URL's
 * values, the rows shown, the filter bar's facets with their counts and labels, what "clear"
 * does, and the export notes. One hook for every list, so they read and export alike.
 */
export function useRecordList<Row extends ListRow>(list: RecordList<Row>) {
  const tracker = useTracker();
  const { lang } = useLang();
  const t = useT(listMessages);
  const labels = useRecordLabels();
  const kit: ListKit = useMemo(() => ({ lang, labels, tracker }), [lang, labels, tracker]);
  const specs = useMemo(() => listParamSpecs(list, tracker), [list, tracker]) as ParamSpecs;
  const { values, ignored, update } = useUrlState(specs);
  const all = list.rows(tracker);
  // Traditional characters in the search box are searched as simplified ones, as on /search
  // (the converter loads once the box holds Chinese); the filters in force keep what was typed.
  const q = typeof values.q === 'string' ? values.q : '';
  const simplify = useSimplifier(q);
  const result = useMemo(
    () =>
      timed(
        'records:query',
        () => {
          const searched = simplify ? { ...values, q: simplify(q) } : values;
          const query = queryList(list, searched as ListValues, kit);
          return { ...query, searched: query.filters, filters: { ...query.filters, q } };
        },
        (r) => ({ rows: all.length, shown: r.rows.length }),
      ),
    [list, values, q, simplify, kit, all],
  );

  const facetOf = (param: string) => list.facets.find((column) => column.param === param);
  const valueLabel = (param: string, value: string) =>
    facetOf(param)?.facet.label(value, kit) ?? value;
  const facets: FacetConfig[] = list.facets.map(({ param, header, facet }) => {
    const counts = result.counts[param] ?? new Map<string, number>();
    const ticked = result.filters.facets[param] ?? [];
    return {
      name: param,
      label: header[lang],
      options: facet
        .values(tracker)
        .filter((value) => (counts.get(value) ?? 0) > 0 || ticked.includes(value))
        .map((value) => ({
          value,
          label: facet.label(value, kit),
          count: counts.get(value) ?? 0,
          ...(facet.depth ? { depth: facet.depth(value) } : {}),
        })),
    };
  });

  const paramLabel = (name: string) => {
    const column = facetOf(name);
    if (column) return column.header[lang];
    if (name === 'q') return t('paramQ');
    if (name === 'from') return t('paramFrom');
    if (name === 'to') return t('paramTo');
    if (name === 'source') return fieldWords('source')[lang];
    if (name === 'sort') return t('paramSort');
    return name;
  };

  const sourceOptions: FacetOption[] = tracker.sources.map((s) => ({
    value: s.id,
    label: `${sourceName(s, lang)} (${s.publishedOn})`,
  }));

  /** The filters and order in force, flat as the URL names them (the JSON export's `filters`). */
  const filterValues = {
    ...result.filters.facets,
    q: result.filters.q,
    from: result.filters.from,
    to: result.filters.to,
    source: result.filters.source,
    sort: result.sort,
  };

  const activeCount = countActive(values, specs);
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
    const notes = exportNotes(
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
    // What the list itself says of the rows exported (the targets: how many statuses are mine).
    return [...notes, ...(list.readme?.(result.rows, kit) ?? [])];
  };

  return {
    tracker,
    kit,
    values,
    filterValues,
    ignored,
    update: update as UrlStateUpdate<ParamSpecs>,
    all,
    rows: result.rows,
    filters: result.filters,
    sort: result.sort,
    facets,
    sourceOptions,
    paramLabel,
    activeCount,
    activeFilters,
    clear,
    notes,
    labels,
    /** Which of `rows` (rows the list leaves out) the filters in force let through, `except` aside. */
    within: (rows: readonly Row[], except: readonly string[] = []) =>
      rowsWithin(list, rows, result.searched, except),
  };
}

export type RecordListState<Row extends ListRow> = ReturnType<typeof useRecordList<Row>>;
