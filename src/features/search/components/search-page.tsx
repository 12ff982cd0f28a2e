import { useSearchParams } from 'react-router-dom';
import { recordNames } from '@/components/records/record-names';
import { AppLink } from '@/components/ui/app-link';
import { formatNumber } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { useTracker } from '@/tracker/use-tracker';
import { siteSearch, type SiteSearchResults } from '../model/site-search';
import { firstCodePoints } from '@/lib/text';

const messages = defineMessages({
  zh: {
    title: '搜索',
    intro:
      '在区县、版面、项目、目标和数据中查找，中英文皆可，也认报纸常用的简称（管城区、经开区、郑东）。',
    label: '搜索词',
    submit: '搜索',
    found: '“{q}”共找到 {count} 条结果。',
    nothing: '没有找到“{q}”。换个说法，或少用几个词试试。',
    empty: '输入要找的词。',
    districts: '区县',
    sources: '版面',
    projects: '项目',
    targets: '目标',
    figures: '数据',
    more: '在{list}页查看全部 {count} 条（可筛选、导出）',
  },
  en: {
    title: 'Search',
    intro:
      'Look through districts, pages, projects, targets and figures, in Chinese or English, including the short names the papers use (管城区, 经开区, 郑东).',
    label: 'Search for',
    submit: 'Search',
    found: '{count} results for “{q}”.',
    nothing: 'Nothing found for “{q}”. Try other words, or fewer.',
    empty: 'Type what you are looking for.',
    districts: 'Districts',
    sources: 'Pages',
    projects: 'Projects',
    targets: 'Targets',
    figures: 'Figures',
    more: 'All {count} on the {list} page (filter, export)',
  },
});

const SHOWN = 10;
const KIND_NAME = { projects: 'project', targets: 'target', figures: 'figure' } as const;

/** `/search?q=`: the header's search across every kind of record, grouped by kind. */
export function SearchPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const tracker = useTracker();
  const [params, setParams] = useSearchParams();
  // At most 200 characters, cut between characters (never inside a surrogate pair).
  const q = firstCodePoints(params.get('q') ?? '', 200);
  const results: SiteSearchResults = siteSearch(tracker, q);
  const total = Object.values(results).reduce((sum, ids) => sum + ids.length, 0);
  const number = (n: number) => formatNumber(n, lang, 0);
  const nameOf = recordNames(tracker, lang);

  const group = (
    kind: keyof SiteSearchResults,
    label: (id: string) => string,
    path: (id: string) => string,
    list?: string,
  ) => {
    const ids = results[kind];
    if (ids.length === 0) return null;
    return (
      <section aria-labelledby={`search-${kind}`} key={kind}>
        <h2 id={`search-${kind}`}>
          {t(kind)} <span className="search-count">({number(ids.length)})</span>
        </h2>
        <ul className="plain-list record-list">
          {ids.slice(0, SHOWN).map((id) => (
            <li key={id}>
              <AppLink to={path(id)}>{label(id)}</AppLink>
            </li>
          ))}
        </ul>
        {list && ids.length > SHOWN && (
          <p>
            <AppLink to={`/${list}?q=${encodeURIComponent(q)}`}>
              {t('more', { count: number(ids.length), list: t(kind) })}
            </AppLink>
          </p>
        )}
      </section>
    );
  };

  return (
    <div className="page search-page">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <form
        role="search"
        className="search-form"
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
        <input id="search-page-q" type="search" name="q" defaultValue={q} key={q} />
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
      <p role="status" data-testid="search-summary">
        {!q ? t('empty') : total ? t('found', { q, count: number(total) }) : t('nothing', { q })}
      </p>
      {group(
        'districts',
        (id) => nameOf.district(id),
        (id) => `/districts/${encodeURIComponent(id)}`,
      )}
      {group(
        'sources',
        (id) => nameOf.source(id),
        (id) => `/sources/${encodeURIComponent(id)}`,
      )}
      {(['projects', 'targets', 'figures'] as const).map((kind) =>
        group(
          kind,
          (id) => nameOf[KIND_NAME[kind]](id),
          (id) => `/${kind}/${encodeURIComponent(id)}`,
          kind,
        ),
      )}
    </div>
  );
}
