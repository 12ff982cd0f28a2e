import { Link, useLocation } from 'react-router-dom';
import { DATASET_PARAM, useDatasetSource } from '@/data/dataset-source';
import { useT } from '@/lib/i18n';
import { appMessages } from './messages';

/** The address of the current view without `?data=`: the same view on the bundled dataset. */
export function withoutDatasetParam(pathname: string, search: string, hash: string): string {
  const params = new URLSearchParams(search);
  params.delete(DATASET_PARAM);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** Addresses can be arbitrarily long; the banner shows the start and the end. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(-half)}`;
}

/**
 * Says which dataset is in view when it is not the bundled one, and offers the way back.
 * The URL is shown as text, never as a link: it came from the address bar.
 */
export function DatasetBanner() {
  const t = useT(appMessages);
  const source = useDatasetSource();
  const { pathname, search, hash } = useLocation();
  if (source.kind === 'bundled') return null;
  const back = withoutDatasetParam(pathname, search, hash);
  return (
    <div className={`dataset-banner dataset-banner-${source.kind}`} role="status">
      <p>
        {source.kind === 'external'
          ? t('datasetExternal')
          : t(
              source.reason === 'not-http' ? 'datasetRejectedScheme' : 'datasetRejectedMalformed',
            )}{' '}
        <code className="dataset-banner-url">{shorten(source.param)}</code>
      </p>
      <Link to={back} className="dataset-banner-back">
        {t('datasetBack')}
      </Link>
    </div>
  );
}
