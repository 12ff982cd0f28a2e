import type { TargetStatus } from '../schema';
import type { StatusReport } from './deadline-state';
import type { FollowUp } from './follow-up';
import { sameFollowUp } from './follow-up-canonical';

/**
 * How follow-ups combine with the dataset: as dated status reports per target (a follow-up
 * dated D counts from D on; before that the dataset's own status holds — `statusAsOf`), and
 * how an imported file combines with what is stored.
 */

/** The order in which reports are handed to `statusAsOf`: by date, then by when recorded. */
function compareOldestFirst(a: FollowUp, b: FollowUp): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const recorded = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (recorded !== 0) return recorded;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Follow-ups → dated status reports per target id, oldest first. On a day with several
 * follow-ups the one recorded last comes last, which is the one `statusAsOf` lets win.
 */
export function statusReportsByTarget(
  followUps: readonly FollowUp[],
): ReadonlyMap<string, readonly StatusReport[]> {
  const byTarget = new Map<string, FollowUp[]>();
  for (const followUp of followUps) {
    const list = byTarget.get(followUp.targetId);
    if (list) list.push(followUp);
    else byTarget.set(followUp.targetId, [followUp]);
  }
  const reports = new Map<string, readonly StatusReport[]>();
  for (const [targetId, list] of byTarget) {
    reports.set(
      targetId,
      list.sort(compareOldestFirst).map(({ status, date }) => ({ status, date })),
    );
  }
  return reports;
}

/** The follow-up that decides a target's status on `asOf`, if any counts yet. */
export function decidingFollowUp(
  followUps: readonly FollowUp[],
  asOf: string,
): FollowUp | undefined {
  let deciding: FollowUp | undefined;
  for (const followUp of followUps) {
    if (followUp.date > asOf) continue;
    if (!deciding || compareOldestFirst(followUp, deciding) > 0) deciding = followUp;
  }
  return deciding;
}

/** Where a target's status on a day comes from: the articles, or one of the user's follow-ups. */
export type StatusOrigin =
  | { kind: 'dataset'; status: TargetStatus }
  | { kind: 'follow-up'; status: TargetStatus; followUp: FollowUp };

export function statusOriginAsOf(
  datasetStatus: TargetStatus,
  followUps: readonly FollowUp[],
  asOf: string,
): StatusOrigin {
  const deciding = decidingFollowUp(followUps, asOf);
  return deciding
    ? { kind: 'follow-up', status: deciding.status, followUp: deciding }
    : { kind: 'dataset', status: datasetStatus };
}

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
