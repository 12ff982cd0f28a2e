import { Link, useLocation } from 'react-router-dom';
import { DATASET_PARAM, useDatasetSource } from '@/data/dataset-source';
import { storedPreview } from '@/data/load-dataset';
import { defineMessages, useT } from '@/lib/i18n';
import { appMessages } from './messages';

/** Said only here; kept beside the banner so the app's shared catalog need not change. */
const bannerMessages = defineMessages({
  zh: {
    datasetRejectedCredentials:
      '已拒绝数据地址：地址中含有用户名或密码（共享链接不得携带登录信息），正在显示内置数据集：',
    datasetPreview: '预览：正在显示整理工作台在本浏览器中生成的新数据集，尚未发布，只有你能看到。',
    datasetPreviewMissing: '预览：本浏览器中没有保存的预览数据集，没有可显示的内容。',
    datasetRejectedHost: ({ hosts }) =>
      `已拒绝数据地址：本站只从${hosts}读取数据集（部署时设定），正在显示内置数据集：`,
    thisSite: '本站',
    hostSeparator: '、',
  },
  en: {
    datasetRejectedCredentials:
      'Refused the data address: it contains a user name or password (a shared link must not carry login details); showing the bundled dataset:',
    datasetPreview:
      'Preview: showing the new dataset the curation workbench made in this browser. It is not published; only you can see it.',
    datasetPreviewMissing:
      'Preview: no preview dataset is saved in this browser, so there is nothing to show.',
    datasetRejectedHost: ({ hosts }) =>
      `Refused the data address: this site loads datasets only from ${hosts} (set when it was deployed); showing the bundled dataset:`,
    thisSite: 'this site',
    hostSeparator: ', ',
  },
});

/** Any origin: only used to see whether a path would leave it. */
const PROBE_ORIGIN = 'https://app.invalid';

/**
 * The current path as one that stays on this origin. A browser reports `//evil.example/` (also
 * typed as `/\evil.example/`) as the pathname of a request to this app, but as a link it is
 * protocol-relative and leads to evil.example. Leading slashes, backslashes and control
 * characters collapse to one `/`; whatever still resolves elsewhere becomes the app's root.
 */
export function sameOriginPath(pathname: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what URL parsers skip
  const path = `/${pathname.replace(/^[\s/\\\u0000-\u001f]+/u, '')}`;
  const resolved = new URL(path, PROBE_ORIGIN);
  return resolved.origin === PROBE_ORIGIN ? resolved.pathname : '/';
}

/**
 * The address of the current view without `?data=`: the same view on the bundled dataset, on
 * this origin whatever the address bar held.
 */
export function withoutDatasetParam(pathname: string, search: string, hash: string): string {
  const params = new URLSearchParams(search);
  params.delete(DATASET_PARAM);
  const query = params.toString();
  return `${sameOriginPath(pathname)}${query ? `?${query}` : ''}${hash}`;
}

function rejectedMessageKey(reason: 'not-http' | 'malformed') {
  return reason === 'not-http' ? 'datasetRejectedScheme' : 'datasetRejectedMalformed';
}

/** Addresses can be arbitrarily long; the banner shows the start and the end, whole characters. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  // By code point, so an emoji or 𠮷 at a cut is kept whole, never half a surrogate pair.
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${characters.slice(0, half).join('')}…${characters.slice(-half).join('')}`;
}

/**
 * Says which dataset is in view when it is not the bundled one, and offers the way back.
 * The URL is shown as text, never as a link: it came from the address bar.
 */
export function DatasetBanner() {
  const t = useT(appMessages);
  const tBanner = useT(bannerMessages);
  const source = useDatasetSource();
  const { pathname, search, hash } = useLocation();
  if (source.kind === 'bundled') return null;
  const back = withoutDatasetParam(pathname, search, hash);
  /** The hosts a refusal names: this site for 'self', then the dataset origins. */
  const hostList = (sources: readonly string[]) =>
    sources
      .map((host) => (host === "'self'" ? tBanner('thisSite') : host))
      .join(tBanner('hostSeparator'));
  return (
    <div className={`dataset-banner dataset-banner-${source.kind}`} role="status">
      <p>
        {source.kind === 'preview' ? (
          // Said before the error screen below says why: the banner must not claim a preview.
          storedPreview() === null ? (
            tBanner('datasetPreviewMissing')
          ) : (
            tBanner('datasetPreview')
          )
        ) : (
          <>
            {source.kind === 'external'
              ? t('datasetExternal')
              : source.reason === 'credentials'
                ? tBanner('datasetRejectedCredentials')
                : source.reason === 'host-not-allowed'
                  ? tBanner('datasetRejectedHost', { hosts: hostList(source.allowed) })
                  : t(rejectedMessageKey(source.reason))}{' '}
            <code className="dataset-banner-url">{shorten(source.param)}</code>
          </>
        )}
      </p>
      <Link to={back} className="dataset-banner-back">
        {t('datasetBack')}
      </Link>
    </div>
  );
}
