import { useEffect, useSyncExternalStore } from 'react';

/**
 * Keeping tabs in agreement, and counting changes since the last backup. Every tab of the app
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

/** After this many changes without a backup, the panels offer one. */
export const BACKUP_EVERY = 10;

const counterKey = (storeName: string) => `${storeName}:changes-since-backup`;
const COUNTER_EVENT = 'zz-tracker:backup-counter';

function readCounter(storeName: string): number {
  try {
    const value = Number(globalThis.localStorage?.getItem(counterKey(storeName)) ?? 0);
    return Number.isFinite(value) && value > 0 ? value : 0;
  } catch {
    return 0; // storage blocked: no reminder rather than an error
  }
}

function writeCounter(storeName: string, value: number): void {
  try {
    globalThis.localStorage?.setItem(counterKey(storeName), String(value));
  } catch {
    // storage blocked or full: the reminder is a courtesy, the write it counts has succeeded
  }
  globalThis.dispatchEvent?.(new Event(COUNTER_EVENT));
}

export function countChange(storeName: string, changes = 1): void {
  if (changes > 0) writeCounter(storeName, readCounter(storeName) + changes);
}

export function markBackedUp(storeName: string): void {
  writeCounter(storeName, 0);
}

/** Changes since the last backup, kept in step across tabs (the storage event) and in this one. */
export function useChangesSinceBackup(storeName: string): number {
  return useSyncExternalStore(
    (notify) => {
      globalThis.addEventListener?.(COUNTER_EVENT, notify);
      globalThis.addEventListener?.('storage', notify);
      return () => {
        globalThis.removeEventListener?.(COUNTER_EVENT, notify);
        globalThis.removeEventListener?.('storage', notify);
      };
    },
    () => readCounter(storeName),
    () => 0,
  );
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
