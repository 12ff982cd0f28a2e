import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_LIMITS, type FollowUp } from './follow-up';
import {
  buildFollowUpFile,
  FOLLOW_UP_FILE_FORMAT,
  FOLLOW_UP_FILE_VERSION,
  parseFollowUpFile,
  serializeFollowUpFile,
  type FileProblemKind,
} from './follow-up-file';
import { makeFollowUp, makeV1File, makeV2File } from './follow-up.fixtures';

const json = (value: unknown) => JSON.stringify(value);

describe('parseFollowUpFile: refusals name the JSON path and the problem', () => {
  const good = makeFollowUp();
  it.each<[string, string, FileProblemKind, string, RegExp]>([
    ['not JSON', 'followUps: []', 'syntax', '(root)', /not valid JSON/],
    [
      'NaN is not JSON',
      '{"format":"zz-tracker.follow-ups","version":NaN}',
      'syntax',
      '(root)',
      /JSON/,
    ],
    ['empty text', '', 'syntax', '(root)', /JSON/],
    ['an array', '[]', 'not-a-follow-up-file', '(root)', /expected an object/],
    ['null', 'null', 'not-a-follow-up-file', '(root)', /expected an object/],
    [
      'a dataset',
      json({ schemaVersion: 1, targets: [] }),
      'not-a-follow-up-file',
      'format',
      /not a follow-up file/,
    ],
    [
      'a version that is text',
      json({ format: FOLLOW_UP_FILE_FORMAT, version: '2' }),
      'invalid',
      'version',
      /whole number/,
    ],
    [
      'version 0',
      json({ format: FOLLOW_UP_FILE_FORMAT, version: 0 }),
      'invalid',
      'version',
      /whole number/,
    ],
    [
      'version 2.5',
      json({ format: FOLLOW_UP_FILE_FORMAT, version: 2.5 }),
      'invalid',
      'version',
      /whole number/,
    ],
    [
      'a future version',
      json({ ...makeV2File([]), version: FOLLOW_UP_FILE_VERSION + 1 }),
      'unsupported-version',
      'version',
      /newer version of this tracker; this one reads versions 1 to 3/,
    ],
    [
      'followUps missing',
      json({ format: FOLLOW_UP_FILE_FORMAT, version: 2, exportedAt: '2021-05-01T00:00:00Z' }),
      'invalid',
      'followUps',
      /expected array/,
    ],
    [
      'an impossible date',
      json(
        makeV2File([good, { ...good, id: 'fu-2' }, { ...good, id: 'fu-3', date: '2021-02-30' }]),
      ),
      'invalid',
      'followUps[2].date',
      /expected an ISO date/,
    ],
    [
      'a missing note',
      json(makeV2File([{ ...good, note: undefined }])),
      'invalid',
      'followUps[0].note',
      /expected string/,
    ],
    [
      'no evidence',
      json(makeV2File([{ ...good, evidence: {} }])),
      'invalid',
      'followUps[0].evidence',
      /source id or an http\(s\) URL/,
    ],
    [
      'a javascript: link',
      json(makeV2File([{ ...good, evidence: { url: 'javascript:alert(1)' } }])),
      'invalid',
      'followUps[0].evidence.url',
      /http\(s\) URL/,
    ],
    [
      'a duplicate id',
      json(makeV2File([good, { ...good, note: 'x' }])),
      'invalid',
      'followUps[1].id',
      /duplicate id "fu-1" \(first at followUps\[0\]\)/,
    ],
    [
      'a v2 record in a v1 file',
      json(makeV1File([good])),
      'invalid',
      'followUps[0].evidence',
      /expected string/,
    ],
    [
      'a v1 evidence that is neither',
      json(makeV1File([{ ...good, updatedAt: undefined, evidence: 'not a url or id!' }])),
      'invalid',
      'followUps[0].evidence',
      /source id or an http\(s\) URL/,
    ],
    [
      'a key with a dash',
      json(makeV2File([{ ...good, 'target-id': 1, targetId: 5 }])),
      'invalid',
      'followUps[0].targetId',
      /expected string/,
    ],
  ])('%s', (_label, text, kind, path, message) => {
    const result = parseFollowUpFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.kind).toBe(kind);
    const issue = result.reason.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(result.reason.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = ' '.repeat(FOLLOW_UP_LIMITS.fileBytes + 1);
    const result = parseFollowUpFile(text);
    expect(result.ok ? null : result.reason.kind).toBe('too-large');
  });

  it('refuses more follow-ups than the limit, at the list', () => {
    const many = Array.from({ length: FOLLOW_UP_LIMITS.records + 1 }, (_, i) =>
      makeFollowUp({ id: `fu-${i}` }),
    );
    const result = parseFollowUpFile(json(makeV2File(many)));
    expect(result.ok ? null : result.reason.issues[0]?.path).toBe('followUps');
  });

  it('lists at most 20 issues and counts the rest', () => {
    const bad = Array.from({ length: 30 }, (_, i) => makeFollowUp({ id: `fu-${i}`, date: 'x' }));
    const result = parseFollowUpFile(json(makeV2File(bad)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.issues).toHaveLength(20);
    expect(result.reason.total).toBe(30);
  });
});

describe('parseFollowUpFile: accepted files', () => {
  it('reads the current version as is', () => {
    const followUps = [makeFollowUp(), makeFollowUp({ id: 'fu-2', evidence: { sourceId: 's-1' } })];
    const result = parseFollowUpFile(json(makeV2File(followUps)));
    expect(result).toEqual({ ok: true, data: { fromVersion: 2, followUps } });
  });

  it('migrates version 1: evidence string → url or sourceId, updatedAt = createdAt', () => {
    const result = parseFollowUpFile(
      json(
        makeV1File([
          {
            id: 'old-1',
            targetId: 't-1',
            status: 'stalled',
            date: '2021-03-01',
            note: '工地停工',
            evidence: 'https://example.org/photo',
            createdAt: '2021-03-02T00:00:00.000Z',
          },
          {
            id: 'old-2',
            targetId: 't-1',
            status: 'achieved',
            date: '2021-04-01',
            note: '见报',
            evidence: '003_13d16aa499b581b9',
            createdAt: '2021-04-02T00:00:00.000Z',
          },
        ]),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.fromVersion).toBe(1);
    expect(result.data.followUps.map((f) => [f.evidence, f.updatedAt])).toEqual([
      [{ url: 'https://example.org/photo' }, '2021-03-02T00:00:00.000Z'],
      [{ sourceId: '003_13d16aa499b581b9' }, '2021-04-02T00:00:00.000Z'],
    ]);
  });

  it.each<[string, number]>([
    ['version 2', 2],
    ['version 3', 3],
  ])('reads %s without progress and version 3 with it', (_label, version) => {
    const plain = makeFollowUp();
    const withProgress = makeFollowUp({
      id: 'fu-2',
      progress: { done: { value: 45, unit: '亿元' }, through: '2021-03-15' },
    });
    const result = parseFollowUpFile(
      json({ ...makeV2File(version === 2 ? [plain] : [plain, withProgress]), version }),
    );
    expect(result).toEqual({
      ok: true,
      data: { fromVersion: version, followUps: version === 2 ? [plain] : [plain, withProgress] },
    });
  });

  it('drops a progress from a version-2 file (that version had none)', () => {
    const withProgress = makeFollowUp({ progress: { percentOfPlan: 75, through: '2021-03-15' } });
    const result = parseFollowUpFile(json(makeV2File([withProgress])));
    expect(result.ok && result.data.followUps[0]?.progress).toBeUndefined();
  });

  it('accepts a byte-order mark and ignores unknown keys', () => {
    const text = `\uFEFF${json({ ...makeV2File([{ ...makeFollowUp(), extra: 1 }]), note: 'x' })}`;
    const result = parseFollowUpFile(text);
    expect(result.ok && result.data.followUps[0]).toEqual(makeFollowUp());
  });

  it('round-trips what it writes, in a stable order', () => {
    const later = makeFollowUp({ id: 'b', createdAt: '2021-05-01T00:00:00.000Z' });
    const earlier = makeFollowUp({ id: 'a', createdAt: '2021-04-01T00:00:00.000Z' });
    const file = buildFollowUpFile([later, earlier], new Date('2021-06-01T00:00:00Z'));
    expect(file.version).toBe(FOLLOW_UP_FILE_VERSION);
    expect(file.followUps.map((f) => f.id)).toEqual(['a', 'b']);
    const back = parseFollowUpFile(serializeFollowUpFile(file));
    expect(back.ok && back.data.followUps).toEqual(file.followUps);
  });
});

describe('issue codes (what the UI words in each language)', () => {
  const good = makeFollowUp();

  /** The file's issue at `path` has `code` (and at least `params`). */
  const expectIssue = (
    content: unknown,
    path: string,
    code: string,
    params?: Record<string, unknown>,
  ) => {
    const result = parseFollowUpFile(typeof content === 'string' ? content : json(content));
    const issue = result.ok ? undefined : result.reason.issues.find((i) => i.path === path);
    expect(issue?.code).toBe(code);
    if (params) expect(issue?.params).toMatchObject(params);
  };

  // One field of the only follow-up set to a bad value; the issue is at that field.
  it.each<[string, keyof FollowUp, unknown, string, Record<string, unknown>?]>([
    ['a missing note', 'note', undefined, 'missing'],
    ['a number for a note', 'note', 5, 'wrong-type', { expected: 'string' }],
    ['an empty note', 'note', ' ', 'empty'],
    ['a note too long', 'note', 'x'.repeat(4_001), 'too-long', { max: 4_000 }],
    ['an unknown status', 'status', 'done', 'bad-value'],
    ['an impossible date', 'date', '2021-02-30', 'bad-date'],
    ['a bad timestamp', 'createdAt', 'now', 'bad-timestamp'],
    ['a bad target id', 'targetId', 'A B', 'bad-id'],
    ['no evidence', 'evidence', {}, 'evidence-required'],
  ])('%s → followUps[0].%s', (_label, field, value, code, params) => {
    expectIssue(makeV2File([{ ...good, [field]: value }]), `followUps[0].${field}`, code, params);
  });

  it.each<[string, unknown, string, string, Record<string, unknown>?]>([
    [
      'a javascript: link',
      makeV2File([{ ...good, evidence: { url: 'javascript:x' } }]),
      'followUps[0].evidence.url',
      'bad-url',
    ],
    [
      'a bad v1 evidence',
      makeV1File([{ ...good, updatedAt: undefined, evidence: '??' }]),
      'followUps[0].evidence',
      'bad-evidence',
    ],
    [
      'a duplicate id',
      makeV2File([good, good]),
      'followUps[1].id',
      'duplicate-id',
      { id: 'fu-1', first: 'followUps[0]' },
    ],
    [
      'a future version',
      { ...makeV2File([]), version: 7 },
      'version',
      'newer-version',
      { version: 7, max: FOLLOW_UP_FILE_VERSION },
    ],
    [
      'a progress with both an amount and a percent',
      {
        ...makeV2File([
          {
            ...good,
            progress: { done: { value: 1, unit: '亿元' }, percentOfPlan: 1, through: good.date },
          },
        ]),
        version: 3,
      },
      'followUps[0].progress',
      'progress-one-of',
    ],
    [
      'a progress through a day after the date',
      {
        ...makeV2File([{ ...good, progress: { percentOfPlan: 1, through: '2021-05-01' } }]),
        version: 3,
      },
      'followUps[0].progress.through',
      'through-after-date',
    ],
    ['a text version', { ...makeV2File([]), version: 'two' }, 'version', 'bad-version'],
    ['another format', { format: 'x' }, 'format', 'not-a-follow-up-file'],
    ['text', 'not json', '(root)', 'not-json'],
  ])('%s → %s at %s', (_label, content, path, code, params) => {
    expectIssue(content, path, code, params);
  });
});

describe('a missing key reads as missing whatever its schema', () => {
  it.each(['status', 'date', 'createdAt', 'updatedAt', 'evidence', 'targetId', 'id', 'note'])(
    'followUps[0].%s absent → missing',
    (key) => {
      const record: Record<string, unknown> = { ...makeFollowUp() };
      delete record[key];
      const result = parseFollowUpFile(JSON.stringify(makeV2File([record])));
      const issue = result.ok
        ? undefined
        : result.reason.issues.find((i) => i.path === `followUps[0].${key}`);
      expect(issue?.code).toBe('missing');
    },
  );
});
