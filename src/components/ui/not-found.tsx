import { useLocation } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import { AppLink } from './app-link';
import { uiMessages } from './messages';

/** What an unknown address or an unknown record id shows: never a blank page. */
export function NotFound({ kind, id }: { kind?: string; id?: string }) {
  const t = useT(uiMessages);
  const { pathname } = useLocation();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFoundTitle')}</h1>
      <p>
        {kind && id ? t('notFoundRecord', { kind, id }) : t('notFoundBody', { path: pathname })}
      </p>
      <p>
        <AppLink to="/">{t('home')}</AppLink>
      </p>
    </section>
  );
}
