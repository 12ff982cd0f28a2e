import { useState } from 'react';
import { todayIso } from '@/lib/calendar';
import { followUpFileName } from '@/data/tracking/follow-up-file-name';
import { FOLLOW_UP_LIMITS, type FollowUp } from '@/data/tracking/follow-up';
import { buildFollowUpFile, serializeFollowUpFile } from '@/data/tracking/follow-up-file';
import { useDatabaseDeleted, useFollowUps } from '@/data/tracking/follow-up-queries';
import {
  problemMessage,
  type ChangedRecord,
  type StorageProblem,
  type StoreChanges,
} from '@/data/tracking/follow-up-store';
import { downloadText } from '@/lib/export';
import { useT } from '@/lib/i18n';
import { trackingMessages } from '../messages';

type T = ReturnType<typeof useT<keyof (typeof trackingMessages)['zh']>>;

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);

/** What the reader was doing when storage failed: every message starts by saying what did not happen. */
export type StorageAction = 'save' | 'delete' | 'delete-all' | 'import' | 'export';

const LEAD = {
  save: 'failedSave',
  delete: 'failedDelete',
  'delete-all': 'failedDeleteAll',
  import: 'failedImport',
  export: 'failedExport',
} as const satisfies Record<StorageAction, keyof (typeof trackingMessages)['zh']>;

/** How many changed records a refusal names before it says "…". */
const NAMED_CHANGES = 3;

/** The records another tab changed, named by target and date where they are follow-ups. */
function namedChanges(
  t: T,
  records: readonly ChangedRecord[],
  name: (followUp: FollowUp) => string,
): string {
  const named = records.flatMap(({ followUp }) => (followUp ? [name(followUp)] : []));
  const shown = named.slice(0, NAMED_CHANGES).join(t('nameSeparator'));
  return named.length > NAMED_CHANGES ? `${shown}${t('nameSeparator')}…` : shown;
}

/** What another tab changed since "delete all" was opened: edited, added and deleted. */
function describeChanges(t: T, changes: StoreChanges, name: (followUp: FollowUp) => string) {
  const parts: string[] = [];
  if (changes.edited.length > 0)
    parts.push(
      t('changedEdited', {
        count: changes.edited.length,
        names: namedChanges(t, changes.edited, name),
      }),
    );
  if (changes.added.length > 0)
    parts.push(
      t('changedAdded', {
        count: changes.added.length,
        names: namedChanges(t, changes.added, name),
      }),
    );
  if (changes.removed.length > 0)
    parts.push(t('changedRemoved', { count: changes.removed.length }));
  return parts.join(t('listSeparator'));
}

export type DescribeOptions = {
  action: StorageAction;
  /** How many follow-ups this page last showed (offered for download when storage is gone). */
  lastSeen?: number;
  /** How a message names a follow-up (its target and date; its target's id when not given). */
  nameFollowUp?: (followUp: FollowUp) => string;
};

/**
 * A storage problem in the reader's language: first what did not happen (not saved, nothing
 * imported…), then why, then what is really stored when it was read again; "your text is still
 * in the form" only where there is a form.
 */
export function describeStorageProblem(
  t: T,
  problem: StorageProblem,
  { action, lastSeen = 0, nameFollowUp = (followUp) => followUp.targetId }: DescribeOptions,
): string {
  const lead = t(LEAD[action]);
  /** A failed save's message ends by saying the typed text is kept: there is a form to keep it. */
  const formKept = (message: string) =>
    action === 'save' ? `${message}${t('sentenceSeparator')}${t('textKept')}` : message;
  switch (problem.kind) {
    case 'limit':
      return t('limitReached', {
        lead,
        records: problem.records.toLocaleString('en'),
        mb: mb(problem.bytes),
        maxRecords: FOLLOW_UP_LIMITS.records.toLocaleString('en'),
        maxMb: FOLLOW_UP_LIMITS.fileBytes / 1_000_000,
      });
    case 'no-space':
      return t('noSpace', {
        lead,
        needed: mb(problem.neededBytes),
        available: mb(problem.availableBytes),
      });
    case 'not-found':
      return t('notFound', { lead });
    case 'conflict':
      return action === 'delete' ? t('conflictDelete') : t('conflictEdit');
    case 'changed':
      return t('deleteAllChanged', {
        count: problem.count,
        changes: describeChanges(t, problem.changes, nameFollowUp),
      });
    case 'write-failed': {
      const reason = problem.cause === 'quota' ? t('reasonQuota') : problem.message;
      if (problem.after.state === 'present')
        return formKept(t('writeFailedState', { lead, reason, count: problem.after.count }));
      if (problem.after.state === 'gone') return t('storeGone', { count: lastSeen });
      return formKept(t('storeUnreadable', { lead, reason }));
    }
    default:
      return formKept(t('failedBecause', { lead, reason: problemMessage(problem) }));
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
  const file = followUpFileName(todayIso(), followUps.length);
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
  action,
  lastSeen,
  nameFollowUp,
  inAlert = false,
}: {
  problem: StorageProblem;
  action: StorageAction;
  lastSeen: readonly FollowUp[];
  nameFollowUp?: (followUp: FollowUp) => string;
  /** Inside a live region already: not an alert of its own (nested alerts are announced twice). */
  inAlert?: boolean;
}) {
  const t = useT(trackingMessages);
  const gone = problem.kind === 'write-failed' && problem.after.state === 'gone';
  return (
    <div className="tracking-problem" role={inAlert ? undefined : 'alert'}>
      <p>
        {describeStorageProblem(t, problem, { action, lastSeen: lastSeen.length, nameFollowUp })}
      </p>
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
      problem={{ kind: 'write-failed', cause: 'other', message: '', after: { state: 'gone' } }}
      action="save"
      lastSeen={lastSeen}
    />
  );
}
