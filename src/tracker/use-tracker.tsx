import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useAsOf } from '@/tracker/use-as-of';
import { useCurrentDataset } from '@/data/dataset-source';
import type { FollowUp } from '@/data/tracking/follow-up';
import { useFollowUps } from '@/data/tracking/follow-up-queries';
import { buildTracker, type Tracker } from './tracker';

const TrackerContext = createContext<Tracker | null>(null);
const NO_FOLLOW_UPS: readonly FollowUp[] = [];

/**
 * Builds the tracker once for a view from the dataset in view, the reader's follow-ups and the
 * as-of date in the URL, and gives it to everything below. Suspends until the dataset is
 * there (the route's loading state shows meanwhile); follow-ups join when storage answers.
 */
export function TrackerProvider({ children }: { children: ReactNode }) {
  const dataset = useCurrentDataset();
  const followUps = useFollowUps();
  const { asOf } = useAsOf();
  const list = followUps.state === 'ready' ? followUps.followUps : NO_FOLLOW_UPS;
  const tracker = useMemo(() => buildTracker(dataset, list, asOf), [dataset, list, asOf]);
  return <TrackerContext value={tracker}>{children}</TrackerContext>;
}

/** The tracker of the view being rendered. */
export function useTracker(): Tracker {
  const tracker = useContext(TrackerContext);
  if (!tracker) throw new Error('useTracker needs a TrackerProvider above it');
  return tracker;
}

/** For tests and tools that have a tracker already. */
export function TrackerValue({ tracker, children }: { tracker: Tracker; children: ReactNode }) {
  return <TrackerContext value={tracker}>{children}</TrackerContext>;
}
