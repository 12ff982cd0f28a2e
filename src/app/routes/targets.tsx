import { TargetsPage } from '@/features/targets/components/targets-page';
import { FollowUpTransferPanel } from '@/features/tracking/components/transfer-panel';

/** The targets table, then export/import of the user's follow-ups (all targets at once). */
export function Component() {
  return (
    <>
      <TargetsPage />
      <FollowUpTransferPanel />
    </>
  );
}
