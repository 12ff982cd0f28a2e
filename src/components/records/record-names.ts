import { formatDate } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import type { Source } from '@/data/schema';
import type { Tracker } from '@/tracker/tracker';

/** A page's name in the reader's language: its first headline (its id when it has none). */
export const sourceName = (source: Source, lang: Lang) =>
  pick(lang, source.headlinesZh[0] ?? source.id, source.headlinesEn[0]);

/** What each kind of record is called in the reader's language, by id (the id when unknown). */
export function recordNames(tracker: Tracker, lang: Lang) {
  return {
    district: (id: string) => {
      const d = tracker.districtById.get(id);
      return d ? pick(lang, d.nameZh, d.nameEn) : id;
    },
    /** A page: its first headline and its date. */
    source: (id: string) => {
      const s = tracker.sourceById.get(id);
      return s ? `${sourceName(s, lang)} · ${formatDate(s.publishedOn, lang)}` : id;
    },
    project: (id: string) => {
      const p = tracker.projectById.get(id)?.project;
      return p ? pick(lang, p.nameZh, p.nameEn) : id;
    },
    target: (id: string) => {
      const t = tracker.targetById.get(id)?.target;
      return t ? pick(lang, t.statementZh, t.statementEn) : id;
    },
    figure: (id: string) => {
      const f = tracker.figureById.get(id)?.figure;
      return f ? pick(lang, f.indicatorZh, f.indicatorEn) : id;
    },
  };
}
