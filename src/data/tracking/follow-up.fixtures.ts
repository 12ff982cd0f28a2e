import type { FollowUp } from './follow-up';
import { FOLLOW_UP_FILE_FORMAT } from './follow-up-file';

/** Typed factories for tests: a valid follow-up unless the overrides say otherwise. */
export function makeFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu-1',
    targetId: 'guancheng-2021-q1-investment',
    status: 'achieved',
    date: '2021-04-20',
    note: '区政府工作报告称一季度完成投资62亿元。',
    evidence: { url: 'https://example.org/report' },
    createdAt: '2021-04-21T08:00:00.000Z',
    updatedAt: '2021-04-21T08:00:00.000Z',
    ...overrides,
  };
}

/** A version-1 file (evidence as one string, no updatedAt) as plain JSON. */
export function makeV1File(followUps: Record<string, unknown>[]) {
  return { format: FOLLOW_UP_FILE_FORMAT, version: 1, followUps };
}

export function makeV2File(followUps: unknown[]) {
  return {
    format: FOLLOW_UP_FILE_FORMAT,
    version: 2,
    exportedAt: '2021-05-01T00:00:00.000Z',
    followUps,
  };
}

/**
 * The i-th of many follow-ups of one shape: fixed-width ids and timestamps, so every one has
 * the same size in a file and a count at a size limit can be computed.
 */
export function makeNthFollowUp(
  index: number,
  shape: { note: string; url?: string; sourceId?: string },
): FollowUp {
  const n = String(index).padStart(6, '0');
  const createdAt = new Date(Date.UTC(2021, 0, 1) + index * 1000).toISOString();
  return makeFollowUp({
    id: `fu-${n}`,
    targetId: `target-${n}`,
    note: shape.note,
    evidence: {
      ...(shape.sourceId !== undefined ? { sourceId: shape.sourceId } : {}),
      ...(shape.url !== undefined ? { url: shape.url } : {}),
    },
    createdAt,
    updatedAt: createdAt,
  });
}
