import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect } from 'react';
import type { Result } from '@/lib/result';
import type { FollowUp } from './follow-up';
import type { FollowUpStore, StorageProblem } from './follow-up-store';
import { isStoragePersisted, useFollowUpChanges } from './follow-up-sync';
import { createLazyFollowUpStore } from './lazy-follow-up-store';

/**
 * The one module that owns the follow-up query keys and the reading hooks (the mutations, which
 * only the follow-up panels use, are in follow-up-mutations.ts). Reads are plain (non-suspense)
 * queries: the dashboard renders at once and merges follow-ups when IndexedDB answers; if it
 * never can, the hooks say `unavailable` and the pages work without them.
 */

/**
 * The app's store, loaded on demand (lazy-follow-up-store.ts), so the overview's first load
 * carries no IndexedDB code; tests provide their own through `FollowUpStoreContext`.
 */
const browserStore = createLazyFollowUpStore();
export const FollowUpStoreContext = createContext<FollowUpStore>(browserStore);

export function useFollowUpStore(): FollowUpStore {
  return useContext(FollowUpStoreContext);
}

export const followUpKeys = {
  all: (storeName: string) => ['follow-ups', storeName] as const,
  list: (storeName: string) => ['follow-ups', storeName, 'list'] as const,
};

export function followUpListOptions(store: FollowUpStore) {
  return queryOptions({
    queryKey: followUpKeys.list(store.name),
    queryFn: () => store.list(),
    staleTime: Infinity,
  });
}

/** What a reading hook gives a component. */
export type FollowUpsView =
  | { state: 'loading' }
  | { state: 'unavailable'; problem: StorageProblem }
  | { state: 'ready'; followUps: FollowUp[] };

function toView(data: Result<FollowUp[], StorageProblem> | undefined): FollowUpsView {
  if (!data) return { state: 'loading' };
  return data.ok
    ? { state: 'ready', followUps: data.data }
    : { state: 'unavailable', problem: data.reason };
}

/**
 * Reads the store again when another tab announces a change, so every open tab shows what is
 * stored (each reading hook listens; React Query merges the refetches).
 */
function useReadAgainOnChange(store: FollowUpStore) {
  const client = useQueryClient();
  const readAgain = useCallback(
    () => void client.invalidateQueries({ queryKey: followUpKeys.all(store.name) }),
    [client, store.name],
  );
  useFollowUpChanges(store.name, readAgain);
}

export function useFollowUps(): FollowUpsView {
  const store = useFollowUpStore();
  useReadAgainOnChange(store);
  return toView(useQuery(followUpListOptions(store)).data);
}

/** Stored records that fail validation (listed on the export/import panel, never hidden). */
export function useInvalidFollowUps() {
  const store = useFollowUpStore();
  return useQuery({
    queryKey: [...followUpKeys.all(store.name), 'invalid'] as const,
    queryFn: () => store.listInvalid(),
    staleTime: Infinity,
  }).data;
}

/** Whether the browser keeps the follow-ups when space runs low; read again after each change. */
export function useStoragePersisted(): boolean | undefined {
  const store = useFollowUpStore();
  return (
    useQuery({
      queryKey: [...followUpKeys.all(store.name), 'persisted'] as const,
      queryFn: async () => (await isStoragePersisted()) ?? null,
      staleTime: Infinity,
    }).data ?? undefined
  );
}

/**
 * True once the browser has deleted the database this page had open (follow-up-store.ts).
 * Asked again whenever the reader comes back to the tab (the browser may have freed space
 * meanwhile); once true, every follow-up query reads again, so no list goes on showing what
 * is no longer stored.
 */
export function useDatabaseDeleted(): boolean {
  const store = useFollowUpStore();
  const client = useQueryClient();
  const deleted =
    useQuery({
      queryKey: [...followUpKeys.all(store.name), 'deleted'] as const,
      queryFn: () => store.wasDeleted(),
      staleTime: 0,
      refetchOnWindowFocus: 'always',
    }).data ?? false;
  useEffect(() => {
    if (!deleted) return;
    void client.invalidateQueries({
      queryKey: followUpKeys.all(store.name),
      predicate: (query) => query.queryKey[2] !== 'deleted',
    });
  }, [deleted, client, store.name]);
  return deleted;
}
