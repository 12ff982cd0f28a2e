import { useEffect, useRef, type RefObject } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { withDatasetParam } from '@/components/ui/app-link';
import { curateLinkMessages } from '@/features/curate/link-messages';
import { useDatasetCounts } from '@/data/dataset-counts';
import { useLang, useT } from '@/lib/i18n';
import { DatasetBanner } from './dataset-banner';
import { appMessages } from './messages';
import { useScrollRestoration } from './scroll-restoration';
import './app.css';

const NAV = [
  { to: '/', key: 'navOverview', end: true },
  { to: '/projects', key: 'navProjects', end: false },
  { to: '/targets', key: 'navTargets', end: false },
  { to: '/figures', key: 'navFigures', end: false },
  { to: '/districts', key: 'navDistricts', end: false },
  { to: '/sources', key: 'navSources', end: false },
] as const;

/**
 * The one search of the header: submits to /search?q= (keeping a `?data=` in view). Also a
 * plain GET form, so it works from the static shell before any script.
 */
function SiteSearch() {
  const t = useT(appMessages);
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <form
      role="search"
      className="site-search"
      action="/search"
      aria-label={t('searchLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        navigate(withDatasetParam(`/search?${new URLSearchParams({ q })}`, search));
      }}
    >
      <label className="visually-hidden" htmlFor="site-search-q">
        {t('searchLabel')}
      </label>
      <input id="site-search-q" type="search" name="q" placeholder={t('searchPlaceholder')} />
    </form>
  );
}

/**
 * Where the navigation links scroll sideways (a window too narrow for one row, yet wider than
 * a phone's, where they wrap into a grid): keep the current page's link in view (the list's own
 * scroll only, never the page's).
 */
function useCurrentNavLinkInView(list: RefObject<HTMLUListElement | null>) {
  const { pathname } = useLocation();
  useEffect(() => {
    const ul = list.current;
    const active = ul?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!ul || !active || typeof ul.scrollTo !== 'function') return;
    const left = active.offsetLeft - ul.offsetLeft;
    if (left < ul.scrollLeft || left + active.offsetWidth > ul.scrollLeft + ul.clientWidth)
      ul.scrollTo({ left: Math.max(0, left - (ul.clientWidth - active.offsetWidth) / 2) });
  }, [list, pathname]);
}

export function SiteHeader() {
  const t = useT(appMessages);
  const { lang, setLang } = useLang();
  const { search } = useLocation();
  const navList = useRef<HTMLUListElement>(null);
  useCurrentNavLinkInView(navList);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="site-header-inner">
        <div className="site-brand">
          <NavLink to={withDatasetParam('/', search)} className="site-title">
            {t('siteTitle')}
          </NavLink>
          <span className="site-tagline">{t('siteTagline')}</span>
        </div>
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('switchToLabel')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('switchTo')}
        </button>
      </div>
      <nav className="site-nav" aria-label={t('navLabel')}>
        <ul ref={navList}>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={withDatasetParam(item.to, search)} end={item.end}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
        <SiteSearch />
      </nav>
      <DatasetBanner />
    </header>
  );
}

export function SiteFooter() {
  const t = useT(appMessages);
  const counts = useDatasetCounts();
  const { search } = useLocation();
  return (
    <footer className="site-footer">
      <p>{counts ? t('footerCounts', counts) : t('footer')}</p>
      <p>
        <NavLink to={withDatasetParam('/curate', search)}>
          {useT(curateLinkMessages)('curateLink')}
        </NavLink>
      </p>
    </footer>
  );
}

/** Moves focus to the page heading after a route change, so screen readers hear the new page. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function Layout() {
  const t = useT(appMessages);
  const { lang } = useLang();
  useFocusOnNavigate();
  useScrollRestoration();
  useEffect(() => {
    document.title = t('siteTitle');
  }, [t, lang]);
  return (
    <div className="app-shell">
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
