import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { createContext, useCallback, useContext } from 'react';
import type { Result } from '@/lib/result';
import type { StatusReport } from './deadline-state';
import type { FollowUp, FollowUpInput } from './follow-up';
import { statusReportsByTarget } from './follow-up-merge';
import {
  createFollowUpStore,
  type FollowUpStore,
  type KnownIds,
  type StorageProblem,
} from './follow-up-store';

/**
 * The one module that owns the follow-up query keys and hooks. Reads are plain (non-suspense)
 * queries: the dashboard renders at once and merges follow-ups when IndexedDB answers; if it
 * never can, the hooks say `unavailable` and the pages work without them.
 */

/** The app's store; tests provide their own through `FollowUpStoreContext`. */
const browserStore = createFollowUpStore();
export const FollowUpStoreContext = createContext<FollowUpStore>(browserStore);

export function useFollowUpStore(): FollowUpStore {
  return useContext(FollowUpStoreContext);
}

export const followUpKeys = {
  all: (storeName: string) => ['follow-ups', storeName] as const,
  list: (storeName: string) => ['follow-ups', storeName, 'list'] as const,
  target: (storeName: string, targetId: string) =>
    ['follow-ups', storeName, 'target', targetId] as const,
};

export function followUpListOptions(store: FollowUpStore) {
  return queryOptions({
    queryKey: followUpKeys.list(store.name),
    queryFn: () => store.list(),
    staleTime: Infinity,
  });
}

export function followUpsForTargetOptions(store: FollowUpStore, targetId: string) {
  return queryOptions({
    queryKey: followUpKeys.target(store.name, targetId),
    queryFn: () => store.listForTarget(targetId),
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

export function useFollowUps(): FollowUpsView {
  const store = useFollowUpStore();
  return toView(useQuery(followUpListOptions(store)).data);
}

export function useFollowUpsForTarget(targetId: string): FollowUpsView {
  const store = useFollowUpStore();
  return toView(useQuery(followUpsForTargetOptions(store, targetId)).data);
}

const NO_REPORTS: ReadonlyMap<string, readonly StatusReport[]> = new Map();

/** Stable across renders (react-query memoizes `select` by function identity and data). */
function selectStatusReports(
  data: Result<FollowUp[], StorageProblem>,
): ReadonlyMap<string, readonly StatusReport[]> {
  return data.ok ? statusReportsByTarget(data.data) : NO_REPORTS;
}

/**
 * The user's follow-ups as dated status reports per target id, for the dashboard's pages
 * (`statusReports` prop). Empty while loading and when storage is unavailable.
 */
export function useStatusReports(): ReadonlyMap<string, readonly StatusReport[]> {
  const store = useFollowUpStore();
  return (
    useQuery({ ...followUpListOptions(store), select: selectStatusReports }).data ?? NO_REPORTS
  );
}

function invalidateAll(client: QueryClient, store: FollowUpStore) {
  return client.invalidateQueries({ queryKey: followUpKeys.all(store.name) });
}

/** Mutations resolve with the store's Result; every one refreshes all follow-up queries. */
function useStoreMutation<TVariables, TData, TError>(
  run: (store: FollowUpStore, variables: TVariables) => Promise<Result<TData, TError>>,
) {
  const store = useFollowUpStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => run(store, variables),
    onSettled: () => invalidateAll(client, store),
  });
}

export const useAddFollowUp = () =>
  useStoreMutation((store, input: FollowUpInput) => store.add(input));

export const useUpdateFollowUp = () =>
  useStoreMutation((store, { id, input }: { id: string; input: FollowUpInput }) =>
    store.update(id, input),
  );

export const useDeleteFollowUp = () => useStoreMutation((store, id: string) => store.remove(id));

export const useDeleteAllFollowUps = () =>
  useStoreMutation<void, number, StorageProblem>((store) => store.removeAll());

export const useImportFollowUps = () =>
  useStoreMutation((store, { text, known }: { text: string; known?: KnownIds }) =>
    store.importText(text, known),
  );

/** Reads everything for a download; a read, so nothing to invalidate. */
export function useExportFollowUps() {
  const store = useFollowUpStore();
  return useCallback(() => store.exportFile(), [store]);
}
