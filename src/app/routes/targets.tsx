import { useStatusReports } from '@/data/tracking/follow-up-queries';
import { TargetsPage } from '@/features/targets/components/targets-page';
import { FollowUpTransferPanel } from '@/features/tracking/components/transfer-panel';

/** The targets table with the reader's follow-ups merged in, then export/import of them. */
export function Component() {
  const statusReports = useStatusReports();
  return (
    <>
      <TargetsPage statusReports={statusReports} />
      <FollowUpTransferPanel />
    </>
  );
}
