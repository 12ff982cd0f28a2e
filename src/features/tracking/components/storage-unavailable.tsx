import type { StorageProblem } from '@/data/tracking/follow-up-store';
import { useT } from '@/lib/i18n';
import { trackingMessages } from '../messages';

/** Said wherever follow-ups would be: they cannot be kept here, and the rest still works. */
export function StorageUnavailable({ problem }: { problem: StorageProblem }) {
  const t = useT(trackingMessages);
  const newer = problem.kind === 'unavailable' && problem.reason === 'newer-version';
  return (
    <p className="tracking-notice" role="status">
      {newer ? t('unavailableNewer') : t('unavailable')}
    </p>
  );
}
