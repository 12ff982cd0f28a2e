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
import { canonicalFollowUp, recordVersion } from './follow-up-canonical';
import {
  buildFollowUpFile,
  checkStorageLimits,
  parseFollowUpFile,
  utf8Length,
  type FileProblem,
  type FollowUpFile,
  type LimitProblem,
} from './follow-up-file';
import { formatPath } from '../validate-dataset';
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
 * 2: no change of shape; the upgrade creates the object store and its index where they are
 * missing, which repairs a database other code on this origin opened first at version 1
 * without them (docs/tracking.md, section 5).
 * 3: a follow-up may state progress (file format version 3). Stored records need no change
 * (progress is optional), but a tab of an older release reads records through a schema that
 * drops unknown keys, so an edit there would erase a progress; opening version 3 makes such a
 * tab step aside (`blocking`) and an older release then says "reload the page" instead.
 */
export const FOLLOW_UP_DB_VERSION = 3;
const STORE = 'follow-ups';
const BY_TARGET = 'by-target';

interface TrackerDb extends DBSchema {
  [STORE]: { key: string; value: FollowUp; indexes: { [BY_TARGET]: string } };
}

export type UnavailableReason = 'no-indexeddb' | 'blocked' | 'newer-version' | 'open-failed';

/**
 * What the database holds after a write failed, read again rather than assumed: Chromium
 * deletes a site's whole database when the disk fills, so "nothing changed" may be untrue.
 */
export type StoredState =
  | { state: 'present'; count: number }
  | { state: 'gone' }
  | { state: 'unreadable'; message: string };

export type StorageProblem =
  | { kind: 'unavailable'; reason: UnavailableReason; message: string }
  | { kind: 'not-found'; id: string }
  /** An edit or delete of a copy another tab has changed since: refused; `current` is stored. */
  | { kind: 'conflict'; current: FollowUp }
  /**
   * "Delete all" found other records, or other versions, than its confirmation showed
   * (another tab added, edited or deleted some): refused, with what changed.
   */
  | { kind: 'changed'; count: number; changes: StoreChanges }
  | LimitProblem
  /** The browser reports less free space than the write needs. */
  | { kind: 'no-space'; neededBytes: number; availableBytes: number }
  /** `quota`: the browser's storage for this site is full (QuotaExceededError). */
  | { kind: 'write-failed'; cause: 'quota' | 'other'; message: string; after: StoredState }
  | { kind: 'read-failed'; message: string }
  /** What the form supplied does not validate (the form checks first, so a bug). */
  | { kind: 'invalid-input'; message: string }
  /** The store's code threw (a bug, or its chunk failed to run): caught, never uncaught. */
  | { kind: 'unexpected'; message: string };

/** A problem's own words, for the cases a message cannot say better. */
export function problemMessage(problem: StorageProblem): string {
  return 'message' in problem ? problem.message : problem.kind;
}

/** A stored record that fails validation: listed, and downloadable as it is, never hidden. */
export type InvalidRecord = { key: string; reason: string; value: unknown };

/**
 * Each stored record's version, by key: what "delete all" compares with what its confirmation
 * showed (`recordVersion`, follow-up-canonical.ts).
 */
export type RecordVersions = ReadonlyMap<string, string>;

/** A record that differs from what a confirmation showed; `followUp` when it is a valid one. */
export type ChangedRecord = { key: string; followUp?: FollowUp };

/** What changed since a confirmation was shown: added or edited (as stored now), or removed. */
export type StoreChanges = { added: ChangedRecord[]; edited: ChangedRecord[]; removed: string[] };

export type ImportProblem =
  { kind: 'file'; problem: FileProblem } | { kind: 'storage'; problem: StorageProblem };

export type ImportSummary = Record<ImportOutcome, number> & {
  fromVersion: number;
  /** Every follow-up of the file, as id and version: a copy the reader holds (a backup). */
  inFile: { id: string; updatedAt: string }[];
  /** References the dataset in view does not know: kept, and reported (docs/tracking.md). */
  unknown: UnknownReferences;
};

export type KnownIds = { targetIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> };

export type FollowUpStore = {
  /** The database name; part of every query key, so two stores never share a cache entry. */
  readonly name: string;
  list(): Promise<Result<FollowUp[], StorageProblem>>;
  listForTarget(targetId: string): Promise<Result<FollowUp[], StorageProblem>>;
  /** Stored records that are not valid follow-ups (edited by hand, or by an older bug). */
  listInvalid(): Promise<Result<InvalidRecord[], StorageProblem>>;
  add(input: FollowUpInput, now?: Date): Promise<Result<FollowUp, StorageProblem>>;
  /**
   * Edits one follow-up. With `expectedUpdatedAt` (the version the user edited), a stored copy
   * with another `updatedAt` — changed in another tab — is not overwritten: `conflict`.
   */
  update(
    id: string,
    input: FollowUpInput,
    now?: Date,
    expectedUpdatedAt?: string,
  ): Promise<Result<FollowUp, StorageProblem>>;
  remove(id: string, expectedUpdatedAt?: string): Promise<Result<null, StorageProblem>>;
  /**
   * Deletes every stored record; resolves with how many there were. With `expected` (the
   * records and versions the confirmation showed), deletes nothing unless exactly those are
   * stored, each in that version: `changed`, naming what was added, edited or removed.
   */
  removeAll(expected?: RecordVersions): Promise<Result<number, StorageProblem>>;
  exportFile(now?: Date): Promise<Result<FollowUpFile, StorageProblem>>;
  /** Validates the whole file first; then writes all of it in one transaction, or nothing. */
  importText(
    text: string,
    known?: KnownIds,
    now?: Date,
  ): Promise<Result<ImportSummary, ImportProblem>>;
  /**
   * Whether the database this page had open has been deleted since (the browser freeing space,
   * or site data cleared): the follow-ups the page last showed are then the only copy.
   */
  wasDeleted(): Promise<boolean>;
  close(): Promise<void>;
};

const OPEN_TIMEOUT_MS = 5_000;

/** Free space a write needs beyond its own size: IndexedDB stores values with overhead. */
const SPACE_FACTOR = 2;

export type StorageEstimate = () => Promise<{ quota?: number; usage?: number } | undefined>;

const browserEstimate: StorageEstimate = async () =>
  typeof navigator !== 'undefined' && typeof navigator.storage?.estimate === 'function'
    ? navigator.storage.estimate()
    : undefined;

/** Error, DOMException, or anything with a name and a message (not every engine's errors are Errors). */
function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** "Name: message", or whichever of the two there is (a DOMException's message may be empty). */
function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const name = errorName(error);
    const message = String(error.message).trim();
    return [name, message].filter(Boolean).join(': ') || 'unknown error';
  }
  return String(error);
}

/** A failed write's cause, as far as it matters to the reader: a full disk, or anything else. */
function writeFailureCause(error: unknown): 'quota' | 'other' {
  return errorName(error) === 'QuotaExceededError' ? 'quota' : 'other';
}

const unavailable = (reason: UnavailableReason, message: string): StorageProblem => ({
  kind: 'unavailable',
  reason,
  message,
});

/**
 * Records are validated on the way out too: one that fails (edited by hand in the developer
 * tools) is not shown as a follow-up, but listed by `listInvalid` so it is never silently lost.
 */
function readable(records: readonly unknown[]): FollowUp[] {
  const out: FollowUp[] = [];
  for (const record of records) {
    const parsed = followUpSchema.safeParse(record);
    if (parsed.success) out.push(canonicalFollowUp(parsed.data));
  }
  return out;
}

/** A follow-up a write would store, in canonical form; `invalid-input` when it is not one. */
function followUpToStore(record: unknown): Result<FollowUp, StorageProblem> {
  const parsed = followUpSchema.safeParse(record);
  return parsed.success
    ? ok(canonicalFollowUp(parsed.data))
    : fail({ kind: 'invalid-input', message: parsed.error.issues[0]?.message ?? 'invalid' });
}

/**
 * What a confirmation showed against what is stored: records added or edited since (with the
 * stored follow-up when valid) and records removed since.
 */
function changesSince(
  expected: RecordVersions,
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
): StoreChanges {
  const changes: StoreChanges = { added: [], edited: [], removed: [] };
  const seen = new Set<string>();
  keys.forEach((rawKey, index) => {
    const key = String(rawKey);
    seen.add(key);
    const value = values[index];
    const parsed = followUpSchema.safeParse(value);
    const followUp = parsed.success ? canonicalFollowUp(parsed.data) : undefined;
    const version = recordVersion(followUp, value);
    const shown = expected.get(key);
    if (shown === version) return;
    (shown === undefined ? changes.added : changes.edited).push(
      followUp ? { key, followUp } : { key },
    );
  });
  for (const key of expected.keys()) if (!seen.has(key)) changes.removed.push(key);
  return changes;
}

function invalidRecords(keys: readonly IDBValidKey[], values: readonly unknown[]): InvalidRecord[] {
  const out: InvalidRecord[] = [];
  values.forEach((value, index) => {
    const parsed = followUpSchema.safeParse(value);
    if (parsed.success) return;
    const issue = parsed.error.issues[0];
    out.push({
      key: String(keys[index]),
      reason: issue ? `${formatPath(issue.path) || '(root)'}: ${issue.message}` : 'invalid',
      value,
    });
  });
  return out;
}

/** What a read or a write gives: its result, or what kept it from the stored follow-ups. */
type StoreResult<T> = Promise<Result<T, StorageProblem>>;

/** A read or a write against the open database. */
type DbWork<T> = (db: IDBPDatabase<TrackerDb>) => StoreResult<T>;

/** A transaction whose failure is always observed, so an abort never surfaces as uncaught. */
function observed<T extends { done: Promise<void> }>(tx: T): T {
  tx.done.catch(() => {});
  return tx;
}

export function createFollowUpStore(
  options: { name?: string; openTimeoutMs?: number; estimate?: StorageEstimate } = {},
): FollowUpStore {
  const name = options.name ?? FOLLOW_UP_DB_NAME;
  const openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  const estimate = options.estimate ?? browserEstimate;
  let opening: Promise<Result<IDBPDatabase<TrackerDb>, StorageProblem>> | null = null;
  /** Set when an open had to create the database: after a failed write, it means it was gone. */
  let createdFresh = false;
  /** This page has had the database open. */
  let openedBefore = false;
  /**
   * The database this page had open was deleted (the browser freeing space, or site data
   * cleared), noticed when it had to be created again; cleared by the next successful write.
   */
  let deletedWhileOpen = false;

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
            upgrade(db, oldVersion, _newVersion, tx) {
              if (oldVersion < 1) {
                createdFresh = true;
                if (openedBefore) deletedWhileOpen = true;
              }
              // Whatever the old version, the store and its index exist afterwards: a database
              // other code on this origin created first (version 1, no store) is repaired
              // here, and records a store without its index holds are kept.
              if (!db.objectStoreNames.contains(STORE)) {
                db.createObjectStore(STORE, { keyPath: 'id' }).createIndex(BY_TARGET, 'targetId');
              } else if (!tx.objectStore(STORE).indexNames.contains(BY_TARGET)) {
                tx.objectStore(STORE).createIndex(BY_TARGET, 'targetId');
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
      if (!result.ok)
        opening = null; // try again next time: the user may have allowed storage
      else openedBefore = true;
      return result;
    });
    return opening;
  }

  /** Runs a read against an open database; an exception becomes `read-failed`. */
  async function withDb<T>(work: DbWork<T>): StoreResult<T> {
    const opened = await db();
    if (!opened.ok) return opened;
    try {
      return await work(opened.data);
    } catch (error) {
      return fail({ kind: 'read-failed', message: errorMessage(error) });
    }
  }

  /**
   * What is stored after a failed write, from a fresh connection: the failure may have closed
   * the old one, or the browser may have deleted the database to free space.
   */
  async function storedState(): Promise<StoredState> {
    const current = opening;
    opening = null;
    const previous = await current?.catch(() => null);
    if (previous?.ok) previous.data.close();
    createdFresh = false;
    const reopened = await db();
    if (!reopened.ok) return { state: 'unreadable', message: problemMessage(reopened.reason) };
    if (createdFresh) return { state: 'gone' };
    try {
      return { state: 'present', count: await reopened.data.count(STORE) };
    } catch (error) {
      return { state: 'unreadable', message: errorMessage(error) };
    }
  }

  /** Runs a write; an exception becomes `write-failed` with what is stored afterwards. */
  async function withWrite<T>(work: DbWork<T>): StoreResult<T> {
    const opened = await db();
    if (!opened.ok) return opened;
    try {
      const result = await work(opened.data);
      if (result.ok) deletedWhileOpen = false;
      return result;
    } catch (error) {
      return fail({
        kind: 'write-failed',
        cause: writeFailureCause(error),
        message: errorMessage(error),
        after: await storedState(),
      });
    }
  }

  /** Ends a transaction without writing, and waits until it has. */
  async function abandon(tx: { abort(): void; done: Promise<void> }) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
  }

  /** Refuses a write: ends its transaction without writing, then fails with `problem`. */
  async function refuse<Problem>(tx: { abort(): void; done: Promise<void> }, problem: Problem) {
    await abandon(tx);
    return fail(problem);
  }

  /** Refuses a write the browser says it has no room for (when it says anything). */
  async function spaceFor(bytes: number): Promise<Result<null, StorageProblem>> {
    const figures = await estimate().catch(() => undefined);
    if (figures?.quota === undefined || figures.usage === undefined) return ok(null);
    const availableBytes = Math.max(0, figures.quota - figures.usage);
    const neededBytes = bytes * SPACE_FACTOR;
    return neededBytes > availableBytes
      ? fail({ kind: 'no-space', neededBytes, availableBytes })
      : ok(null);
  }

  const list = () => withDb(async (d) => ok(readable(await d.getAll(STORE))));

  return {
    name,
    list,
    listForTarget: (targetId) =>
      withDb(async (d) => ok(readable(await d.getAllFromIndex(STORE, BY_TARGET, targetId)))),

    listInvalid: () =>
      withDb(async (d) => {
        const tx = observed(d.transaction(STORE, 'readonly'));
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        await tx.done;
        return ok(invalidRecords(keys, values));
      }),

    add: (input, now = new Date()) =>
      withWrite(async (d) => {
        const timestamp = now.toISOString();
        const parsed = followUpToStore({
          ...input,
          id: newFollowUpId(),
          createdAt: timestamp,
          updatedAt: timestamp,
        });
        if (!parsed.ok) return parsed;
        const followUp = parsed.data;
        const tx = observed(d.transaction(STORE, 'readwrite'));
        const stored = readable(await tx.store.getAll());
        const limits = checkStorageLimits([...stored, followUp]);
        if (!limits.ok) return refuse(tx, limits.reason);
        await tx.store.add(followUp);
        await tx.done;
        return ok(followUp);
      }),

    update: (id, input, now = new Date(), expectedUpdatedAt) =>
      withWrite(async (d) => {
        const tx = observed(d.transaction(STORE, 'readwrite'));
        const stored = readable(await tx.store.getAll());
        const existing = stored.find((f) => f.id === id);
        if (!existing) return refuse(tx, { kind: 'not-found', id });
        if (expectedUpdatedAt !== undefined && existing.updatedAt !== expectedUpdatedAt)
          return refuse(tx, { kind: 'conflict', current: existing });
        const parsed = followUpToStore({
          ...input,
          id,
          createdAt: existing.createdAt,
          updatedAt: nextTimestamp(now, existing.updatedAt),
        });
        if (!parsed.ok) return refuse(tx, parsed.reason);
        const followUp = parsed.data;
        const limits = checkStorageLimits(stored.map((f) => (f.id === id ? followUp : f)));
        if (!limits.ok) return refuse(tx, limits.reason);
        await tx.store.put(followUp);
        await tx.done;
        return ok(followUp);
      }),

    remove: (id, expectedUpdatedAt) =>
      withWrite(async (d) => {
        const tx = observed(d.transaction(STORE, 'readwrite'));
        const existing = await tx.store.get(id);
        if (existing === undefined) return refuse(tx, { kind: 'not-found', id });
        const [current] = readable([existing]);
        if (expectedUpdatedAt !== undefined && current && current.updatedAt !== expectedUpdatedAt)
          return refuse(tx, { kind: 'conflict', current });
        await tx.store.delete(id);
        await tx.done;
        return ok(null);
      }),

    removeAll: (expected) =>
      withWrite(async (d) => {
        const tx = observed(d.transaction(STORE, 'readwrite'));
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        if (expected !== undefined) {
          const changes = changesSince(expected, keys, values);
          if (changes.added.length + changes.edited.length + changes.removed.length > 0)
            return refuse(tx, { kind: 'changed', count: keys.length, changes });
        }
        await tx.store.clear();
        await tx.done;
        return ok(keys.length);
      }),

    exportFile: async (now = new Date()) => {
      const all = await list();
      return all.ok ? ok(buildFollowUpFile(all.data, now)) : all;
    },

    importText: async (text, known, now = new Date()) => {
      // Everything about the file is checked before the database is touched.
      const parsed = parseFollowUpFile(text, now);
      if (!parsed.ok) return fail({ kind: 'file', problem: parsed.reason });
      const incoming = parsed.data.followUps;
      const space = await spaceFor(utf8Length(text));
      if (!space.ok) return fail({ kind: 'storage', problem: space.reason });
      const written = await withWrite(async (d) => {
        const tx = observed(d.transaction(STORE, 'readwrite'));
        // Every request's promise is kept, so an abort rejects none of them unobserved.
        const requests: Promise<unknown>[] = [];
        const track = <T>(request: Promise<T>) => {
          requests.push(request);
          request.catch(() => {});
          return request;
        };
        try {
          const all = readable(await track(tx.store.getAll()));
          const stored = new Map(all.map((record) => [record.id, record]));
          const plan = planImport(stored, incoming);
          const after = new Map(stored);
          for (const followUp of plan.writes) after.set(followUp.id, followUp);
          // What the import would leave stored must itself export to a file import accepts.
          const limits = checkStorageLimits([...after.values()]);
          if (!limits.ok) return refuse(tx, limits.reason);
          for (const followUp of plan.writes) track(tx.store.put(followUp));
          await Promise.all(requests);
          await tx.done;
          return ok(plan.counts);
        } catch (error) {
          // All or nothing: one failed write undoes the others.
          await abandon(tx);
          await Promise.allSettled(requests);
          throw error;
        }
      });
      if (!written.ok) return fail({ kind: 'storage', problem: written.reason });
      return ok({
        ...written.data,
        fromVersion: parsed.data.fromVersion,
        inFile: incoming.map(({ id, updatedAt }) => ({ id, updatedAt })),
        unknown: known
          ? unknownReferences(incoming, known)
          : { targetIds: [] as string[], sourceIds: [] as string[] },
      });
    },

    wasDeleted: async () => {
      // Opening is what notices: a database that has to be created again was deleted.
      if (openedBefore) await db();
      return deletedWhileOpen;
    },

    close: async () => {
      const current = opening;
      opening = null;
      const opened = await current;
      if (opened?.ok) opened.data.close();
    },
  };
}
