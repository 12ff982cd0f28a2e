import { useDatasetCounts } from '@/data/dataset-counts';
import { useT } from '@/lib/i18n';
import { chartMessages } from './messages';

/** A chart's source line, with the number of pages the dataset in view holds. */
export function useSourceNote(): string {
  const c = useT(chartMessages);
  const counts = useDatasetCounts();
  return counts ? c('sourceNoteCounts', counts) : c('sourceNote');
}
