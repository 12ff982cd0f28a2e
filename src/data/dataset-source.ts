import { useLocation } from 'react-router-dom';
import { BUNDLED_DATASET_URL, useDataset } from './load-dataset';
import type { Dataset } from './schema';

/** Which dataset is in view: the bundled one, or another of the same schema named by `?data=`. */
export type DatasetSource =
  | { kind: 'bundled'; url: string }
  | { kind: 'external'; url: string; param: string }
  | { kind: 'rejected'; url: string; param: string; reason: 'not-http' | 'malformed' };

export const DATASET_PARAM = 'data';

export function resolveDatasetSource(search: string, base: string): DatasetSource {
  const param = new URLSearchParams(search).get(DATASET_PARAM);
  if (param === null || param.trim() === '') return { kind: 'bundled', url: BUNDLED_DATASET_URL };
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    return { kind: 'rejected', url: BUNDLED_DATASET_URL, param, reason: 'malformed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'rejected', url: BUNDLED_DATASET_URL, param, reason: 'not-http' };
  }
  return { kind: 'external', url: url.href, param };
}

export function useDatasetSource(): DatasetSource {
  const location = useLocation();
  return resolveDatasetSource(location.search, globalThis.location?.href ?? 'http://localhost/');
}

/** The dataset in view (bundled or `?data=`). */
export function useCurrentDataset(): Dataset;
export function useCurrentDataset<T>(select: (dataset: Dataset) => T): T;
export function useCurrentDataset<T>(select?: (dataset: Dataset) => T) {
  const { url } = useDatasetSource();
  return useDataset(url, select ?? ((d: Dataset) => d as unknown as T));
}
