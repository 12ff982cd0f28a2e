import { isDatasetLoadError } from '@/data/load-dataset';
import { useT } from '@/lib/i18n';
import { AppLink } from './app-link';
import { uiMessages } from './messages';

/**
 * Says what failed — network, HTTP status, JSON syntax, or each schema path — and offers a retry.
 * Every string from the failing file is rendered as text.
 */
export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(uiMessages);
  const datasetError = isDatasetLoadError(error) ? error : null;

  let summary = t('errorUnknown');
  if (datasetError) {
    summary = {
      network: t('errorNetwork'),
      timeout: t('errorTimeout'),
      'too-large': t('errorTooLarge'),
      http: t('errorHttp', { status: datasetError.details.status ?? '?' }),
      syntax: t('errorSyntax'),
      validation: t('errorValidation', {
        total: datasetError.details.total ?? datasetError.details.issues?.length ?? 1,
      }),
    }[datasetError.kind];
  }
  const issues = datasetError?.details.issues ?? [];
  const more = (datasetError?.details.total ?? issues.length) - issues.length;

  return (
    <section className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{datasetError ? t('errorTitle') : t('errorUnknown')}</h1>
      <p>{summary}</p>
      {datasetError && datasetError.kind !== 'validation' && (
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
      {datasetError && (
        <p className="error-detail">
          {t('errorFile')}: <code>{datasetError.url}</code>
        </p>
      )}
      <div className="error-actions">
        {onRetry && (
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
