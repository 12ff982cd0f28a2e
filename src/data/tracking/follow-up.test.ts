import { describe, expect, it } from 'vitest';
import {
  followUpSchema,
  FOLLOW_UP_LIMITS,
  FOLLOW_UP_STATUSES,
  isHttpUrl,
  migrateFollowUpV1,
  migrateFollowUpV2,
  newFollowUpId,
  nextTimestamp,
  type FollowUp,
} from './follow-up';
import { canonicalFollowUp, sameFollowUp } from './follow-up-canonical';
import { makeFollowUp } from './follow-up.fixtures';

describe('isHttpUrl', () => {
  const accepted = [
    'https://example.org/a?b=c',
    'http://localhost:4211/x',
    'HTTPS://EXAMPLE.ORG',
    'https://例子.测试/路径',
  ];
  const rejected = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org',
    'http://',
    '',
  ];
  it.each([
    ...accepted.map((value) => [value, true] as const),
    ...rejected.map((value) => [value, false] as const),
  ])('%j → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});

describe('followUpSchema', () => {
  it('accepts a complete follow-up and every status but "not yet rated"', () => {
    for (const status of FOLLOW_UP_STATUSES) {
      expect(followUpSchema.safeParse(makeFollowUp({ status })).success).toBe(true);
    }
    expect(FOLLOW_UP_STATUSES).not.toContain('not-rated');
    expect(FOLLOW_UP_STATUSES).toHaveLength(6);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['status not-rated', { status: 'not-rated' }, 'status'],
    ['an unknown status', { status: 'done' }, 'status'],
    ['an impossible date', { date: '2021-02-30' }, 'date'],
    ['a date with time', { date: '2021-04-20T00:00' }, 'date'],
    ['an empty note', { note: '   ' }, 'note'],
    ['a note too long', { note: 'x'.repeat(FOLLOW_UP_LIMITS.noteLength + 1) }, 'note'],
    ['no evidence', { evidence: {} }, 'evidence'],
    ['a javascript: URL', { evidence: { url: 'javascript:alert(1)' } }, 'evidence.url'],
    ['a bad source id', { evidence: { sourceId: 'Not A Slug' } }, 'evidence.sourceId'],
    ['a bad target id', { targetId: '../etc' }, 'targetId'],
    ['an id with spaces', { id: 'a b' }, 'id'],
    ['a createdAt that is a date', { createdAt: '2021-04-21' }, 'createdAt'],
    ['an updatedAt that is a number', { updatedAt: 1 }, 'updatedAt'],
  ])('rejects %s at %s', (_label, overrides, path) => {
    const parsed = followUpSchema.safeParse({ ...makeFollowUp(), ...overrides });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('trims the note and the URL', () => {
    const parsed = followUpSchema.parse(
      makeFollowUp({ note: '  见报道  ', evidence: { url: ' https://example.org ' } }),
    );
    expect(parsed.note).toBe('见报道');
    expect(parsed.evidence.url).toBe('https://example.org');
  });
});

describe('migrateFollowUpV1', () => {
  const v1 = {
    id: 'fu-a',
    targetId: 't-1',
    status: 'in-progress' as const,
    date: '2021-03-01',
    note: 'n',
    createdAt: '2021-03-02T00:00:00Z',
  };
  it.each<[string, FollowUp['evidence']]>([
    ['https://example.org/x', { url: 'https://example.org/x' }],
    ['003_13d16aa499b581b9', { sourceId: '003_13d16aa499b581b9' }],
  ])('evidence %s becomes %j and updatedAt = createdAt', (evidence, expected) => {
    const migrated = migrateFollowUpV1({ ...v1, evidence });
    expect(migrated.evidence).toEqual(expected);
    expect(migrated.updatedAt).toBe(v1.createdAt);
    expect(followUpSchema.safeParse(migrated).success).toBe(true);
  });
});

describe('a follow-up’s progress (file format version 3)', () => {
  const date = makeFollowUp().date; // 2021-04-20
  it.each<[string, FollowUp['progress']]>([
    ['an amount in the plan’s unit', { done: { value: 45, unit: '亿元' }, through: '2021-03-15' }],
    ['a percent of plan', { percentOfPlan: 75, through: date }],
    ['a percent over 100 (ahead of plan)', { percentOfPlan: 120, through: '2021-03-31' }],
    ['zero done', { done: { value: 0, unit: '亿元' }, through: date }],
  ])('accepts %s', (_label, progress) => {
    expect(followUpSchema.safeParse(makeFollowUp({ progress })).success).toBe(true);
  });

  it.each<[string, unknown, string]>([
    [
      'both an amount and a percent',
      { done: { value: 1, unit: '亿元' }, percentOfPlan: 1, through: date },
      'progress',
    ],
    ['neither', { through: date }, 'progress'],
    [
      'a negative amount',
      { done: { value: -1, unit: '亿元' }, through: date },
      'progress.done.value',
    ],
    [
      'an amount over the limit',
      { done: { value: FOLLOW_UP_LIMITS.amountDone + 1, unit: '亿元' }, through: date },
      'progress.done.value',
    ],
    [
      'an amount without a unit',
      { done: { value: 1, unit: ' ' }, through: date },
      'progress.done.unit',
    ],
    [
      'a percent over the limit',
      { percentOfPlan: FOLLOW_UP_LIMITS.percentOfPlan + 1, through: date },
      'progress.percentOfPlan',
    ],
    ['a percent as text', { percentOfPlan: '75', through: date }, 'progress.percentOfPlan'],
    ['an impossible through date', { percentOfPlan: 1, through: '2021-02-30' }, 'progress.through'],
    [
      'a through date after the follow-up’s date',
      { percentOfPlan: 1, through: '2021-04-21' },
      'progress.through',
    ],
    ['no through date', { percentOfPlan: 1 }, 'progress.through'],
  ])('rejects %s at %s', (_label, progress, path) => {
    const parsed = followUpSchema.safeParse({ ...makeFollowUp(), progress });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it.each<[string, FollowUp['progress'], string[]]>([
    [
      'no progress',
      undefined,
      ['id', 'targetId', 'status', 'date', 'note', 'evidence', 'createdAt', 'updatedAt'],
    ],
    [
      'an amount',
      { through: '2021-03-15', done: { unit: '亿元', value: 45 } },
      [
        'id',
        'targetId',
        'status',
        'date',
        'note',
        'evidence',
        'progress',
        'createdAt',
        'updatedAt',
      ],
    ],
  ])('canonical key order with %s', (_label, progress, keys) => {
    const canonical = canonicalFollowUp({ ...makeFollowUp(), ...(progress ? { progress } : {}) });
    expect(Object.keys(canonical)).toEqual(keys);
    if (progress) expect(Object.keys(canonical.progress ?? {})).toEqual(['done', 'through']);
  });

  it('sees a changed progress as another content', () => {
    const a = makeFollowUp({ progress: { percentOfPlan: 75, through: '2021-03-31' } });
    const b = makeFollowUp({ progress: { percentOfPlan: 80, through: '2021-03-31' } });
    expect(sameFollowUp(a, b)).toBe(false);
    expect(sameFollowUp(a, { ...a })).toBe(true);
  });

  it('migrates version 2 unchanged: no progress', () => {
    const v2 = makeFollowUp();
    const migrated = migrateFollowUpV2(v2);
    expect(migrated).toEqual(v2);
    expect(migrated.progress).toBeUndefined();
    expect(followUpSchema.safeParse(migrated).success).toBe(true);
  });
});

describe('nextTimestamp', () => {
  const now = new Date('2021-05-01T10:00:00.000Z');
  it.each<[string | undefined, string]>([
    [undefined, '2021-05-01T10:00:00.000Z'],
    ['2021-04-01T00:00:00.000Z', '2021-05-01T10:00:00.000Z'],
    // the clock went back: still later than the previous write
    ['2021-06-01T00:00:00.000Z', '2021-06-01T00:00:00.001Z'],
    ['2021-05-01T10:00:00.000Z', '2021-05-01T10:00:00.001Z'],
    ['garbage', '2021-05-01T10:00:00.000Z'],
    // a hand-edited end of time has no successor: now, rather than an invalid timestamp
    ['9999-12-31T23:59:59.999Z', '2021-05-01T10:00:00.000Z'],
  ])('previous %s → %s', (previous, expected) => {
    expect(nextTimestamp(now, previous)).toBe(expected);
  });
});

describe('identity', () => {
  it('compares content regardless of key order and undefined evidence fields', () => {
    const a = makeFollowUp({
      evidence: { url: 'https://example.org/report', sourceId: undefined },
    });
    const b = makeFollowUp();
    expect(sameFollowUp(a, b)).toBe(true);
    expect(Object.keys(canonicalFollowUp(a).evidence)).toEqual(['url']);
    expect(sameFollowUp(a, makeFollowUp({ note: 'other' }))).toBe(false);
  });

  it('makes ids the schema accepts, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newFollowUpId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(followUpSchema.shape.id.safeParse(id).success).toBe(true);
  });
});
