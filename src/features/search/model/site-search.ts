import type { SourceRef } from '@/data/schema';
import type { Lang } from '@/lib/i18n';
import { excerptAround, markMatches, termsFound, type MarkedSegment } from '@/lib/search-marks';
import {
  FIELD_SEPARATOR,
  foldForSearch,
  withoutDistrictSuffix,
  type SearchQuery,
} from '@/lib/search-text';
import { districtAliases, type Tracker } from '@/tracker/tracker';

/**
 * The header's one search over everything: districts (by every name the papers use: 管城区,
 * 经开区, 郑东), pages (headlines, summaries, the sentences quoted from them, and the names of
 * the districts they are about), projects, targets and figures (the tracker's `searchText`:
 * their text in both languages, their quotes, their district's names). Query and text go
 * through the same fold (lib/search-text.ts). Hits are ranked: a name equal to the query first,
 * then a name starting with it, then a name holding every term, then a match anywhere else;
 * ties keep the dataset's order. Pure; site-search.test.ts, site-search.dataset.test.ts.
 */

export const HIT_KINDS = ['districts', 'sources', 'projects', 'targets', 'figures'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

/** How a hit matched, best first. */
export const MATCH_TIERS = ['exact', 'prefix', 'name', 'text'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export type RankedHit = { id: string; tier: MatchTier };
export type SiteSearchResults = Record<HitKind, RankedHit[]>;

/** Which text of a record an excerpt shows. */
export type ExcerptField =
  'name' | 'headline' | 'quote' | 'summary' | 'description' | 'location' | 'deadline' | 'aliases';

/** A text a hit can be explained by, in its language; a quote knows where it stands on its page. */
type Candidate = { text: string; lang: Lang; field: ExcerptField; ref?: SourceRef };

type Entry = {
  id: string;
  /** Everything the entry is found by, folded. */
  folded: () => string;
  /** Its names (a record's name or statement, a page's headlines, a district's names) in both languages. */
  names: () => Candidate[];
  /** Its other texts, in the order an excerpt prefers them (quoted sentences first). */
  others: () => Candidate[];
};

export type SearchIndex = {
  tracker: Tracker;
  entries: Record<HitKind, Entry[]>;
  /** An entry by kind and id (built on first use). */
  entry: (kind: HitKind, id: string) => Entry | undefined;
};

/** One memo per call: folds a text once, on first need. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

const both = (zh: string | undefined, en: string | undefined, field: ExcerptField) =>
  [
    zh ? { text: zh, lang: 'zh' as const, field } : null,
    en ? { text: en, lang: 'en' as const, field } : null,
  ].filter((c): c is Candidate => c !== null);

const quotes = (refs: readonly SourceRef[]): Candidate[] =>
  refs.map((ref) => ({ text: ref.quote, lang: 'zh', field: 'quote', ref }));

const foldAll = (texts: readonly string[]) => foldForSearch(texts.join(FIELD_SEPARATOR));

/**
 * The sentences quoted from each page, each once, in page order: those of its records, of the
 * status reports it carries and of its dating evidence. One pass over every reference.
 */
function sentencesByPage(tracker: Tracker): Map<string, SourceRef[]> {
  const byPage = new Map<string, Map<string, SourceRef>>();
  const add = (ref: SourceRef) => {
    let page = byPage.get(ref.sourceId);
    if (!page) byPage.set(ref.sourceId, (page = new Map()));
    const key = ref.at === undefined ? `quote:${ref.quote}` : `at:${ref.at}`;
    if (!page.has(key)) page.set(key, ref);
  };
  for (const source of tracker.sources) source.dateEvidenceRefs.forEach(add);
  for (const row of tracker.projects) row.project.sourceRefs.forEach(add);
  for (const row of tracker.targetById.values()) row.target.sourceRefs.forEach(add);
  for (const row of tracker.figures) row.figure.sourceRefs.forEach(add);
  for (const report of tracker.dataset.reports) add(report.sourceRef);
  const placed = (ref: SourceRef) => ref.at ?? Number.MAX_SAFE_INTEGER;
  return new Map(
    [...byPage].map(([id, refs]) => [id, [...refs.values()].sort((a, b) => placed(a) - placed(b))]),
  );
}

/** What the search reads, built once per tracker (the page and district texts folded on first use). */
export function searchIndex(tracker: Tracker): SearchIndex {
  const sentences = once(() => sentencesByPage(tracker));
  const districtNames = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const district = tracker.districtById.get(id);
      return district ? [district.nameZh, district.nameEn, ...districtAliases(district)] : [];
    });
  const districts: Entry[] = tracker.districts.map((district) => {
    const aliases = districtAliases(district).filter((alias) => alias !== district.nameZh);
    const names = once(() => [
      ...both(district.nameZh, district.nameEn, 'name'),
      ...aliases.map((text): Candidate => ({ text, lang: 'zh', field: 'aliases' })),
    ]);
    return {
      id: district.id,
      folded: once(() => foldAll([district.id, ...names().map((c) => c.text)])),
      names,
      others: once(() =>
        aliases.length ? [{ text: aliases.join('、'), lang: 'zh', field: 'aliases' }] : [],
      ),
    };
  });
  const sources: Entry[] = tracker.sources.map((source) => {
    const names = once(() => [
      ...source.headlinesZh.map((text): Candidate => ({ text, lang: 'zh', field: 'headline' })),
      ...source.headlinesEn.map((text): Candidate => ({ text, lang: 'en', field: 'headline' })),
    ]);
    const others = once(() => [
      ...quotes(sentences().get(source.id) ?? []),
      ...both(source.summaryZh, source.summaryEn, 'summary'),
    ]);
    return {
      id: source.id,
      folded: once(() =>
        foldAll([
          source.id,
          ...names().map((c) => c.text),
          ...others().map((c) => c.text),
          ...districtNames(source.districtIds),
        ]),
      ),
      names,
      others,
    };
  });
  const projects: Entry[] = tracker.projects.map((row) => {
    const p = row.project;
    return {
      id: p.id,
      folded: () => row.searchText,
      names: () => both(p.nameZh, p.nameEn, 'name'),
      others: () => [
        ...quotes(p.sourceRefs),
        ...both(p.descriptionZh, p.descriptionEn, 'description'),
        ...both(p.locationZh, p.locationEn, 'location'),
      ],
    };
  });
  // Every target, announced or not: a search is not a count.
  const targets: Entry[] = [...tracker.targetById.values()].map((row) => {
    const t = row.target;
    return {
      id: t.id,
      folded: () => row.searchText,
      names: () => both(t.statementZh, t.statementEn, 'name'),
      others: () => [
        ...quotes(t.sourceRefs),
        ...(t.deadlineText ? both(t.deadlineText, undefined, 'deadline') : []),
      ],
    };
  });
  const figures: Entry[] = tracker.figures.map((row) => {
    const f = row.figure;
    return {
      id: f.id,
      folded: () => row.searchText,
      names: () => both(f.indicatorZh, f.indicatorEn, 'name'),
      others: () => [
        ...quotes(f.sourceRefs),
        ...both(f.descriptionZh, f.descriptionEn, 'description'),
      ],
    };
  });
  const entries = { districts, sources, projects, targets, figures };
  const byId = once(
    () =>
      new Map(
        HIT_KINDS.flatMap((kind) =>
          entries[kind].map((entry) => [`${kind}:${entry.id}`, entry] as const),
        ),
      ),
  );
  return { tracker, entries, entry: (kind, id) => byId().get(`${kind}:${id}`) };
}

/** How well an entry's names match the query (see the module's comment). */
function tierOf(entry: Entry, query: SearchQuery): MatchTier {
  const names = entry.names().map((name) => foldForSearch(name.text));
  if (names.some((name) => withoutDistrictSuffix(name) === query.phrase)) return 'exact';
  if (names.some((name) => name.startsWith(query.phrase))) return 'prefix';
  if (names.some((name) => query.terms.every((term) => name.includes(term)))) return 'name';
  return 'text';
}

/** Every entry holding every term, by kind, best match first (ties in the dataset's order). */
export function siteSearch(index: SearchIndex, query: SearchQuery): SiteSearchResults {
  const search = (entries: readonly Entry[]): RankedHit[] => {
    if (query.terms.length === 0) return [];
    const hits = entries
      .filter((entry) => {
        const text = entry.folded();
        return query.terms.every((term) => text.includes(term));
      })
      .map((entry, order) => ({ id: entry.id, tier: tierOf(entry, query), order }));
    hits.sort(
      (a, b) => MATCH_TIERS.indexOf(a.tier) - MATCH_TIERS.indexOf(b.tier) || a.order - b.order,
    );
    return hits.map(({ id, tier }) => ({ id, tier }));
  };
  const { entries } = index;
  return {
    districts: search(entries.districts),
    sources: search(entries.sources),
    projects: search(entries.projects),
    targets: search(entries.targets),
    figures: search(entries.figures),
  };
}

/** The text beside a hit that shows why it matched, its match marked. */
export type Excerpt = {
  field: ExcerptField;
  lang: Lang;
  segments: MarkedSegment[];
  /** For a quoted sentence: its page and place (the link to it). */
  ref?: SourceRef;
};

export type HitExplanation = {
  /** The hit's name in the reader's language, marked where it matched. */
  title: MarkedSegment[];
  titleLang: Lang;
  excerpt: Excerpt | null;
};

/** Characters an excerpt keeps around its first match. */
export const EXCERPT_LENGTH = 120;

/**
 * Why a hit matched: its name in the reader's language (marked), and the text holding the most
 * terms among its other texts (a quoted sentence before a name in the other language before a
 * description), marked and cut around the match. No excerpt when only the name or the
 * district's name matched (the page shows the district, marked).
 */
export function explainHit(
  index: SearchIndex,
  kind: HitKind,
  id: string,
  query: SearchQuery,
  lang: Lang,
): HitExplanation | null {
  const entry = index.entry(kind, id);
  if (!entry) return null;
  const names = entry.names().filter((name) => name.field !== 'aliases');
  const title = names.find((name) => name.lang === lang) ?? names[0];
  const titleText = title?.text ?? id;
  const candidates = [
    ...entry.others().filter((c) => c.field === 'quote'),
    ...names.filter((name) => name !== title),
    ...entry.others().filter((c) => c.field !== 'quote'),
  ];
  let best: Candidate | undefined;
  let bestFound = 0;
  for (const candidate of candidates) {
    const found = termsFound(foldForSearch(candidate.text), query.terms);
    if (found > bestFound) {
      best = candidate;
      bestFound = found;
    }
  }
  return {
    title: markMatches(titleText, query.terms),
    titleLang: title?.lang ?? 'zh',
    excerpt: best
      ? {
          field: best.field,
          lang: best.lang,
          segments: excerptAround(markMatches(best.text, query.terms), EXCERPT_LENGTH),
          ...(best.ref ? { ref: best.ref } : {}),
        }
      : null,
  };
}
