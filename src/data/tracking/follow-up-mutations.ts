import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Result } from '@/lib/result';
import type { FollowUpInput } from './follow-up';
import { followUpKeys, useFollowUpStore } from './follow-up-queries';
import type {
  FollowUpStore,
  ImportProblem,
  KnownIds,
  RecordVersions,
  StorageProblem,
} from './follow-up-store';
import { announceFollowUpChange, requestPersistentStorage } from './follow-up-sync';
import { recordBackup, recordRestore } from './follow-up-backup';

/**
 * Writing follow-ups, for the follow-up panels. Apart from the reading hooks so that pages
 * which only read (the overview) do not load the mutation machinery.
 */

function invalidateAll(client: QueryClient, store: FollowUpStore) {
  return client.invalidateQueries({ queryKey: followUpKeys.all(store.name) });
}

/**
 * Mutations resolve with the store's Result; every one refreshes all follow-up queries, and a
 * successful one that changed something tells the other tabs. Whatever the store throws (it
 * should not) becomes an `unexpected` value, so no caller loses a form.
 */
function useStoreMutation<TVariables, TData, TError = StorageProblem>(
  run: (store: FollowUpStore, variables: TVariables) => Promise<Result<TData, TError>>,
  {
    changes = () => 1,
    wrap = (problem) => problem as TError,
    succeeded,
  }: {
    /** How many follow-ups a success changed (none: the other tabs need not read again). */
    changes?: (data: TData) => number;
    /** A thrown error's problem in this mutation's error type. */
    wrap?: (problem: StorageProblem) => TError;
    /** What else a success means (an import: the file is a copy the reader holds). */
    succeeded?: (store: FollowUpStore, data: TData) => void;
  } = {},
) {
  const store = useFollowUpStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (variables: TVariables): Promise<Result<TData, TError>> => {
      try {
        return await run(store, variables);
      } catch (error) {
        return {
          ok: false,
          reason: wrap({
            kind: 'unexpected',
            message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          }),
        };
      }
    },
    onSettled: (result) => {
      if (result?.ok) {
        succeeded?.(store, result.data);
        if (changes(result.data) > 0) {
          announceFollowUpChange(store.name);
          requestPersistentStorage();
        }
      }
      return invalidateAll(client, store);
    },
  });
}

export const useAddFollowUp = () =>
  useStoreMutation((store, input: FollowUpInput) => store.add(input));

export const useUpdateFollowUp = () =>
  useStoreMutation(
    (
      store,
      {
        id,
        input,
        expectedUpdatedAt,
      }: { id: string; input: FollowUpInput; expectedUpdatedAt?: string },
    ) => store.update(id, input, undefined, expectedUpdatedAt),
  );

export const useDeleteFollowUp = () =>
  useStoreMutation((store, { id, expectedUpdatedAt }: { id: string; expectedUpdatedAt?: string }) =>
    store.remove(id, expectedUpdatedAt),
  );

export const useDeleteAllFollowUps = () =>
  useStoreMutation((store, expected: RecordVersions | undefined) => store.removeAll(expected), {
    changes: (count) => count,
  });

export const useImportFollowUps = () =>
  useStoreMutation(
    (store, { text, known }: { text: string; known?: KnownIds }) => store.importText(text, known),
    {
      changes: (summary) => summary.added + summary.updated,
      wrap: (problem): ImportProblem => ({ kind: 'storage', problem }),
      // A restore is not a change to back up: the reader holds the file it came from.
      succeeded: (store, summary) => recordRestore(store.name, summary.inFile),
    },
  );

/**
 * Reads everything for a download; a read, so nothing to invalidate. A download is a backup:
 * of exactly the follow-ups in the file.
 */
export function useExportFollowUps() {
  const store = useFollowUpStore();
  return useCallback(async () => {
    const result = await store.exportFile();
    if (result.ok) recordBackup(store.name, result.data.followUps);
    return result;
  }, [store]);
}
