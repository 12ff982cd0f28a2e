import type { DeadlineState } from '@/tracker/deadline-state';
import { useRecordLabels } from './labels';

/** The CSS custom property that colours a deadline state in badges and charts. */
export const DEADLINE_STATE_COLOR: Record<DeadlineState, string> = {
  'no-deadline': '--state-no-deadline',
  upcoming: '--state-upcoming',
  'due-soon': '--state-due-soon',
  overdue: '--state-overdue',
  'met-on-time': '--state-met',
  'met-late': '--state-met-late',
  met: '--state-met',
  missed: '--state-missed',
  'not-announced': '--state-no-deadline',
};

/** A deadline state in words, with a colour swatch; the words carry the meaning, not the colour. */
export function DeadlineStateBadge({ state }: { state: DeadlineState }) {
  const labels = useRecordLabels();
  return (
    <span className={`state-badge state-${state}`}>
      <span className="state-swatch" aria-hidden="true" />
      {labels.deadlineState(state)}
    </span>
  );
}
