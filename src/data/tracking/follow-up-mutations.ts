import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Result } from '@/lib/result';
import type { FollowUpInput } from './follow-up';
import { followUpKeys, useFollowUpStore } from './follow-up-queries';
import type { FollowUpStore, KnownIds, StorageProblem } from './follow-up-store';

/**
 * Writing follow-ups, for the follow-up panels. Apart from the reading hooks so that pages
 * which only read (the overview) do not load the mutation machinery.
 */

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
