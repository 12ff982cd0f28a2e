import { useStatusReports } from '@/data/tracking/follow-up-queries';
import { TargetsPage } from '@/features/targets/components/targets-page';
import { trackingMessages } from '@/features/tracking/messages';
import { FollowUpTransferPanel } from '@/features/tracking/components/transfer-panel';
import { useT } from '@/lib/i18n';

/**
 * The targets table with the reader's follow-ups merged in; export/import of the follow-ups
 * sits folded near the top, where it is found without scrolling past every target.
 */
export function Component() {
  const statusReports = useStatusReports();
  const t = useT(trackingMessages);
  return (
    <TargetsPage
      statusReports={statusReports}
      toolbar={
        <details className="transfer-details">
          <summary>{t('toTransfer')}</summary>
          <FollowUpTransferPanel />
        </details>
      }
    />
  );
}
