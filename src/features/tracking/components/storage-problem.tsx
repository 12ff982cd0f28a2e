import { useState } from 'react';
import { todayIso } from '@/lib/calendar';
import { FOLLOW_UP_LIMITS, type FollowUp } from '@/data/tracking/follow-up';
import { buildFollowUpFile, serializeFollowUpFile } from '@/data/tracking/follow-up-file';
import { useDatabaseDeleted, useFollowUps } from '@/data/tracking/follow-up-queries';
import { problemMessage, type StorageProblem } from '@/data/tracking/follow-up-store';
import { downloadText } from '@/lib/export';
import { useT } from '@/lib/i18n';
import { trackingMessages } from '../messages';

type T = ReturnType<typeof useT<keyof (typeof trackingMessages)['zh']>>;

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);

/** A storage problem in the reader's language; what is really stored, when it was read again. */
export function describeStorageProblem(t: T, problem: StorageProblem, lastSeen = 0): string {
  switch (problem.kind) {
    case 'limit':
      return t('limitReached', {
        records: problem.records.toLocaleString('en'),
        mb: mb(problem.bytes),
        maxRecords: FOLLOW_UP_LIMITS.records.toLocaleString('en'),
        maxMb: FOLLOW_UP_LIMITS.fileBytes / 1_000_000,
      });
    case 'no-space':
      return t('noSpace', {
        needed: mb(problem.neededBytes),
        available: mb(problem.availableBytes),
      });
    case 'not-found':
      return t('notFound');
    case 'conflict':
      return t('conflictEdit');
    case 'changed':
      return t('deleteAllChanged', { count: problem.count });
    case 'write-failed':
      if (problem.after.state === 'present')
        return t('writeFailedState', { message: problem.message, count: problem.after.count });
      if (problem.after.state === 'gone') return t('storeGone', { count: lastSeen });
      return t('storeUnreadable', { message: problem.message });
    case 'unavailable':
      return t('failed', { message: problem.message });
    default:
      return t('unexpected', { message: problemMessage(problem) });
  }
}

/**
 * The follow-ups this page last showed: when the browser deletes the database (a full disk),
 * they are the copy left to save.
 */
export function useLastSeenFollowUps(): readonly FollowUp[] {
  const view = useFollowUps();
  const [lastSeen, setLastSeen] = useState<readonly FollowUp[]>([]);
  const latest = view.state === 'ready' ? view.followUps : null;
  // Adjusted while rendering (React's pattern for state that follows a changing value).
  if (latest && latest.length > 0 && latest !== lastSeen) setLastSeen(latest);
  return latest && latest.length > 0 ? latest : lastSeen;
}

export function downloadFollowUps(followUps: readonly FollowUp[]) {
  const file = `zz-tracker-follow-ups-${todayIso()}.json`;
  downloadText(
    serializeFollowUpFile(buildFollowUpFile(followUps, new Date())),
    file,
    'application/json',
  );
  return file;
}

/** Says what went wrong; when the database is gone, offers the copy this page still holds. */
export function StorageProblemNotice({
  problem,
  lastSeen,
  inAlert = false,
}: {
  problem: StorageProblem;
  lastSeen: readonly FollowUp[];
  /** Inside a live region already: not an alert of its own (nested alerts are announced twice). */
  inAlert?: boolean;
}) {
  const t = useT(trackingMessages);
  const gone = problem.kind === 'write-failed' && problem.after.state === 'gone';
  return (
    <div className="tracking-problem" role={inAlert ? undefined : 'alert'}>
      <p>{describeStorageProblem(t, problem, lastSeen.length)}</p>
      {gone && lastSeen.length > 0 && (
        <button type="button" className="button" onClick={() => downloadFollowUps(lastSeen)}>
          {t('downloadLastSeen', { count: lastSeen.length })}
        </button>
      )}
    </div>
  );
}

/**
 * Said when the browser has deleted the stored follow-ups while this page was open (noticed on
 * the next read or write), with the page's last copy to download: an empty list must not pass
 * for "no follow-ups yet".
 */
export function DatabaseGoneNotice({ lastSeen }: { lastSeen: readonly FollowUp[] }) {
  const deleted = useDatabaseDeleted();
  if (!deleted) return null;
  return (
    <StorageProblemNotice
      problem={{ kind: 'write-failed', message: '', after: { state: 'gone' } }}
      lastSeen={lastSeen}
    />
  );
}
