import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOLLOW_UP_LIMITS, type FollowUp, type FollowUpInput } from './follow-up';
import {
  buildFollowUpFile,
  exportFileBytes,
  FOLLOW_UP_FILE_FORMAT,
  FOLLOW_UP_FILE_VERSION,
  serializeFollowUpFile,
  utf8Length,
} from './follow-up-file';
import {
  createFollowUpStore,
  FOLLOW_UP_DB_VERSION,
  type FollowUpStore,
  type StorageEstimate,
} from './follow-up-store';
import { makeFollowUp, makeNthFollowUp, makeV1File, makeV2File } from './follow-up.fixtures';
import { recordVersion } from './follow-up-canonical';

let counter = 0;
const stores: FollowUpStore[] = [];
/** A store on a database of its own, so tests never share state. */
function freshStore(options: { openTimeoutMs?: number; estimate?: StorageEstimate } = {}) {
  const store = createFollowUpStore({ name: `test-${++counter}-${Date.now()}`, ...options });
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

const input = (overrides: Partial<FollowUpInput> = {}): FollowUpInput => ({
  targetId: 'target-a',
  status: 'in-progress',
  date: '2021-04-01',
  note: '施工中',
  evidence: { url: 'https://example.org/a' },
  ...overrides,
});

async function listed(store: FollowUpStore): Promise<FollowUp[]> {
  const result = await store.list();
  if (!result.ok) throw new Error(`list failed: ${JSON.stringify(result.reason)}`);
  return result.data.sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function seed(store: FollowUpStore) {
  const a = await store.add(input(), new Date('2021-04-02T00:00:00Z'));
  const b = await store.add(
    input({ targetId: 'target-b', status: 'achieved', evidence: { sourceId: 'src-1' } }),
    new Date('2021-04-03T00:00:00Z'),
  );
  const c = await store.add(
    input({ status: 'stalled', date: '2021-05-01' }),
    new Date('2021-05-02T00:00:00Z'),
  );
  if (!a.ok || !b.ok || !c.ok) throw new Error('seeding failed');
  return [a.data, b.data, c.data];
}

describe('follow-up store: add, edit, delete', () => {
  it('adds with an id and timestamps, lists all and by target', async () => {
    const store = freshStore();
    const [a, b, c] = await seed(store);
    expect(a).toMatchObject({
      ...input(),
      createdAt: '2021-04-02T00:00:00.000Z',
      updatedAt: '2021-04-02T00:00:00.000Z',
    });
    expect(a!.id).toMatch(/^fu-[0-9a-f]{24}$/);
    expect(await listed(store)).toHaveLength(3);
    const forA = await store.listForTarget('target-a');
    expect(forA.ok && forA.data.map((f) => f.id).sort()).toEqual([a!.id, c!.id].sort());
    const forB = await store.listForTarget('target-b');
    expect(forB.ok && forB.data).toEqual([b]);
    const none = await store.listForTarget('nothing');
    expect(none).toEqual({ ok: true, data: [] });
  });

  it('edits: new content, same id and createdAt, later updatedAt', async () => {
    const store = freshStore();
    const [a] = await seed(store);
    const edited = await store.update(
      a!.id,
      input({ status: 'achieved', note: '已竣工' }),
      new Date('2021-06-01T00:00:00Z'),
    );
    expect(edited).toEqual({
      ok: true,
      data: {
        ...a,
        status: 'achieved',
        note: '已竣工',
        updatedAt: '2021-06-01T00:00:00.000Z',
      },
    });
    expect((await listed(store)).find((f) => f.id === a!.id)?.note).toBe('已竣工');
  });

  it('says not-found for an unknown id and changes nothing', async () => {
    const store = freshStore();
    await seed(store);
    const before = await listed(store);
    expect(await store.update('fu-none', input())).toEqual({
      ok: false,
      reason: { kind: 'not-found', id: 'fu-none' },
    });
    expect(await store.remove('fu-none')).toEqual({
      ok: false,
      reason: { kind: 'not-found', id: 'fu-none' },
    });
    expect(await listed(store)).toEqual(before);
  });

  it('deletes one, then all', async () => {
    const store = freshStore();
    const [a] = await seed(store);
    expect(await store.remove(a!.id)).toEqual({ ok: true, data: null });
    expect(await listed(store)).toHaveLength(2);
    expect(await store.removeAll()).toEqual({ ok: true, data: 2 });
    expect(await listed(store)).toEqual([]);
  });

  it('persists across connections (a reload)', async () => {
    const name = `reload-${Date.now()}`;
    const first = createFollowUpStore({ name });
    const added = await first.add(input());
    await first.close();
    const second = createFollowUpStore({ name });
    stores.push(second);
    expect(await second.list()).toEqual({ ok: true, data: [added.ok && added.data] });
  });
});

describe('follow-up store: export and import', () => {
  it('export → delete all → import gives back identical follow-ups', async () => {
    const store = freshStore();
    await seed(store);
    const exported = await store.exportFile(new Date('2021-07-01T00:00:00Z'));
    if (!exported.ok) throw new Error('export failed');
    expect(exported.data.format).toBe(FOLLOW_UP_FILE_FORMAT);
    const before = await listed(store);
    await store.removeAll();
    const imported = await store.importText(serializeFollowUpFile(exported.data));
    expect(imported).toMatchObject({
      ok: true,
      data: {
        added: 3,
        updated: 0,
        unchanged: 0,
        'kept-stored': 0,
        fromVersion: FOLLOW_UP_FILE_VERSION,
      },
    });
    expect(await listed(store)).toEqual(before);
    const again = await store.exportFile(new Date('2021-07-01T00:00:00Z'));
    expect(again).toEqual(exported);
  });

  it('importing the same file twice creates no duplicates', async () => {
    const store = freshStore();
    const text = JSON.stringify(makeV2File([makeFollowUp({ id: 'x' }), makeFollowUp({ id: 'y' })]));
    expect(await store.importText(text)).toMatchObject({ ok: true, data: { added: 2 } });
    expect(await store.importText(text)).toMatchObject({
      ok: true,
      data: { added: 0, updated: 0, unchanged: 2 },
    });
    expect((await listed(store)).map((f) => f.id)).toEqual(['x', 'y']);
  });

  it('the later updatedAt wins; an older copy never overwrites a newer edit', async () => {
    const store = freshStore();
    const base = makeFollowUp({ id: 'x', updatedAt: '2021-05-01T00:00:00.000Z' });
    await store.importText(JSON.stringify(makeV2File([base])));
    const newer = { ...base, note: 'newer', updatedAt: '2021-05-02T00:00:00.000Z' };
    expect(await store.importText(JSON.stringify(makeV2File([newer])))).toMatchObject({
      ok: true,
      data: { updated: 1 },
    });
    expect(await store.importText(JSON.stringify(makeV2File([base])))).toMatchObject({
      ok: true,
      data: { 'kept-stored': 1 },
    });
    expect(await listed(store)).toEqual([newer]);
  });

  it.each([
    ['not JSON', '{"format": "zz-tracker.follow-ups", "version": 2, "followUps": ['],
    ['a bad date in the last record', 'BAD_DATE'],
    ['a future version', JSON.stringify({ ...makeV2File([]), version: 99 })],
    ['a duplicate id', JSON.stringify(makeV2File([makeFollowUp(), makeFollowUp()]))],
  ])('a corrupt file (%s) is refused and nothing stored changes', async (_label, text) => {
    const store = freshStore();
    await seed(store);
    const before = await listed(store);
    const body =
      text === 'BAD_DATE'
        ? JSON.stringify(
            makeV2File([makeFollowUp({ id: 'new-1' }), makeFollowUp({ id: 'new-2', date: 'x' })]),
          )
        : text;
    const result = await store.importText(body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.kind).toBe('file');
    expect(await listed(store)).toEqual(before);
  });

  it('a write that fails midway undoes the whole import (one transaction)', async () => {
    const store = freshStore();
    await seed(store);
    const before = await listed(store);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const file = makeV2File([
      makeFollowUp({ id: 'n1' }),
      makeFollowUp({ id: 'n2' }),
      makeFollowUp({ id: 'n3' }),
    ]);
    const result = await store.importText(JSON.stringify(file));
    vi.restoreAllMocks();
    expect(result).toMatchObject({
      ok: false,
      reason: { kind: 'storage', problem: { kind: 'write-failed' } },
    });
    expect(calls).toBe(2);
    expect(await listed(store)).toEqual(before);
  });

  it('migrates a version-1 file and stores the current shape', async () => {
    const store = freshStore();
    const result = await store.importText(
      JSON.stringify(
        makeV1File([
          {
            id: 'v1-a',
            targetId: 'target-a',
            status: 'achieved',
            date: '2021-04-01',
            note: '已完成',
            evidence: 'https://example.org/a',
            createdAt: '2021-04-02T00:00:00.000Z',
          },
          {
            id: 'v1-b',
            targetId: 'target-a',
            status: 'unverifiable',
            date: '2021-04-05',
            note: '无公开信息',
            evidence: 'src-1',
            createdAt: '2021-04-06T00:00:00.000Z',
          },
        ]),
      ),
    );
    expect(result).toMatchObject({ ok: true, data: { added: 2, fromVersion: 1 } });
    expect(await listed(store)).toEqual([
      {
        id: 'v1-a',
        targetId: 'target-a',
        status: 'achieved',
        date: '2021-04-01',
        note: '已完成',
        evidence: { url: 'https://example.org/a' },
        createdAt: '2021-04-02T00:00:00.000Z',
        updatedAt: '2021-04-02T00:00:00.000Z',
      },
      {
        id: 'v1-b',
        targetId: 'target-a',
        status: 'unverifiable',
        date: '2021-04-05',
        note: '无公开信息',
        evidence: { sourceId: 'src-1' },
        createdAt: '2021-04-06T00:00:00.000Z',
        updatedAt: '2021-04-06T00:00:00.000Z',
      },
    ]);
  });

  it('keeps follow-ups of targets the dataset in view lacks, and reports them', async () => {
    const store = freshStore();
    const text = JSON.stringify(
      makeV2File([
        makeFollowUp({ id: 'a', targetId: 'known' }),
        makeFollowUp({ id: 'b', targetId: 'elsewhere', evidence: { sourceId: 'src-x' } }),
      ]),
    );
    const result = await store.importText(text, {
      targetIds: new Set(['known']),
      sourceIds: new Set(),
    });
    expect(result).toMatchObject({
      ok: true,
      data: { added: 2, unknown: { targetIds: ['elsewhere'], sourceIds: ['src-x'] } },
    });
    expect(await listed(store)).toHaveLength(2);
  });

  it('skips a stored record that is no longer valid (edited by hand)', async () => {
    const store = freshStore();
    await seed(store);
    const db = await openDB(store.name, FOLLOW_UP_DB_VERSION);
    await db.put('follow-ups', { id: 'broken', targetId: 'x', status: 'nonsense' });
    db.close();
    expect(await listed(store)).toHaveLength(3);
  });
});

describe('follow-up store: when IndexedDB is unavailable', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says so as a value when there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = freshStore();
    expect(await store.list()).toMatchObject({
      ok: false,
      reason: { kind: 'unavailable', reason: 'no-indexeddb' },
    });
    expect(await store.add(input())).toMatchObject({ ok: false });
    const imported = await store.importText(JSON.stringify(makeV2File([makeFollowUp()])));
    expect(imported).toMatchObject({
      ok: false,
      reason: { kind: 'storage', problem: { kind: 'unavailable' } },
    });
  });

  it('says so when opening throws (private modes)', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = freshStore();
    expect(await store.list()).toMatchObject({
      ok: false,
      reason: { kind: 'unavailable', reason: 'open-failed', message: /SecurityError/ },
    });
  });

  it('says so when opening never finishes (blocked)', async () => {
    vi.stubGlobal('indexedDB', { open: () => new IDBOpenDBRequest() });
    const store = freshStore({ openTimeoutMs: 50 });
    expect(await store.list()).toMatchObject({
      ok: false,
      reason: { kind: 'unavailable', reason: 'blocked' },
    });
  });

  it('says so when a newer version of the app upgraded the database', async () => {
    const name = `newer-${Date.now()}`;
    const newer = await openDB(name, FOLLOW_UP_DB_VERSION + 1);
    newer.close();
    const store = createFollowUpStore({ name });
    stores.push(store);
    expect(await store.list()).toMatchObject({
      ok: false,
      reason: { kind: 'unavailable', reason: 'newer-version' },
    });
  });
});

/** The largest follow-ups there are: a 4,000-character Chinese note and a 2,000-character link. */
const LARGEST = {
  note: '测'.repeat(FOLLOW_UP_LIMITS.noteLength),
  url: `https://example.org/${'a'.repeat(FOLLOW_UP_LIMITS.urlLength - 20)}`,
  sourceId: 'src-1',
};

/** As many of the largest follow-ups as may be stored (702: 9.99 MB of export file). */
function largestAtLimit(): FollowUp[] {
  const one = exportFileBytes([makeNthFollowUp(0, LARGEST)]);
  const each = exportFileBytes([makeNthFollowUp(0, LARGEST), makeNthFollowUp(1, LARGEST)]) - one;
  const count = Math.floor((FOLLOW_UP_LIMITS.fileBytes - one) / each) + 1;
  return Array.from({ length: count }, (_, i) => makeNthFollowUp(i, LARGEST));
}

const fileOf = (followUps: FollowUp[]) =>
  serializeFollowUpFile(buildFollowUpFile(followUps, new Date('2026-01-01T00:00:00Z')));

describe('follow-up store: what is stored can be restored', () => {
  it('export at the storage limit → delete all → import restores everything', async () => {
    const store = freshStore();
    const atLimit = largestAtLimit();
    expect(await store.importText(fileOf(atLimit))).toMatchObject({
      ok: true,
      data: { added: atLimit.length },
    });
    const exported = await store.exportFile(new Date('2026-01-02T00:00:00Z'));
    if (!exported.ok) throw new Error('export failed');
    const text = serializeFollowUpFile(exported.data);
    expect(utf8Length(text)).toBeLessThanOrEqual(FOLLOW_UP_LIMITS.fileBytes);
    expect(await store.removeAll()).toEqual({ ok: true, data: atLimit.length });
    expect(await store.importText(text)).toMatchObject({
      ok: true,
      data: { added: atLimit.length },
    });
    expect(await listed(store)).toEqual(atLimit);
  });

  it('refuses an add or an import that would pass the limit, and changes nothing', async () => {
    const store = freshStore();
    const atLimit = largestAtLimit();
    await store.importText(fileOf(atLimit));
    const added = await store.add(input({ note: LARGEST.note }));
    expect(added).toMatchObject({ ok: false, reason: { kind: 'limit' } });
    const extra = makeNthFollowUp(atLimit.length, LARGEST);
    const imported = await store.importText(fileOf([extra]));
    expect(imported).toMatchObject({
      ok: false,
      reason: { kind: 'storage', problem: { kind: 'limit', records: atLimit.length + 1 } },
    });
    expect((await listed(store)).length).toBe(atLimit.length);
  });

  it('refuses an import the browser says it has no room for, before writing', async () => {
    const store = freshStore({ estimate: async () => ({ quota: 1_000_000, usage: 999_900 }) });
    const result = await store.importText(fileOf([makeFollowUp({ id: 'a' })]));
    expect(result).toMatchObject({
      ok: false,
      reason: { kind: 'storage', problem: { kind: 'no-space', availableBytes: 100 } },
    });
    expect(await listed(store)).toEqual([]);
  });
});

describe('follow-up store: two tabs, one database', () => {
  it('refuses an edit of a stale copy and returns the stored one', async () => {
    const store = freshStore();
    const [a] = await seed(store);
    const other = await store.update(a!.id, input({ note: 'other tab' }));
    if (!other.ok) throw new Error('edit failed');
    const stale = await store.update(a!.id, input({ note: 'stale tab' }), new Date(), a!.updatedAt);
    expect(stale).toEqual({ ok: false, reason: { kind: 'conflict', current: other.data } });
    // Against the version now shown, the same edit goes through.
    const retried = await store.update(
      a!.id,
      input({ note: 'stale tab' }),
      new Date(),
      other.data.updatedAt,
    );
    expect(retried).toMatchObject({ ok: true, data: { note: 'stale tab' } });
  });

  it('refuses a delete of a stale copy', async () => {
    const store = freshStore();
    const [a] = await seed(store);
    const other = await store.update(a!.id, input({ note: 'other tab' }));
    const result = await store.remove(a!.id, a!.updatedAt);
    expect(result).toEqual({
      ok: false,
      reason: { kind: 'conflict', current: other.ok && other.data },
    });
    expect(await listed(store)).toHaveLength(3);
  });

  /** What a "delete all" confirmation shows: each follow-up and its version. */
  const shown = (followUps: readonly FollowUp[]) =>
    new Map(followUps.map((f) => [f.id, f.updatedAt] as const));

  it('"delete all" deletes only when exactly what it showed is stored', async () => {
    const store = freshStore();
    const [a, b, c] = await seed(store);
    // The stale tab saw one follow-up; three are stored.
    expect(await store.removeAll(shown([a!]))).toEqual({
      ok: false,
      reason: {
        kind: 'changed',
        count: 3,
        changes: {
          added: [
            { key: b!.id, followUp: b },
            { key: c!.id, followUp: c },
          ].sort((x, y) => (x.key < y.key ? -1 : 1)),
          edited: [],
          removed: [],
        },
      },
    });
    expect(await listed(store)).toHaveLength(3);
    expect(await store.removeAll(shown(await listed(store)))).toEqual({ ok: true, data: 3 });
  });

  it('"delete all" refuses when another tab edited one since it was shown, naming it', async () => {
    const store = freshStore();
    const seeded = await seed(store);
    const confirmation = shown(seeded);
    // Another tab edits the first follow-up while the confirmation is open.
    const edited = await store.update(seeded[0]!.id, input({ note: '另一个标签页的修改' }));
    if (!edited.ok) throw new Error('edit failed');
    expect(await store.removeAll(confirmation)).toEqual({
      ok: false,
      reason: {
        kind: 'changed',
        count: 3,
        changes: {
          added: [],
          edited: [{ key: edited.data.id, followUp: edited.data }],
          removed: [],
        },
      },
    });
    expect((await listed(store)).map((f) => f.note)).toContain('另一个标签页的修改');
  });

  it('"delete all" refuses when one it showed was deleted meanwhile', async () => {
    const store = freshStore();
    const seeded = await seed(store);
    const confirmation = shown(seeded);
    await store.remove(seeded[1]!.id);
    expect(await store.removeAll(confirmation)).toMatchObject({
      ok: false,
      reason: { kind: 'changed', count: 2, changes: { removed: [seeded[1]!.id] } },
    });
    expect(await listed(store)).toHaveLength(2);
  });
});

describe('follow-up store: invalid records are listed, not hidden', () => {
  it('lists each with its reason and raw value, and "delete all" counts them', async () => {
    const store = freshStore();
    const seeded = await seed(store);
    const db = await openDB(store.name, FOLLOW_UP_DB_VERSION);
    const broken = { id: 'broken', targetId: 'x', status: 'nonsense' };
    await db.put('follow-ups', broken);
    db.close();
    expect(await store.listInvalid()).toEqual({
      ok: true,
      data: [{ key: 'broken', reason: expect.stringMatching(/^status: /), value: broken }],
    });
    const confirmation = new Map([
      ...seeded.map((f) => [f.id, recordVersion(f, f)] as const),
      ['broken', recordVersion(undefined, broken)] as const,
    ]);
    // An invalid record changed by hand since it was shown is a change too.
    const db2 = await openDB(store.name, FOLLOW_UP_DB_VERSION);
    await db2.put('follow-ups', { ...broken, status: 'other nonsense' });
    db2.close();
    expect(await store.removeAll(confirmation)).toMatchObject({
      ok: false,
      reason: { kind: 'changed', changes: { edited: [{ key: 'broken' }] } },
    });
    confirmation.set('broken', recordVersion(undefined, { ...broken, status: 'other nonsense' }));
    expect(await store.removeAll(confirmation)).toEqual({ ok: true, data: 4 });
  });

  it.each<[string, Partial<FollowUp>, string]>([
    ['a date far in the future', { date: '9999-12-31' }, 'followUps[0].date'],
    [
      'an updatedAt far in the future',
      { updatedAt: '9999-12-31T00:00:00.000Z' },
      'followUps[0].updatedAt',
    ],
    [
      'a createdAt two days ahead',
      { createdAt: '2026-01-03T00:00:00.000Z' },
      'followUps[0].createdAt',
    ],
  ])('an import with %s is refused at its path', async (_, overrides, path) => {
    const store = freshStore();
    const text = JSON.stringify(makeV2File([makeFollowUp(overrides)]));
    const result = await store.importText(text, undefined, new Date('2026-01-01T00:00:00Z'));
    expect(result).toMatchObject({
      ok: false,
      reason: { kind: 'file', problem: { issues: [{ path, code: 'future' }] } },
    });
  });

  it('an edit of a stored record with a hand-edited far-future updatedAt still works', async () => {
    const store = freshStore();
    const db = await openDB(store.name, FOLLOW_UP_DB_VERSION, {
      upgrade(d) {
        d.createObjectStore('follow-ups', { keyPath: 'id' }).createIndex('by-target', 'targetId');
      },
    });
    await db.put('follow-ups', makeFollowUp({ updatedAt: '9999-12-31T23:59:59.999Z' }));
    db.close();
    const now = new Date('2026-01-01T00:00:00Z');
    const edited = await store.update('fu-1', input({ note: '改' }), now);
    expect(edited).toMatchObject({ ok: true, data: { updatedAt: now.toISOString() } });
  });
});

describe('follow-up store: a failed write reports what is really stored', () => {
  it('a quota error on add: nothing uncaught, and the stored count read again', async () => {
    const store = freshStore();
    await seed(store);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const result = await store.add(input());
    vi.restoreAllMocks();
    expect(result).toMatchObject({
      ok: false,
      reason: {
        kind: 'write-failed',
        cause: 'quota',
        message: 'QuotaExceededError: disk full',
        after: { state: 'present', count: 3 },
      },
    });
  });

  it.each<[string, DOMException, string, string]>([
    [
      'a quota error without a message',
      new DOMException('', 'QuotaExceededError'),
      'quota',
      'QuotaExceededError',
    ],
    [
      'another error',
      new DOMException('closing', 'InvalidStateError'),
      'other',
      'InvalidStateError: closing',
    ],
  ])(
    '%s: named by its cause, never "Name: " with nothing after it',
    async (_, error, cause, message) => {
      const store = freshStore();
      await seed(store);
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw error;
      });
      const result = await store.importText(
        JSON.stringify(makeV2File([makeFollowUp({ id: 'fu-new' })])),
        undefined,
        new Date('2021-05-01T00:00:00Z'),
      );
      vi.restoreAllMocks();
      expect(result).toMatchObject({
        ok: false,
        reason: {
          kind: 'storage',
          problem: { kind: 'write-failed', cause, message, after: { state: 'present', count: 3 } },
        },
      });
    },
  );

  it('says the database is gone when the browser deleted it during the failure', async () => {
    const store = freshStore();
    await seed(store);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      // What Chromium does on a full disk: the site's database is deleted.
      indexedDB.deleteDatabase(store.name);
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const result = await store.add(input());
    vi.restoreAllMocks();
    expect(result).toMatchObject({
      ok: false,
      reason: { kind: 'write-failed', after: { state: 'gone' } },
    });
  });
});

/** Opens `name` as code other than ours would: at `version`, creating what `upgrade` says. */
async function openAsOtherCode(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void = () => {},
) {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('follow-up store: a database other code opened first is repaired', () => {
  it('version 1 without the object store: the store is created, follow-ups work', async () => {
    const name = `foreign-empty-${++counter}-${Date.now()}`;
    await openAsOtherCode(name, 1);
    const store = createFollowUpStore({ name });
    stores.push(store);
    expect(await store.list()).toEqual({ ok: true, data: [] });
    expect(await store.add(input())).toMatchObject({ ok: true });
    expect(await store.listForTarget('target-a')).toMatchObject({
      ok: true,
      data: [{ note: '施工中' }],
    });
    expect(await store.wasDeleted()).toBe(false);
  });

  it('version 1 with the store but not its index: records kept, the index added', async () => {
    const name = `foreign-no-index-${++counter}-${Date.now()}`;
    const kept = makeFollowUp({ id: 'fu-kept', targetId: 'target-a' });
    await openAsOtherCode(name, 1, (db) => {
      db.createObjectStore('follow-ups', { keyPath: 'id' }).put(kept);
    });
    const store = createFollowUpStore({ name });
    stores.push(store);
    expect(await store.list()).toEqual({ ok: true, data: [kept] });
    expect(await store.listForTarget('target-a')).toEqual({ ok: true, data: [kept] });
  });

  it('a version-1 database of an earlier release keeps its follow-ups on the upgrade', async () => {
    const name = `release-1-${++counter}-${Date.now()}`;
    const kept = makeFollowUp({ id: 'fu-from-v1' });
    await openAsOtherCode(name, 1, (db) => {
      const store = db.createObjectStore('follow-ups', { keyPath: 'id' });
      store.createIndex('by-target', 'targetId');
      store.put(kept);
    });
    const store = createFollowUpStore({ name });
    stores.push(store);
    expect(await store.list()).toEqual({ ok: true, data: [kept] });
  });
});

describe('follow-up store: a database deleted while the page is open', () => {
  it.each<[string, (store: FollowUpStore) => Promise<unknown>]>([
    ['noticed on the next read', (store) => store.list()],
    ['noticed when asked', async () => undefined],
  ])('%s, and forgotten after the next write', async (_, read) => {
    const store = freshStore();
    await seed(store);
    expect(await store.wasDeleted()).toBe(false);
    // What the browser does to free space, or what "clear site data" does.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(store.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await read(store);
    expect(await store.wasDeleted()).toBe(true);
    expect(await store.list()).toEqual({ ok: true, data: [] });
    expect(await store.add(input())).toMatchObject({ ok: true });
    expect(await store.wasDeleted()).toBe(false);
  });

  it('a database created by this page is not one that was deleted', async () => {
    const store = freshStore();
    await store.add(input());
    expect(await store.wasDeleted()).toBe(false);
  });
});
