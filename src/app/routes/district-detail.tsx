import { useStatusReports } from '@/data/tracking/follow-up-queries';
import { DistrictDetailPage } from '@/features/districts/components/districts-page';

/** A district, with the reader's follow-ups merged into its targets' deadline states. */
export function Component() {
  return <DistrictDetailPage statusReports={useStatusReports()} />;
}
