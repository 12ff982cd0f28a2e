import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useRecordLabels } from '@/components/records/labels';
import { recordNames } from '@/components/records/record-names';
import { quotePath } from '@/components/records/source-quotes';
import { AppLink } from '@/components/ui/app-link';
import { formatDate, formatNumber, formatPeriod } from '@/lib/format';
import { defineMessages, HTML_LANG, useLang, useT, type Lang } from '@/lib/i18n';
import { markMatches, type MarkedSegment } from '@/lib/search-marks';
import { foldForSearch, searchQuery, withoutDistrictSuffix } from '@/lib/search-text';
import { toSimplified } from '@/lib/simplified-chinese';
import { districtAliases } from '@/tracker/tracker';
import { useTracker } from '@/tracker/use-tracker';
import {
  explainHit,
  HIT_KINDS,
  searchIndex,
  siteSearch,
  type Excerpt,
  type HitKind,
} from '../model/site-search';
import '../search.css';
import { firstCodePoints } from '@/lib/text';
import { MarkedText } from '@/components/ui/marked-text';

const messages = defineMessages({
  zh: {
    title: '搜索',
    intro:
      '在区县、版面、项目、目标和数据中查找，中英文、繁简体皆可，也认报纸常用的简称（管城区、经开区、郑东）。',
    label: '搜索词',
    submit: '搜索',
    found: '“{q}”共找到 {count} 条结果：{kinds}。',
    nothing: '没有找到“{q}”。换个说法，或少用几个词试试。',
    empty: '输入要找的词。',
    districts: '区县',
    sources: '版面',
    projects: '项目',
    targets: '目标',
    figures: '数据',
    kindCount: '{kind} {count}',
    hitDistricts: '区县',
    hitSources: '版面',
    hitProjects: '项目',
    hitTargets: '目标',
    hitFigures: '数据',
    records: '项目 {projects} · 目标 {targets} · 数据 {figures}',
    more: '在{list}页查看全部 {count} 条（可筛选、导出）',
    period: '所属时期',
    deadline: '截止',
    published: '刊出',
    fieldQuote: '原文',
    fieldName: '名称',
    fieldHeadline: '标题',
    fieldSummary: '摘要',
    fieldDescription: '说明',
    fieldLocation: '地点',
    fieldDeadline: '截止日期原文',
    fieldAliases: '报纸用名',
    atSentence: '版面上的这句',
  },
  en: {
    title: 'Search',
    intro:
      'Look through districts, pages, projects, targets and figures, in Chinese (simplified or traditional) or English, including the short names the papers use (管城区, 经开区, 郑东).',
    label: 'Search for',
    submit: 'Search',
    found: ({ q, count, kinds }) =>
      `${count} ${count === '1' ? 'result' : 'results'} for “${q}”: ${kinds}.`,
    nothing: 'Nothing found for “{q}”. Try other words, or fewer.',
    empty: 'Type what you are looking for.',
    districts: 'Districts',
    sources: 'Pages',
    projects: 'Projects',
    targets: 'Targets',
    figures: 'Figures',
    kindCount: '{kind} {count}',
    hitDistricts: 'District',
    hitSources: 'Page',
    hitProjects: 'Project',
    hitTargets: 'Target',
    hitFigures: 'Figure',
    records: ({ projects, targets, figures }) =>
      [
        `${projects} ${projects === '1' ? 'project' : 'projects'}`,
        `${targets} ${targets === '1' ? 'target' : 'targets'}`,
        `${figures} ${figures === '1' ? 'figure' : 'figures'}`,
      ].join(' · '),
    more: 'All {count} on the {list} page (filter, export)',
    period: 'Period',
    deadline: 'Deadline',
    published: 'Published',
    fieldQuote: 'Quoted sentence',
    fieldName: 'Name',
    fieldHeadline: 'Headline',
    fieldSummary: 'Summary',
    fieldDescription: 'Description',
    fieldLocation: 'Location',
    fieldDeadline: 'Deadline as printed',
    fieldAliases: 'Names in the papers',
    atSentence: 'On its page',
  },
});

const FIELD_LABEL = {
  quote: 'fieldQuote',
  name: 'fieldName',
  headline: 'fieldHeadline',
  summary: 'fieldSummary',
  description: 'fieldDescription',
  location: 'fieldLocation',
  deadline: 'fieldDeadline',
  aliases: 'fieldAliases',
} as const satisfies Record<Excerpt['field'], keyof (typeof messages)['zh']>;

/** Hits shown per kind; the lists' own pages show the rest. */
const SHOWN = 10;
/** The longest query searched (as the lists' `q`). */
const MAX_QUERY = 200;
const LIST_KINDS: readonly HitKind[] = ['projects', 'targets', 'figures'];
const HIT_LABEL = {
  districts: 'hitDistricts',
  sources: 'hitSources',
  projects: 'hitProjects',
  targets: 'hitTargets',
  figures: 'hitFigures',
} as const satisfies Record<HitKind, keyof (typeof messages)['zh']>;

/** A text with its matches in `<mark>`. */
function Marked({ segments, lang }: { segments: readonly MarkedSegment[]; lang?: Lang }) {
  return (
    <span lang={lang ? HTML_LANG[lang] : undefined}>
      {segments.map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </span>
  );
}

/** `/search?q=`: the header's search across every kind of record, grouped by kind, best first. */
export function SearchPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const tracker = useTracker();
  const labels = useRecordLabels();
  const [params, setParams] = useSearchParams();
  // Cut between characters, never inside a surrogate pair.
  const q = firstCodePoints(params.get('q') ?? '', MAX_QUERY);
  const index = useMemo(() => searchIndex(tracker), [tracker]);
  const query = useMemo(() => searchQuery(q, toSimplified), [q]);
  const results = useMemo(() => siteSearch(index, query), [index, query]);
  const total = HIT_KINDS.reduce((sum, kind) => sum + results[kind].length, 0);
  const number = (n: number) => formatNumber(n, lang, 0);
  const names = recordNames(tracker, lang);
  const kinds = HIT_KINDS.filter((kind) => results[kind].length)
    .map((kind) => t('kindCount', { kind: t(kind), count: number(results[kind].length) }))
    .join(lang === 'zh' ? '、' : ', ');

  /**
   * A hit's districts, marked where the query names them; when it names one by another name
   * (经开区 for 郑州经济技术开发区, 管城 in the English UI), that name follows in brackets.
   */
  const districtsOf = (ids: readonly string[]) =>
    ids.map((id) => {
      const shown = markMatches(names.district(id), query.terms);
      const district = tracker.districtById.get(id);
      const otherNames = district ? [district.nameZh, ...districtAliases(district)] : [];
      const otherName = shown.some((s) => s.marked)
        ? undefined
        : (otherNames.find((name) => withoutDistrictSuffix(foldForSearch(name)) === query.phrase) ??
          otherNames.find((name) =>
            query.terms.some((term) => foldForSearch(name).includes(term)),
          ));
      const other = otherName ? markMatches(otherName, query.terms) : undefined;
      return (
        <span key={id} className="search-hit-district">
          <Marked segments={shown} />
          {other && (
            <>
              {lang === 'zh' ? '（' : ' ('}
              <Marked segments={other} lang="zh" />
              {lang === 'zh' ? '）' : ')'}
            </>
          )}
        </span>
      );
    });

  /** What a hit shows under its name: its kind, district and period or date. */
  const facts = (kind: HitKind, id: string): ReactNode[] => {
    const kindLabel = <span className="search-hit-kind">{t(HIT_LABEL[kind])}</span>;
    if (kind === 'districts') {
      const district = tracker.districtById.get(id);
      const summary = tracker.byDistrict.get(id);
      return [
        kindLabel,
        // The kind when it says more than the hit's type (a county, a zone).
        district && district.kind !== 'district' ? labels.kind(district.kind) : null,
        summary
          ? t('records', {
              projects: number(summary.projects.length),
              targets: number(summary.targets.length),
              figures: number(summary.figures.length),
            })
          : null,
      ];
    }
    if (kind === 'sources') {
      const source = tracker.sourceById.get(id);
      if (!source) return [kindLabel];
      return [
        kindLabel,
        `${t('published')} ${formatDate(source.publishedOn, lang)}`,
        ...districtsOf(source.districtIds),
      ];
    }
    if (kind === 'projects') {
      const project = tracker.projectById.get(id)?.project;
      return [
        kindLabel,
        ...districtsOf(project ? [project.districtId] : []),
        project ? labels.category(project.category) : null,
      ];
    }
    if (kind === 'targets') {
      const target = tracker.targetById.get(id)?.target;
      if (!target) return [kindLabel];
      return [
        kindLabel,
        ...districtsOf([target.districtId]),
        `${t('period')} ${formatPeriod(target.period, lang)}`,
        target.deadline ? `${t('deadline')} ${formatDate(target.deadline, lang, 'short')}` : null,
      ];
    }
    const figure = tracker.figureById.get(id)?.figure;
    if (!figure) return [kindLabel];
    return [
      kindLabel,
      ...districtsOf([figure.districtId]),
      `${t('period')} ${formatPeriod(figure.period, lang)} · ${labels.basis(figure.basis)}`,
    ];
  };

  const path = (kind: HitKind, id: string) => `/${kind}/${encodeURIComponent(id)}`;

  const group = (kind: HitKind) => {
    const hits = results[kind];
    if (hits.length === 0) return null;
    const shown = LIST_KINDS.includes(kind) ? hits.slice(0, SHOWN) : hits;
    return (
      <section aria-labelledby={`search-${kind}`} key={kind} className="search-group">
        <h2 id={`search-${kind}`}>
          {t(kind)} <span className="search-count">({number(hits.length)})</span>
        </h2>
        <ol className="search-hits">
          {shown.map((hit) => {
            const explained = explainHit(index, kind, hit.id, query, lang);
            const excerpt = explained?.excerpt;
            return (
              <li key={hit.id} className="search-hit">
                <p className="search-hit-title">
                  <AppLink to={path(kind, hit.id)}>
                    {explained ? (
                      <Marked segments={explained.title} lang={explained.titleLang} />
                    ) : (
                      hit.id
                    )}
                  </AppLink>
                </p>
                <p className="search-hit-facts">
                  {facts(kind, hit.id)
                    .filter((fact) => fact !== null)
                    .map((fact, i) => (
                      <span key={i}>{fact}</span>
                    ))}
                </p>
                {excerpt && (
                  <p className="search-hit-excerpt">
                    <span className="search-hit-field">{t(FIELD_LABEL[excerpt.field])}</span>{' '}
                    {excerpt.field === 'quote' ? (
                      <q>
                        <Marked segments={excerpt.segments} lang={excerpt.lang} />
                      </q>
                    ) : (
                      <Marked segments={excerpt.segments} lang={excerpt.lang} />
                    )}
                    {excerpt.ref && (
                      <>
                        {' '}
                        <AppLink to={quotePath(excerpt.ref)} className="search-hit-anchor">
                          {t('atSentence')}
                        </AppLink>
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        {shown.length < hits.length && (
          <p>
            <AppLink to={`/${kind}?q=${encodeURIComponent(q)}`}>
              {t('more', { count: number(hits.length), list: t(kind) })}
            </AppLink>
          </p>
        )}
      </section>
    );
  };

  return (
    <div className="page search-page">
      <h1>{t('title')}</h1>
      <p className="page-intro">
        <MarkedText text={t('intro')} />
      </p>
      <form
        role="search"
        className="search-form"
        aria-label={t('title')}
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('q');
          setParams((current) => {
            const next = new URLSearchParams(current);
            next.set('q', String(value ?? '').trim());
            return next;
          });
        }}
      >
        <label htmlFor="search-page-q">{t('label')}</label>
        <div className="search-form-row">
          <input id="search-page-q" type="search" name="q" defaultValue={q} key={q} />
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </div>
      </form>
      <p role="status" data-testid="search-summary">
        <MarkedText
          text={
            !q
              ? t('empty')
              : total
                ? t('found', { q, count: number(total), kinds })
                : t('nothing', { q })
          }
        />
      </p>
      {HIT_KINDS.map(group)}
    </div>
  );
}
