import { fail, ok, type Result } from '@/lib/result';
import type { FollowUp } from './follow-up';
import { FOLLOW_UP_DB_NAME } from './follow-up-db';
import type { createFollowUpStore, FollowUpStore, StorageProblem } from './follow-up-store';

/**
 * The app's follow-up store, loaded on demand. The store's code (idb, the follow-up schemas,
 * the file format) is not part of a page's first load: a reader who never recorded a follow-up
 * has no database, and reading their follow-ups then answers "none" without loading anything.
 * Any write, export or import loads the store, as does a read once the database exists, or
 * when the browser cannot say which databases exist. docs/tracking.md, section 5.
 */

type StoreModule = { createFollowUpStore: typeof createFollowUpStore };

export type LazyFollowUpStoreOptions = {
  /** The database name (default: the app's, `zz-tracker`). */
  name?: string;
  /** How the store's module is loaded; tests count the calls. */
  load?: () => Promise<StoreModule>;
  /** Where IndexedDB lives; tests pass their own. */
  indexedDB?: () => IDBFactory | undefined;
};

export function createLazyFollowUpStore(options: LazyFollowUpStoreOptions = {}): FollowUpStore {
  const name = options.name ?? FOLLOW_UP_DB_NAME;
  const load = options.load ?? (() => import('./follow-up-store'));
  const factory = options.indexedDB ?? (() => globalThis.indexedDB ?? undefined);
  let store: FollowUpStore | null = null;
  let loading: Promise<Result<FollowUpStore, StorageProblem>> | null = null;

  /** The real store, or `unavailable` when its code cannot be fetched (offline after a deploy). */
  function real(): Promise<Result<FollowUpStore, StorageProblem>> {
    if (store) return Promise.resolve(ok(store));
    loading ??= load().then(
      (module) => {
        store ??= module.createFollowUpStore({ name });
        return ok(store);
      },
      (error: unknown) => {
        loading = null; // try again next time
        return fail<StorageProblem>({
          kind: 'unavailable',
          reason: 'open-failed',
          message: `the follow-up code could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        });
      },
    );
    return loading;
  }

  /**
   * False only when the browser says for sure that the database does not exist. Opening it
   * would create it, so the store itself cannot ask; `indexedDB.databases()` can.
   */
  async function databaseMayExist(): Promise<boolean> {
    if (store) return true;
    const idb = factory();
    if (!idb || typeof idb.databases !== 'function') return true; // the store says why
    try {
      const databases = await idb.databases();
      return databases.some((database) => database.name === name);
    } catch {
      return true;
    }
  }

  const none = ok<FollowUp[]>([]);

  /** Runs `work` on the real store; a store that cannot load answers its problem as a value. */
  async function withStore<T, E>(
    work: (store: FollowUpStore) => Promise<Result<T, E>>,
  ): Promise<Result<T, E | StorageProblem>> {
    const loaded = await real();
    return loaded.ok ? work(loaded.data) : loaded;
  }

  return {
    name,
    list: async () => ((await databaseMayExist()) ? withStore((s) => s.list()) : none),
    listForTarget: async (targetId) =>
      (await databaseMayExist()) ? withStore((s) => s.listForTarget(targetId)) : none,
    listInvalid: async () =>
      (await databaseMayExist()) ? withStore((s) => s.listInvalid()) : ok([]),
    add: (input, now) => withStore((s) => s.add(input, now)),
    update: (id, input, now, expected) => withStore((s) => s.update(id, input, now, expected)),
    remove: (id, expected) => withStore((s) => s.remove(id, expected)),
    removeAll: (expected) => withStore((s) => s.removeAll(expected)),
    exportFile: (now) => withStore((s) => s.exportFile(now)),
    importText: async (text, known, now) => {
      const loaded = await real();
      return loaded.ok
        ? loaded.data.importText(text, known, now)
        : fail({ kind: 'storage', problem: loaded.reason });
    },
    // A page that never loaded the store never had the database open.
    wasDeleted: async () => (store ? store.wasDeleted() : false),
    close: async () => {
      await store?.close();
    },
  };
}
