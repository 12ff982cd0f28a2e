import type { FollowUp } from '@/data/tracking/follow-up';

/**
 * The one order of a target's follow-ups, newest first, used for the status in force (the
 * first that counts on the as-of date: tracker.ts) and for the list on the target's page, so
 * the follow-up listed first is the one that sets the status.
 *
 * 1. The later day the status applies from (`date`).
 * 2. On the same day, the one **recorded last** (`updatedAt`): an edit is the reader's latest
 *    knowledge, so a follow-up edited today outranks one created yesterday and never edited.
 *    Compared as instants, not as text: a timestamp may carry an offset (`+08:00`).
 * 3. Then the id, so the order never depends on the order storage returned them in.
 *
 * `createdAt` plays no part. docs/tracking.md, section 4.
 */
export function compareFollowUpsNewestFirst(a: FollowUp, b: FollowUp): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const recorded = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  if (recorded !== 0 && !Number.isNaN(recorded)) return recorded;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
