import { useState } from 'react';
import { todayIso } from '@/lib/calendar';
import { followUpFileName } from '@/data/tracking/follow-up-file-name';
import { serializeFollowUpFile } from '@/data/tracking/follow-up-file';
import { useExportFollowUps } from '@/data/tracking/follow-up-mutations';
import { useFollowUps, useFollowUpStore } from '@/data/tracking/follow-up-queries';
import { describeStorageProblem } from './storage-problem';
import {
  BACKUP_EVERY,
  followUpsNotBackedUp,
  useBackedUpVersions,
} from '@/data/tracking/follow-up-backup';
import { downloadText } from '@/lib/export';
import { useT } from '@/lib/i18n';
import { trackingMessages } from '../messages';

/** Downloads every stored follow-up as the export file; says how it went. */
export function useBackupDownload() {
  const t = useT(trackingMessages);
  const exportFile = useExportFollowUps();
  return async (): Promise<
    { ok: true; file: string; count: number } | { ok: false; message: string }
  > => {
    const result = await exportFile().catch((error: unknown) => ({
      ok: false as const,
      reason: { kind: 'unexpected' as const, message: String(error) },
    }));
    if (!result.ok)
      return {
        ok: false,
        message: describeStorageProblem(t, result.reason, { action: 'export' }),
      };
    const file = followUpFileName(todayIso(), result.data.followUps.length);
    downloadText(serializeFollowUpFile(result.data), file, 'application/json');
    return { ok: true, file, count: result.data.followUps.length };
  };
}

/**
 * Offers a download once BACKUP_EVERY stored follow-ups are in no backup (added or edited since
 * the last export or import): the browser may clear its storage (a full disk), and the file is
 * the copy that survives. Deleting adds nothing to back up, so "delete all" never leads to an
 * offer of an empty file, and an import (a file the reader holds) is not counted.
 */
export function BackupReminder() {
  const t = useT(trackingMessages);
  const store = useFollowUpStore();
  const view = useFollowUps();
  const backedUp = useBackedUpVersions(store.name);
  const backup = useBackupDownload();
  const [failure, setFailure] = useState<string | null>(null);
  const pending = view.state === 'ready' ? followUpsNotBackedUp(view.followUps, backedUp) : 0;
  if (pending < BACKUP_EVERY) return null;
  return (
    <div className="tracking-notice backup-reminder" role="status">
      <p>{t('backupDue', { count: pending })}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          const result = await backup();
          setFailure(result.ok ? null : result.message);
        }}
      >
        {t('downloadBackup')}
      </button>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
