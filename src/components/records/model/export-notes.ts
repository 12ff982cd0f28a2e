import type { Source } from '@/data/schema';

/**
 * What an exported file says about itself: the view's link, when it was exported, the as-of
 * date, how many rows of how many, the filters that made them and the pages they cite. A pure
 * function of (rows, filters, as-of, link), so the words are tested and every list writes them
 * the same way.
 */

export type NoteWords = {
  title: string;
  link: string;
  exported: string;
  asOf: string;
  rowsLabel: string;
  rows: (shown: number, total: number) => string;
  filters: string;
  noFilters: string;
  source: string;
};

export type ExportContext = {
  /** The export's title (the product and the list). */
  title: string;
  link: string;
  /** When, as the reader's local time with its offset (formatLocalTimestamp). */
  exportedAt: string;
  asOf: string | null;
  shown: number;
  total: number;
  /** The filters that are set, as [parameter label, value labels]. */
  filters: readonly (readonly [string, string])[];
  /** The pages the rows cite, in the dataset's order. */
  sources: readonly Source[];
  /** A page's name in the reader's language. */
  sourceName: (source: Source) => string;
};

export function exportNotes(context: ExportContext, words: NoteWords): [string, string][] {
  const line = (key: string, value: string): [string, string] => [key, value];
  return [
    line(words.title, context.title),
    line(words.link, context.link),
    line(words.exported, context.exportedAt),
    ...(context.asOf ? [line(words.asOf, context.asOf)] : []),
    line(words.rowsLabel, words.rows(context.shown, context.total)),
    ...(context.filters.length
      ? context.filters.map(([name, value]) => line(`${words.filters}: ${name}`, value))
      : [line(words.filters, words.noFilters)]),
    ...context.sources.map((source) =>
      line(words.source, `${context.sourceName(source)} · ${source.publishedOn} · ${source.id}`),
    ),
  ];
}

/** The pages a set of rows cite, in the dataset's source order. */
export function citedSources(
  sources: readonly Source[],
  sourceIdsOfRows: readonly (readonly string[])[],
): Source[] {
  const cited = new Set(sourceIdsOfRows.flat());
  return sources.filter((source) => cited.has(source.id));
}

/** "district: 管城回族区、中原区; q: “陇海”" — only the filters that are set. */
export function describeFilters(
  values: Readonly<Record<string, unknown>>,
  labels: {
    param: (name: string) => string;
    value: (name: string, value: string) => string;
    join: (values: string[]) => string;
  },
): [string, string][] {
  const lines: [string, string][] = [];
  for (const [name, value] of Object.entries(values)) {
    if (name === 'sort' || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push([
        labels.param(name),
        labels.join(value.map((v: string) => labels.value(name, v))),
      ]);
    } else if (typeof value === 'string') {
      lines.push([labels.param(name), labels.value(name, value)]);
    }
  }
  return lines;
}

export type SourceAttribution = {
  id: string;
  headlineZh: string;
  headlineEn: string;
  publishedOn: string;
  dateCertainty: Source['dateCertainty'];
  /** How many of the exported rows cite this page. */
  rows: number;
};

/** The pages the exported rows cite, in the dataset's source order, with how many rows cite each. */
export function sourceAttribution(
  sources: readonly Source[],
  refsOfRows: readonly (readonly { sourceId: string }[])[],
): SourceAttribution[] {
  const counts = new Map<string, number>();
  for (const refs of refsOfRows) {
    for (const id of new Set(refs.map((ref) => ref.sourceId)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return sources
    .filter((source) => counts.has(source.id))
    .map((source) => ({
      id: source.id,
      headlineZh: source.headlinesZh.join(' '),
      headlineEn: source.headlinesEn.join(' '),
      publishedOn: source.publishedOn,
      dateCertainty: source.dateCertainty,
      rows: counts.get(source.id) ?? 0,
    }));
}

/**
 * The JSON export of a list: the rows as the dataset holds them (plus what the view derived
 * for them), with the link, time, as-of date, filters and the pages they cite.
 */
export function listJson<Row>(
  kind: string,
  sources: readonly Source[],
  rows: readonly Row[],
  read: {
    refs: (row: Row) => readonly { sourceId: string }[];
    record: (row: Row) => Record<string, unknown>;
  },
  context: { url: string; exportedAt: string; asOf?: string; filters: unknown; total: number },
) {
  return {
    kind,
    exportedAt: context.exportedAt,
    url: context.url,
    ...(context.asOf ? { asOf: context.asOf } : {}),
    filters: context.filters,
    count: rows.length,
    total: context.total,
    sources: sourceAttribution(sources, rows.map(read.refs)),
    rows: rows.map(read.record),
  };
}
