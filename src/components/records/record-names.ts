import { formatDate } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import type { Tracker } from '@/tracker/tracker';

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
      return s
        ? `${pick(lang, s.headlinesZh[0] ?? id, s.headlinesEn[0])} · ${formatDate(s.publishedOn, lang)}`
        : id;
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
