import { NO_STATUS_REPORTS } from '@/components/records/model/target-rows';
import { useStatusReports } from '@/data/tracking/follow-up-queries';
import { OverviewPage } from '@/features/overview/components/overview-page';

/**
 * The overview, with the reader's follow-ups merged into the deadline states. Until the reader
 * has recorded any, the page keeps the same (empty) reports when IndexedDB answers, so that
 * answer does not render the whole page a second time.
 */
export function Component() {
  const reports = useStatusReports();
  return <OverviewPage statusReports={reports.size ? reports : NO_STATUS_REPORTS} />;
}
