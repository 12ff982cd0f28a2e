import { useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * Keeping tabs in agreement, and knowing which follow-ups are in no backup. Every tab of the app
 * reads the same IndexedDB but caches what it read; a write in one tab is announced on a
 * BroadcastChannel, and every other tab reads the store again (docs/tracking.md, section 5).
 */

const channelName = (storeName: string) => `${storeName}:follow-ups-changed`;

/** Tells the other tabs (and other readers in this one) that the stored follow-ups changed. */
export function announceFollowUpChange(storeName: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(storeName));
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever another tab (or another reader here) announces a change. */
export function useFollowUpChanges(storeName: string, listener: () => void): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName(storeName));
    channel.onmessage = () => listener();
    return () => channel.close();
  }, [storeName, listener]);
}

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

let persistenceAsked = false;

/**
 * Asks the browser to keep the follow-ups when space runs low (navigator.storage.persist());
 * once per page, after the first write, so a reader who never writes is never asked.
 */
export function requestPersistentStorage(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (typeof storage?.persist !== 'function') return;
  storage.persist().catch(() => {});
}

/**
 * Whether the browser has promised to keep this site's storage (true), has not (false), or
 * cannot say (undefined: no Storage API, or it failed).
 */
export async function isStoragePersisted(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (typeof storage?.persisted !== 'function') return undefined;
  return storage.persisted().catch(() => undefined);
}
