import type { SourceRef } from '@/data/schema';
import type { Light, PaceMeasure } from '@/tracker/progress';
import type { Evidence, TargetRow } from '@/tracker/tracker';

/**
 * What the targets list reads of a row's progress against plan (tracker/progress.ts): the
 * measure when progress was stated, and its light, grey (`none`) for a target with a planned
 * amount and no progress stated yet, or no light at all for a target without a planned amount
 * (shown as "—" and left out of the light facet). Pure, for the list's columns and its tests.
 */

/** The light facet's values, in the order the filter lists them. */
export const LIGHT_VALUES = ['green', 'yellow', 'red', 'none'] as const;
export type LightValue = (typeof LIGHT_VALUES)[number];

export function paceOf(row: TargetRow): PaceMeasure | null {
  return row.progress.kind === 'measured' ? row.progress.measure : null;
}

export function lightOfRow(row: TargetRow): Light | 'none' | null {
  if (row.progress.kind === 'measured') return row.progress.measure.light;
  return row.progress.kind === 'unreported' ? 'none' : null;
}

/** A percent or points for a CSV cell: one decimal, as a number a spreadsheet sorts. */
export const oneDecimal = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : Math.round(value * 10) / 10;

/**
 * Where the status in force comes from, for the exports: a page's report (its date, the
 * sentence's page and place) or the reader's follow-up (its date, note and link or page).
 */
export type StatusSource =
  | { kind: 'page'; date: string; ref: SourceRef }
  | { kind: 'follow-up'; date: string; note: string; url: string | null; sourceId: string | null };

export function statusSourceOf(evidence: Evidence | { kind: 'none' }): StatusSource | null {
  if (evidence.kind === 'report') {
    return { kind: 'page', date: evidence.date, ref: evidence.report.sourceRef };
  }
  if (evidence.kind === 'follow-up') {
    const { followUp } = evidence;
    return {
      kind: 'follow-up',
      date: followUp.date,
      note: followUp.note,
      url: followUp.evidence.url ?? null,
      sourceId: followUp.evidence.sourceId ?? null,
    };
  }
  return null;
}

/** How many of some rows have their status in force from the reader's follow-ups. */
export const countFromFollowUps = (rows: readonly TargetRow[]) =>
  rows.filter((row) => row.followedUp).length;
