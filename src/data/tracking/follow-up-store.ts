import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { fail, ok, type Result } from '@/lib/result';
import { FOLLOW_UP_DB_NAME } from './follow-up-db';
import {
  followUpSchema,
  newFollowUpId,
  nextTimestamp,
  type FollowUp,
  type FollowUpInput,
} from './follow-up';
import { canonicalFollowUp } from './follow-up-canonical';
import {
  buildFollowUpFile,
  parseFollowUpFile,
  type FileProblem,
  type FollowUpFile,
} from './follow-up-file';
import {
  planImport,
  unknownReferences,
  type ImportOutcome,
  type UnknownReferences,
} from './follow-up-merge';

/**
 * Follow-ups in the browser's IndexedDB: one database, one object store keyed by id with an
 * index on targetId. Every operation returns a Result; an IndexedDB that is missing, blocked
 * or refuses to open (private modes) is a value (`unavailable`), so the dashboard keeps working.
 */

export { FOLLOW_UP_DB_NAME };
/**
 * IndexedDB schema version. Raise it with an `upgrade` step when the stored shape changes;
 * stored records are then migrated in place with the same functions imports use.
 */
export const FOLLOW_UP_DB_VERSION = 1;
const STORE = 'follow-ups';
const BY_TARGET = 'by-target';

interface TrackerDb extends DBSchema {
  [STORE]: { key: string; value: FollowUp; indexes: { [BY_TARGET]: string } };
}

export type UnavailableReason = 'no-indexeddb' | 'blocked' | 'newer-version' | 'open-failed';

export type StorageProblem =
  | { kind: 'unavailable'; reason: UnavailableReason; message: string }
  | { kind: 'not-found'; id: string }
  | { kind: 'write-failed'; message: string };

export type ImportProblem =
  { kind: 'file'; problem: FileProblem } | { kind: 'storage'; problem: StorageProblem };

export type ImportSummary = Record<ImportOutcome, number> & {
  fromVersion: number;
  /** References the dataset in view does not know: kept, and reported (docs/tracking.md). */
  unknown: UnknownReferences;
};

export type KnownIds = { targetIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> };

export type FollowUpStore = {
  /** The database name; part of every query key, so two stores never share a cache entry. */
  readonly name: string;
  list(): Promise<Result<FollowUp[], StorageProblem>>;
  listForTarget(targetId: string): Promise<Result<FollowUp[], StorageProblem>>;
  add(input: FollowUpInput, now?: Date): Promise<Result<FollowUp, StorageProblem>>;
  update(id: string, input: FollowUpInput, now?: Date): Promise<Result<FollowUp, StorageProblem>>;
  remove(id: string): Promise<Result<null, StorageProblem>>;
  /** Deletes every follow-up; resolves with how many there were. */
  removeAll(): Promise<Result<number, StorageProblem>>;
  exportFile(now?: Date): Promise<Result<FollowUpFile, StorageProblem>>;
  /** Validates the whole file first; then writes all of it in one transaction, or nothing. */
  importText(text: string, known?: KnownIds): Promise<Result<ImportSummary, ImportProblem>>;
  close(): Promise<void>;
};

const OPEN_TIMEOUT_MS = 5_000;

/** Error, DOMException, or anything with a name and a message (not every engine's errors are Errors). */
function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return `${errorName(error)}: ${String(error.message)}`;
  }
  return String(error);
}

const unavailable = (reason: UnavailableReason, message: string): StorageProblem => ({
  kind: 'unavailable',
  reason,
  message,
});

/** Records are validated on the way out too: a record edited by hand (devtools) is skipped. */
function readable(records: readonly unknown[]): FollowUp[] {
  const out: FollowUp[] = [];
  for (const record of records) {
    const parsed = followUpSchema.safeParse(record);
    if (parsed.success) out.push(canonicalFollowUp(parsed.data));
  }
  return out;
}

export function createFollowUpStore(
  options: { name?: string; openTimeoutMs?: number } = {},
): FollowUpStore {
  const name = options.name ?? FOLLOW_UP_DB_NAME;
  const openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  let opening: Promise<Result<IDBPDatabase<TrackerDb>, StorageProblem>> | null = null;

  async function openOnce(): Promise<Result<IDBPDatabase<TrackerDb>, StorageProblem>> {
    if (typeof globalThis.indexedDB === 'undefined' || globalThis.indexedDB === null) {
      return fail(unavailable('no-indexeddb', 'IndexedDB is not available in this browser'));
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Result<never, StorageProblem>>((resolve) => {
      timer = setTimeout(
        () => resolve(fail(unavailable('blocked', 'opening the database took too long (blocked)'))),
        openTimeoutMs,
      );
    });
    const open = (async (): Promise<Result<IDBPDatabase<TrackerDb>, StorageProblem>> => {
      try {
        return ok(
          await openDB<TrackerDb>(name, FOLLOW_UP_DB_VERSION, {
            upgrade(db, oldVersion) {
              if (oldVersion < 1) {
                const store = db.createObjectStore(STORE, { keyPath: 'id' });
                store.createIndex(BY_TARGET, 'targetId');
              }
            },
            blocking(_current, _blocked, event) {
              // A newer version of the app wants to upgrade: step aside rather than block it.
              (event.target as IDBDatabase | null)?.close();
              opening = null;
            },
            terminated() {
              opening = null;
            },
          }),
        );
      } catch (error) {
        // Private modes and disabled storage throw here (some synchronously).
        return fail(
          errorName(error) === 'VersionError'
            ? unavailable('newer-version', 'the stored follow-ups were written by a newer version')
            : unavailable('open-failed', errorMessage(error)),
        );
      }
    })();
    try {
      return await Promise.race([open, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  function db() {
    opening ??= openOnce().then((result) => {
      if (!result.ok) opening = null; // try again next time: the user may have allowed storage
      return result;
    });
    return opening;
  }

  /** Runs `work` against an open database; an exception becomes `write-failed`. */
  async function withDb<T>(
    work: (db: IDBPDatabase<TrackerDb>) => Promise<Result<T, StorageProblem>>,
  ): Promise<Result<T, StorageProblem>> {
    const opened = await db();
    if (!opened.ok) return opened;
    try {
      return await work(opened.data);
    } catch (error) {
      return fail({ kind: 'write-failed', message: errorMessage(error) });
    }
  }

  const list = () => withDb(async (d) => ok(readable(await d.getAll(STORE))));

  return {
    name,
    list,
    listForTarget: (targetId) =>
      withDb(async (d) => ok(readable(await d.getAllFromIndex(STORE, BY_TARGET, targetId)))),

    add: (input, now = new Date()) =>
      withDb(async (d) => {
        const timestamp = now.toISOString();
        const followUp = canonicalFollowUp(
          followUpSchema.parse({
            ...input,
            id: newFollowUpId(),
            createdAt: timestamp,
            updatedAt: timestamp,
          }),
        );
        await d.add(STORE, followUp);
        return ok(followUp);
      }),

    update: (id, input, now = new Date()) =>
      withDb(async (d) => {
        const tx = d.transaction(STORE, 'readwrite');
        const existing = await tx.store.get(id);
        if (!existing) {
          tx.abort();
          await tx.done.catch(() => undefined);
          return fail({ kind: 'not-found', id });
        }
        const followUp = canonicalFollowUp(
          followUpSchema.parse({
            ...input,
            id,
            createdAt: existing.createdAt,
            updatedAt: nextTimestamp(now, existing.updatedAt),
          }),
        );
        await tx.store.put(followUp);
        await tx.done;
        return ok(followUp);
      }),

    remove: (id) =>
      withDb(async (d) => {
        const tx = d.transaction(STORE, 'readwrite');
        const existing = await tx.store.getKey(id);
        if (existing === undefined) {
          tx.abort();
          await tx.done.catch(() => undefined);
          return fail({ kind: 'not-found', id });
        }
        await tx.store.delete(id);
        await tx.done;
        return ok(null);
      }),

    removeAll: () =>
      withDb(async (d) => {
        const tx = d.transaction(STORE, 'readwrite');
        const count = await tx.store.count();
        await tx.store.clear();
        await tx.done;
        return ok(count);
      }),

    exportFile: async (now = new Date()) => {
      const all = await list();
      return all.ok ? ok(buildFollowUpFile(all.data, now)) : all;
    },

    importText: async (text, known) => {
      // Everything about the file is checked before the database is touched.
      const parsed = parseFollowUpFile(text);
      if (!parsed.ok) return fail({ kind: 'file', problem: parsed.reason });
      const incoming = parsed.data.followUps;
      const written = await withDb(async (d) => {
        const tx = d.transaction(STORE, 'readwrite');
        // Every request's promise is kept, so an abort rejects none of them unobserved.
        const requests: Promise<unknown>[] = [];
        const track = <T>(request: Promise<T>) => {
          requests.push(request);
          return request;
        };
        try {
          const existing = await Promise.all(incoming.map((f) => track(tx.store.get(f.id))));
          const stored = new Map<string, FollowUp>();
          for (const record of readable(existing.filter((r) => r !== undefined))) {
            stored.set(record.id, record);
          }
          const plan = planImport(stored, incoming);
          for (const followUp of plan.writes) track(tx.store.put(followUp));
          await Promise.all(requests);
          await tx.done;
          return ok(plan.counts);
        } catch (error) {
          // All or nothing: one failed write undoes the others.
          try {
            tx.abort();
          } catch {
            // already aborted by the failed request
          }
          await Promise.allSettled([...requests, tx.done]);
          throw error;
        }
      });
      if (!written.ok) return fail({ kind: 'storage', problem: written.reason });
      return ok({
        ...written.data,
        fromVersion: parsed.data.fromVersion,
        unknown: known
          ? unknownReferences(incoming, known)
          : { targetIds: [] as string[], sourceIds: [] as string[] },
      });
    },

    close: async () => {
      const current = opening;
      opening = null;
      const opened = await current;
      if (opened?.ok) opened.data.close();
    },
  };
}
