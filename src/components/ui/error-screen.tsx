import { isDatasetLoadError } from '@/data/load-dataset';
import { Link } from 'react-router-dom';
import { LANG_PARAM, langParamFor, useLang, useT, type Lang } from '@/lib/i18n';
import { AppLink } from './app-link';
import { uiMessages } from './messages';

/** `?lang=en` in the English UI, nothing in the Chinese one. */
function langSearch(lang: Lang): string {
  const value = langParamFor(lang);
  return value ? `?${LANG_PARAM}=${value}` : '';
}

/**
 * Says what failed — network, HTTP status, JSON syntax, or each schema path — and offers a retry.
 * Every string from the failing file is rendered as text.
 */
export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(uiMessages);
  const { lang } = useLang();
  const datasetError = isDatasetLoadError(error) ? error : null;

  let summary = t('errorUnknown');
  if (datasetError) {
    summary = {
      network: t('errorNetwork'),
      timeout: t('errorTimeout'),
      'too-large': t('errorTooLarge'),
      encoding: t('errorEncoding'),
      'no-preview': t('errorNoPreview'),
      http: t('errorHttp', { status: datasetError.details.status ?? '?' }),
      syntax: t('errorSyntax'),
      validation: t('errorValidation', {
        total: datasetError.details.total ?? datasetError.details.issues?.length ?? 1,
      }),
    }[datasetError.kind];
  }
  const issues = datasetError?.details.issues ?? [];
  // Nothing to fetch again: the preview is made in the workbench, which is where to go.
  const noPreview = datasetError?.kind === 'no-preview';
  const more = (datasetError?.details.total ?? issues.length) - issues.length;

  return (
    <section className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{datasetError ? t('errorTitle') : t('errorUnknown')}</h1>
      <p>{summary}</p>
      {datasetError && datasetError.kind !== 'validation' && !noPreview && (
        <p className="error-detail">{datasetError.message}</p>
      )}
      {issues.length > 0 && (
        <ul className="error-issues">
          {issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p>{t('errorMore', { count: more })}</p>}
      {datasetError && !noPreview && (
        <p className="error-detail">
          {t('errorFile')}: <code>{datasetError.url}</code>
        </p>
      )}
      <div className="error-actions">
        {noPreview && (
          // Not an AppLink: that would carry ?data=preview along, to the same missing preview.
          <Link className="button" to={{ pathname: '/curate', search: langSearch(lang) }}>
            {t('openWorkbench')}
          </Link>
        )}
        {onRetry && !noPreview && (
          <button type="button" className="button" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
        <a className="button button-secondary" href={`${import.meta.env.BASE_URL}`}>
          {datasetError ? t('backToBundled') : t('home')}
        </a>
        {!datasetError && <AppLink to="/">{t('home')}</AppLink>}
      </div>
    </section>
  );
}
