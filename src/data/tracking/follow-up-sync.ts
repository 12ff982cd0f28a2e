import { useEffect } from 'react';

/**
 * Keeping tabs in agreement, and the browser keeping what they store. Every tab of the app
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
