import { TargetsPage } from '@/features/targets/components/targets-list-page';
import { trackingMessages } from '@/features/tracking/messages';
import { FollowUpTransferPanel } from '@/features/tracking/components/transfer-panel';
import { useT } from '@/lib/i18n';

/**
 * The targets list with the follow-ups' export and import folded near the top, where it is
 * found without scrolling past every target. Two features meet here, so the app composes them.
 */
export function TargetsRoute() {
  const t = useT(trackingMessages);
  return (
    <TargetsPage
      toolbar={
        <details className="transfer-details">
          <summary>{t('toTransfer')}</summary>
          <FollowUpTransferPanel />
        </details>
      }
    />
  );
}
