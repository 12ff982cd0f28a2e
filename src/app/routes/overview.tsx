import { useStatusReports } from '@/data/tracking/follow-up-queries';
import { OverviewPage } from '@/features/overview/components/overview-page';

/** The overview, with the reader's follow-ups merged into the deadline states. */
export function Component() {
  return <OverviewPage statusReports={useStatusReports()} />;
}
