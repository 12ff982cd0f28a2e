import { useT } from '@/lib/i18n';
import { uiMessages } from './messages';

/** Skeleton shown while the dataset loads: the page keeps its shape, so nothing jumps. */
export function LoadingScreen() {
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
