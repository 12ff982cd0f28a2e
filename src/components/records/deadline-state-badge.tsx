import type { DeadlineState } from '@/tracker/deadline-state';
import { formatNumber } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
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

const messages = defineMessages({
  zh: {
    metLate: '逾期完成 {days} 天',
    overdue: '逾期未报结果 · {days} 天',
  },
  en: {
    metLate: (p) => `Met ${p.days} ${p.count === 1 ? 'day' : 'days'} late`,
    overdue: (p) => `Overdue, no result · ${p.days} ${p.count === 1 ? 'day' : 'days'}`,
  },
});

/**
 * A deadline state in words, with a colour swatch; the words carry the meaning, not the colour.
 * A target's own state says its days late (`daysLate` from the tracker's row): 逾期完成 45 天,
 * 逾期未报结果 · 12 天. A count of states (no one target) leaves them out.
 */
export function DeadlineStateBadge({
  state,
  daysLate = null,
}: {
  state: DeadlineState;
  daysLate?: number | null;
}) {
  const labels = useRecordLabels();
  const t = useT(messages);
  const { lang } = useLang();
  const days =
    daysLate !== null && (state === 'met-late' || state === 'overdue')
      ? t(state === 'met-late' ? 'metLate' : 'overdue', {
          days: formatNumber(daysLate, lang, 0),
          count: daysLate,
        })
      : null;
  return (
    <span className={`state-badge state-${state}`}>
      <span className="state-swatch" aria-hidden="true" />
      {days ?? labels.deadlineState(state)}
    </span>
  );
}
