import { useT } from '@/lib/i18n';
import { uiMessages } from './messages';
import { PageHead, type HeadedPage } from './page-head';

function Skeleton() {
  const t = useT(uiMessages);
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">{t('loading')}</span>
      <div className="skeleton skeleton-title" aria-hidden="true" />
      <div className="skeleton-row" aria-hidden="true">
        <div className="skeleton skeleton-card" />
        <div className="skeleton skeleton-card" />
        <div className="skeleton skeleton-card" />
      </div>
      <div className="skeleton skeleton-block" aria-hidden="true" />
    </div>
  );
}

/**
 * Shown while the dataset or a page's code loads: the page keeps its shape, so nothing jumps.
 * A list page's heading and introduction need neither, so they are shown at once.
 */
export function LoadingScreen({ page }: { page?: HeadedPage }) {
  if (!page) return <Skeleton />;
  return (
    <div className="page">
      <PageHead page={page} />
      <Skeleton />
    </div>
  );
}
