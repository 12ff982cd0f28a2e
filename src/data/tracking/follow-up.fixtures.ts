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
