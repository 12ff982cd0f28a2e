import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { BUNDLED_DATASET_URL, PREVIEW_DATASET_URL, useDataset } from './load-dataset';
import type { Dataset } from './schema';
import { datasetHostsOf, pagePolicy, type DatasetHosts } from './dataset-hosts';

/** Which dataset is in view: the bundled one, or another of the same schema named by `?data=`. */
export type DatasetSource =
  | { kind: 'bundled'; url: string }
  /** A dataset the curation workbench saved in this browser, shown unpublished: `?data=preview`. */
  | { kind: 'preview'; url: string; param: string }
  | { kind: 'external'; url: string; param: string }
  | {
      kind: 'rejected';
      url: string;
      /** The value as given, except that a refused user name and password are masked. */
      param: string;
      reason: 'not-http' | 'malformed' | 'credentials';
    }
  /**
   * A host this deployment's policy does not let the page connect to: refused before any
   * request (a blocked fetch would only say "network error"), naming the hosts it allows.
   */
  | {
      kind: 'rejected';
      url: string;
      param: string;
      reason: 'host-not-allowed';
      /** The policy's connect sources: `'self'` and the dataset origins (DATASET_ORIGINS). */
      allowed: readonly string[];
    };

export const DATASET_PARAM = 'data';
/** `?data=preview`: the dataset the curation workbench saved for a preview in this browser. */
export const PREVIEW_PARAM = 'preview';

export function resolveDatasetSource(
  search: string,
  base: string,
  hosts: DatasetHosts = null,
): DatasetSource {
  return resolveDatasetParam(new URLSearchParams(search).get(DATASET_PARAM), base, hosts);
}

/**
 * The dataset a `?data=` value (null when absent) names, a relative one read against `base`;
 * `hosts` says which the page's policy lets it load (null: any).
 */
function resolveDatasetParam(
  param: string | null,
  base: string,
  hosts: DatasetHosts,
): DatasetSource {
  if (param === null || param.trim() === '') return { kind: 'bundled', url: BUNDLED_DATASET_URL };
  if (param === PREVIEW_PARAM) return { kind: 'preview', url: PREVIEW_DATASET_URL, param };
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    return { kind: 'rejected', url: BUNDLED_DATASET_URL, param, reason: 'malformed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'rejected', url: BUNDLED_DATASET_URL, param, reason: 'not-http' };
  }
  if (url.username !== '' || url.password !== '') {
    // A shared link must not make a visitor's browser log in anywhere, and the banner must not
    // show someone's password: refused, and shown with the user part masked.
    url.username = url.username === '' ? '' : '***';
    url.password = url.password === '' ? '' : '***';
    return {
      kind: 'rejected',
      url: BUNDLED_DATASET_URL,
      param: url.href,
      reason: 'credentials',
    };
  }
  if (hosts && !hosts.allows(url)) {
    return {
      kind: 'rejected',
      url: BUNDLED_DATASET_URL,
      param,
      reason: 'host-not-allowed',
      allowed: hosts.sources,
    };
  }
  return { kind: 'external', url: url.href, param };
}

/**
 * The dataset a `?data=` value names. A relative address is read against the app's root, not
 * the page it appears on, so one link names one dataset on every page.
 */
export function datasetSourceOf(param: string | null): DatasetSource {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const hosts = datasetHostsOf(pagePolicy(), new URL(origin));
  return resolveDatasetParam(param, new URL(import.meta.env.BASE_URL, origin).href, hosts);
}

const DatasetSourceContext = createContext<DatasetSource | null>(null);

/**
 * Resolves `?data=` once for everything below it. The value changes only when the dataset
 * named in the URL does, so the many components that read the dataset are not rendered again
 * by a new filter, sort or search in the query: only those that read the query itself are.
 */
export function DatasetSourceProvider({ children }: { children: ReactNode }) {
  const { search } = useLocation();
  const param = new URLSearchParams(search).get(DATASET_PARAM);
  const source = useMemo(() => datasetSourceOf(param), [param]);
  return <DatasetSourceContext value={source}>{children}</DatasetSourceContext>;
}

export function useDatasetSource(): DatasetSource {
  const source = useContext(DatasetSourceContext);
  if (!source) throw new Error('useDatasetSource needs a DatasetSourceProvider above it');
  return source;
}

/** The dataset in view (bundled or `?data=`). */
export function useCurrentDataset(): Dataset;
export function useCurrentDataset<T>(select: (dataset: Dataset) => T): T;
export function useCurrentDataset<T>(select?: (dataset: Dataset) => T) {
  const { url } = useDatasetSource();
  return useDataset(url, select ?? ((d: Dataset) => d as unknown as T));
}
