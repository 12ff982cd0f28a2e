import type { Evidence, FollowUp, FollowUpProgress } from './follow-up';

/**
 * Comparing and normalizing follow-ups. Apart from follow-up.ts so that the merge into the
 * dashboard's pages (follow-up-merge.ts, on the overview's first load) needs none of the
 * follow-up schemas: it imports only types from there.
 */

/** Progress with its keys in one fixed order: the amount (value, unit) or the percent, then through. */
function canonicalProgress(progress: FollowUpProgress): FollowUpProgress {
  return progress.done !== undefined
    ? { done: { value: progress.done.value, unit: progress.done.unit }, through: progress.through }
    : { percentOfPlan: progress.percentOfPlan ?? 0, through: progress.through };
}

/**
 * A follow-up with its keys in one fixed order (progress, when stated, after the evidence) and
 * no undefined fields: what the store writes, the export file holds and identity compares.
 */
export function canonicalFollowUp(followUp: FollowUp): FollowUp {
  const evidence: Evidence = {};
  if (followUp.evidence.sourceId !== undefined) evidence.sourceId = followUp.evidence.sourceId;
  if (followUp.evidence.url !== undefined) evidence.url = followUp.evidence.url;
  return {
    id: followUp.id,
    targetId: followUp.targetId,
    status: followUp.status,
    date: followUp.date,
    note: followUp.note,
    evidence,
    ...(followUp.progress ? { progress: canonicalProgress(followUp.progress) } : {}),
    createdAt: followUp.createdAt,
    updatedAt: followUp.updatedAt,
  };
}

/** Same content, field by field, progress too (key order and absent-vs-undefined do not matter). */
export function sameFollowUp(a: FollowUp, b: FollowUp): boolean {
  return JSON.stringify(canonicalFollowUp(a)) === JSON.stringify(canonicalFollowUp(b));
}

/**
 * A stored record's version, for "delete all" to compare with what its confirmation showed:
 * a follow-up's `updatedAt` (every edit sets a later one), or, for a record that is not a valid
 * follow-up, its content as JSON.
 */
export function recordVersion(followUp: FollowUp | undefined, raw: unknown): string {
  if (followUp) return followUp.updatedAt;
  try {
    return `raw:${JSON.stringify(raw)}`;
  } catch {
    return `raw:${typeof raw}`; // a BigInt or a cycle: unreadable as JSON, compared as a kind
  }
}
