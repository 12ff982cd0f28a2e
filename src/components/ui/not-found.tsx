import { useLocation } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import { AppLink } from './app-link';
import { uiMessages } from './messages';

/** The sentence that names the unknown address, the address itself as code. */
function Address({ pathname }: { pathname: string }) {
  const t = useT(uiMessages);
  const [before = '', after = ''] = t('notFoundBody', { path: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <code>{pathname}</code>
      {after}
    </>
  );
}

/** What an unknown address or an unknown record id shows: never a blank page. */
export function NotFound({ kind, id }: { kind?: string; id?: string }) {
  const t = useT(uiMessages);
  const { pathname } = useLocation();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFoundTitle')}</h1>
      <p>{kind && id ? t('notFoundRecord', { kind, id }) : <Address pathname={pathname} />}</p>
      <p>
        <AppLink to="/">{t('home')}</AppLink>
      </p>
    </section>
  );
}
