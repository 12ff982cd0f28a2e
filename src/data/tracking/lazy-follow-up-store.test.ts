import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FollowUpInput } from './follow-up';
import { FOLLOW_UP_FILE_FORMAT } from './follow-up-file';
import * as storeModule from './follow-up-store';
import { makeFollowUp, makeV2File } from './follow-up.fixtures';
import { createLazyFollowUpStore, type LazyFollowUpStoreOptions } from './lazy-follow-up-store';

let counter = 0;
const opened: { close(): Promise<void> }[] = [];

/** A lazy store on a database of its own, counting how often it loads the real store's code. */
function lazyStore(options: Omit<LazyFollowUpStoreOptions, 'name' | 'load'> = {}) {
  const name = `lazy-test-${++counter}-${Date.now()}`;
  const load = vi.fn(() => Promise.resolve(storeModule));
  const store = createLazyFollowUpStore({ name, load, ...options });
  opened.push(store);
  return { store, load, name };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

const input: FollowUpInput = {
  targetId: 'target-a',
  status: 'in-progress',
  date: '2021-04-01',
  note: '施工中',
  evidence: { url: 'https://example.org/a' },
};

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('the follow-up store loaded on demand', () => {
  it('reads "none" without loading the store or creating the database when there is none', async () => {
    const { store, load, name } = lazyStore();
    expect(await store.list()).toEqual({ ok: true, data: [] });
    expect(await store.listForTarget('target-a')).toEqual({ ok: true, data: [] });
    expect(load).not.toHaveBeenCalled();
    expect(await databaseNames()).not.toContain(name);
  });

  it('loads the store for a write; later reads see it', async () => {
    const { store, load } = lazyStore();
    const added = await store.add(input);
    expect(added.ok).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    const listed = await store.list();
    expect(listed.ok && listed.data.map((f) => f.note)).toEqual(['施工中']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the store to read a database another tab (or an earlier visit) created', async () => {
    const name = `lazy-test-${++counter}-${Date.now()}`;
    const earlier = storeModule.createFollowUpStore({ name });
    await earlier.add(input);
    await earlier.close();
    const load = vi.fn(() => Promise.resolve(storeModule));
    const store = createLazyFollowUpStore({ name, load });
    opened.push(store);
    const listed = await store.listForTarget('target-a');
    expect(listed.ok && listed.data).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each<[string, () => IDBFactory | undefined]>([
    ['no IndexedDB at all', () => undefined],
    [
      'an IndexedDB that cannot list its databases',
      () => ({ ...indexedDB, databases: undefined }) as unknown as IDBFactory,
    ],
    [
      'an IndexedDB whose list fails',
      () =>
        ({
          databases: () => Promise.reject(new DOMException('denied', 'SecurityError')),
        }) as unknown as IDBFactory,
    ],
  ])('with %s, asks the store itself (which says why)', async (_, factory) => {
    const { store, load } = lazyStore({ indexedDB: factory });
    await store.list();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('exports and imports through the store', async () => {
    const { store } = lazyStore();
    const exported = await store.exportFile(new Date('2021-05-01T00:00:00Z'));
    expect(exported.ok && exported.data.format).toBe(FOLLOW_UP_FILE_FORMAT);
    const imported = await store.importText(JSON.stringify(makeV2File([makeFollowUp()])));
    expect(imported.ok && imported.data.added).toBe(1);
  });

  it('answers "unavailable" as a value when the store’s code cannot be fetched, and tries again', async () => {
    const name = `lazy-test-${++counter}-${Date.now()}`;
    const load = vi
      .fn<() => Promise<typeof storeModule>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(storeModule);
    const store = createLazyFollowUpStore({ name, load });
    opened.push(store);
    const failed = await store.add(input);
    expect(failed).toMatchObject({
      ok: false,
      reason: {
        kind: 'unavailable',
        reason: 'open-failed',
        message: expect.stringMatching(/could not be loaded/),
      },
    });
    expect((await store.add(input)).ok).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
