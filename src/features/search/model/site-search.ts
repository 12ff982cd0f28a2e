import { searchTerms } from '@/tracker/record-query';
import type { Tracker } from '@/tracker/tracker';

/**
 * The header's one search over everything: districts (by every name the papers use: 管城区,
 * 经开区, 郑东), pages (headlines in both languages), projects, targets and figures (their text
 * in both languages, their quotes, their district's names). Pure; site-search.test.ts.
 */
export type SiteSearchResults = {
  districts: string[];
  sources: string[];
  projects: string[];
  targets: string[];
  figures: string[];
};

const matches = (terms: readonly string[], text: string) => terms.every((t) => text.includes(t));

export function siteSearch(tracker: Tracker, q: string): SiteSearchResults {
  const terms = searchTerms(q);
  const none: SiteSearchResults = {
    districts: [],
    sources: [],
    projects: [],
    targets: [],
    figures: [],
  };
  if (terms.length === 0) return none;
  const lower = (parts: readonly (string | undefined)[]) =>
    parts.filter(Boolean).join('\n').toLowerCase();
  return {
    districts: tracker.districts
      .filter((d) => matches(terms, lower([d.id, d.nameZh, d.nameEn, ...d.aliasesZh])))
      .map((d) => d.id),
    sources: tracker.sources
      .filter((s) =>
        matches(terms, lower([s.id, ...s.headlinesZh, ...s.headlinesEn, s.summaryZh, s.summaryEn])),
      )
      .map((s) => s.id),
    projects: tracker.projects.filter((r) => matches(terms, r.searchText)).map((r) => r.project.id),
    // Every target, announced or not: a search is not a count.
    targets: [...tracker.targetById.values()]
      .filter((r) => matches(terms, r.searchText))
      .map((r) => r.target.id),
    figures: tracker.figures.filter((r) => matches(terms, r.searchText)).map((r) => r.figure.id),
  };
}
