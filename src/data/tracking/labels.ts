import { defineMessages } from '@/lib/i18n';
import type { TargetStatus } from '../schema';
import { DUE_SOON_DAYS, type DeadlineState } from './deadline-state';

/**
 * Names of the reported statuses and the derived deadline states, in both languages, for
 * every view that shows them (one wording everywhere). Meanings: docs/tracking.md.
 */
export const targetStatusMessages = defineMessages<TargetStatus>({
  zh: {
    'not-rated': '未评定',
    'in-progress': '推进中',
    achieved: '已完成',
    'partly-achieved': '部分完成',
    'not-achieved': '未完成',
    stalled: '停滞',
    unverifiable: '无法核实',
  },
  en: {
    'not-rated': 'Not yet rated',
    'in-progress': 'In progress',
    achieved: 'Achieved',
    'partly-achieved': 'Partly achieved',
    'not-achieved': 'Not achieved',
    stalled: 'Stalled',
    unverifiable: 'Cannot be verified',
  },
});

export const deadlineStateMessages = defineMessages<DeadlineState>({
  zh: {
    'no-deadline': '无截止日期',
    upcoming: '未到期',
    'due-soon': `${DUE_SOON_DAYS}天内到期`,
    overdue: '已逾期，未见结果',
    met: '已达成',
    missed: '未达成',
  },
  en: {
    'no-deadline': 'No deadline',
    upcoming: 'Upcoming',
    'due-soon': `Due within ${DUE_SOON_DAYS} days`,
    overdue: 'Overdue, no result reported',
    met: 'Met',
    missed: 'Missed',
  },
});
