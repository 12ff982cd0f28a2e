import { useCallback } from 'react';
import { useRecordLabels } from '@/components/records/labels';
import { formatDate, formatPeriod } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import type { AmountGroup } from '@/tracker/amounts';

const messages = defineMessages({
  zh: {
    total: '总投资 · 项目全周期',
    plan: '计划投资 · {period}',
    done: '完成投资 · {period}',
    doneThrough: '完成投资 · {period}（截至{through}）',
    other: '{role} · {period}',
    lifetime: '全周期',
  },
  en: {
    total: 'Total investment · whole life of the projects',
    plan: 'Planned investment · {period}',
    done: 'Investment done · {period}',
    doneThrough: 'Investment done · {period} (through {through})',
    other: '{role} · {period}',
    lifetime: 'whole life',
  },
});

/**
 * "计划投资 · 2024年", "完成投资 · 2021年（截至2021年10月31日）", "总投资 · 项目全周期": every
 * group of amounts says what it is (its role) and when, so a lifetime total never reads as a
 * year's plan.
 */
export function useInvestmentGroupLabel() {
  const t = useT(messages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  return useCallback(
    (group: Pick<AmountGroup, 'role' | 'period' | 'through'>) => {
      const period = group.period ? formatPeriod(group.period, lang) : t('lifetime');
      switch (group.role) {
        case 'total':
          return t('total');
        case 'plan':
          return t('plan', { period });
        case 'done':
          return group.through
            ? t('doneThrough', { period, through: formatDate(group.through, lang) })
            : t('done', { period });
        default:
          return t('other', { role: labels.role(group.role), period });
      }
    },
    [t, lang, labels],
  );
}
