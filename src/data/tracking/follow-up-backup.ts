import { useMemo, useSyncExternalStore } from 'react';

/**
 * Which stored follow-ups are in no backup, so the panels offer one only when there is
 * something to save (docs/tracking.md, section 5). A module of its own: only the follow-up
 * panels, loaded on demand, need it; the pages' first load does not.
 */

/** When this many stored follow-ups are in no backup, the panels offer one. */
export const BACKUP_EVERY = 10;

/**
 * The versions of the follow-ups the reader has a copy of: those in the last file they
 * exported, and those in files they imported since (a file imported is a copy they hold).
 * `{ [id]: updatedAt }`, kept in localStorage so every tab shares it.
 */
export type BackedUpVersions = Readonly<Record<string, string>>;

/** Just the identity and version of a follow-up: what a backup is compared by. */
export type FollowUpVersion = { id: string; updatedAt: string };

const backupKey = (storeName: string) => `${storeName}:backed-up-versions`;
const BACKUP_EVENT = 'zz-tracker:backup-versions';
const NONE: BackedUpVersions = Object.freeze({});

function readBackupText(storeName: string): string | null {
  try {
    return globalThis.localStorage?.getItem(backupKey(storeName)) ?? null;
  } catch {
    return null; // storage blocked: every follow-up counts as not backed up
  }
}

/** The parsed versions of a stored text; anything unreadable is no backup. */
function parseBackup(text: string | null): BackedUpVersions {
  if (text === null) return NONE;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return NONE;
    const versions: Record<string, string> = {};
    for (const [id, version] of Object.entries(value)) {
      if (typeof version === 'string') versions[id] = version;
    }
    return versions;
  } catch {
    return NONE;
  }
}

function writeBackup(storeName: string, versions: BackedUpVersions): void {
  try {
    globalThis.localStorage?.setItem(backupKey(storeName), JSON.stringify(versions));
  } catch {
    // storage blocked or full: the reminder is a courtesy, the backup file was written
  }
  globalThis.dispatchEvent?.(new Event(BACKUP_EVENT));
}

const versionsOf = (followUps: readonly FollowUpVersion[]) =>
  Object.fromEntries(followUps.map((followUp) => [followUp.id, followUp.updatedAt]));

/** An export: the file holds exactly these, and it is now the last backup. */
export function recordBackup(storeName: string, followUps: readonly FollowUpVersion[]): void {
  writeBackup(storeName, versionsOf(followUps));
}

/**
 * An import: the reader holds the file, so what it brought is backed up too. Follow-ups the
 * import left as they were (a newer stored copy kept) stay as backed up as they were.
 */
export function recordRestore(storeName: string, followUps: readonly FollowUpVersion[]): void {
  writeBackup(storeName, {
    ...parseBackup(readBackupText(storeName)),
    ...versionsOf(followUps),
  });
}

/**
 * How many stored follow-ups are in no backup: added, or edited, since the last export or
 * import. Deleting is not counted: it leaves nothing that a backup would save, so after
 * "delete all" nothing is offered, and an import is not a change to back up.
 */
export function followUpsNotBackedUp(
  stored: readonly FollowUpVersion[],
  backedUp: BackedUpVersions,
): number {
  let count = 0;
  for (const followUp of stored) {
    if (backedUp[followUp.id] !== followUp.updatedAt) count += 1;
  }
  return count;
}

/** The backed-up versions, kept in step across tabs (the storage event) and in this one. */
export function useBackedUpVersions(storeName: string): BackedUpVersions {
  const text = useSyncExternalStore(
    (notify) => {
      globalThis.addEventListener?.(BACKUP_EVENT, notify);
      globalThis.addEventListener?.('storage', notify);
      return () => {
        globalThis.removeEventListener?.(BACKUP_EVENT, notify);
        globalThis.removeEventListener?.('storage', notify);
      };
    },
    () => readBackupText(storeName),
    () => null,
  );
  return useMemo(() => parseBackup(text), [text]);
}
