import type { FollowUp } from './follow-up';
import { sameFollowUp } from './follow-up-canonical';

/**
 * How an imported file combines with what is stored. (How follow-ups combine with the pages'
 * reports into a target's status is the tracker's: src/tracker/tracker.ts.)
 */

export type ImportOutcome = 'added' | 'updated' | 'unchanged' | 'kept-stored';

export type ImportPlan = {
  /** What to write, in the file's order. */
  writes: FollowUp[];
  counts: Record<ImportOutcome, number>;
};

/**
 * Merging a file into storage, by id: a new id is added; the same content is unchanged; the
 * same id with other content is replaced when the file's `updatedAt` is later, otherwise the
 * stored copy is kept (ties keep what is stored). So importing a file twice changes nothing
 * the second time, and an older export never overwrites a newer edit.
 */
export function planImport(
  stored: ReadonlyMap<string, FollowUp>,
  incoming: readonly FollowUp[],
): ImportPlan {
  const counts: Record<ImportOutcome, number> = {
    added: 0,
    updated: 0,
    unchanged: 0,
    'kept-stored': 0,
  };
  const writes: FollowUp[] = [];
  for (const followUp of incoming) {
    const existing = stored.get(followUp.id);
    if (!existing) {
      counts.added += 1;
      writes.push(followUp);
    } else if (sameFollowUp(existing, followUp)) {
      counts.unchanged += 1;
    } else if (Date.parse(followUp.updatedAt) > Date.parse(existing.updatedAt)) {
      counts.updated += 1;
      writes.push(followUp);
    } else {
      counts['kept-stored'] += 1;
    }
  }
  return { writes, counts };
}

/** Ids a set of follow-ups refers to that the dataset in view does not have. */
export type UnknownReferences = { targetIds: string[]; sourceIds: string[] };

export function unknownReferences(
  followUps: readonly FollowUp[],
  known: { targetIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> },
): UnknownReferences {
  const targetIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const followUp of followUps) {
    if (!known.targetIds.has(followUp.targetId)) targetIds.add(followUp.targetId);
    const sourceId = followUp.evidence.sourceId;
    if (sourceId !== undefined && !known.sourceIds.has(sourceId)) sourceIds.add(sourceId);
  }
  return { targetIds: [...targetIds].sort(), sourceIds: [...sourceIds].sort() };
}
