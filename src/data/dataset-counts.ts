import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router-dom';
import { DATASET_PARAM, datasetSourceOf } from './dataset-source';
import { datasetQueryOptions } from './load-dataset';
import type { Dataset } from './schema';

/**
 * How many pages and records a dataset holds: what the footer and the charts' source notes say,
 * so that they stay true as pages are added (never a number written into the text).
 */
export type DatasetCounts = { pages: number; records: number };

export function datasetCounts(
  dataset: Pick<Dataset, 'sources' | 'projects' | 'targets' | 'figures' | 'batches'>,
): DatasetCounts {
  return {
    pages: dataset.sources.length,
    records:
      dataset.projects.length +
      dataset.targets.length +
      dataset.figures.length +
      dataset.batches.length,
  };
}

/**
 * The counts of the dataset in view, or undefined while it loads (or when it failed): for text
 * around the views (the footer, a chart's source note) that must not wait for the data.
 */
export function useDatasetCounts(): DatasetCounts | undefined {
  const { search } = useLocation();
  const { url } = datasetSourceOf(new URLSearchParams(search).get(DATASET_PARAM));
  return useQuery({
    ...datasetQueryOptions(url),
    select: datasetCounts,
    retry: false,
    refetchOnMount: false,
  }).data;
}
