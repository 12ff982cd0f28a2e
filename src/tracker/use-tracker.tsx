import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useAsOf } from '@/tracker/use-as-of';
import { useCurrentDataset } from '@/data/dataset-source';
import type { FollowUp } from '@/data/tracking/follow-up';
import { followUpListOptions, useFollowUpStore } from '@/data/tracking/follow-up-queries';
import { buildTracker, type Tracker } from './tracker';
import { usePaceRule } from './use-pace-rule';

const TrackerContext = createContext<Tracker | null>(null);
const NO_FOLLOW_UPS: readonly FollowUp[] = [];

/**
 * Builds the tracker once for a view from the dataset in view, the reader's follow-ups, and the
 * as-of date and light rule in the URL, and gives it to everything below. Suspends until both the dataset and
 * the follow-ups are there (the route's loading state shows meanwhile), so no page shows a
 * count that a follow-up changes a moment later; storage that cannot be read gives none.
 */
export function TrackerProvider({ children }: { children: ReactNode }) {
  const dataset = useCurrentDataset();
  const stored = useSuspenseQuery(followUpListOptions(useFollowUpStore())).data;
  const { asOf } = useAsOf();
  const { rule } = usePaceRule();
  const list = stored.ok ? stored.data : NO_FOLLOW_UPS;
  const tracker = useMemo(
    () => buildTracker(dataset, list, asOf, rule),
    [dataset, list, asOf, rule],
  );
  return <TrackerContext value={tracker}>{children}</TrackerContext>;
}

/** The tracker of the view being rendered. */
export function useTracker(): Tracker {
  const tracker = useContext(TrackerContext);
  if (!tracker) throw new Error('useTracker needs a TrackerProvider above it');
  return tracker;
}
