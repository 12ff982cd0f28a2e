import { useCallback } from 'react';
import { formatPeriod } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import type { InvestmentGroup } from '../model/overview-series';

const messages = defineMessages({
  zh: {
    project: '项目总投资',
    target: '投资目标',
    figure: '投资数据',
    planned: '计划',
    actual: '实绩',
    allYears: '不分年份',
    group: '{kind} · {basis} · {period}',
  },
  en: {
    project: 'Project totals',
    target: 'Investment targets',
    figure: 'Investment figures',
    planned: 'plan',
    actual: 'result',
    allYears: 'all years',
    group: '{kind} · {basis} · {period}',
  },
});

/** "投资目标 · 计划 · 2024年": every investment amount says what it is, plan or result, and when. */
export function useInvestmentGroupLabel() {
  const t = useT(messages);
  const { lang } = useLang();
  return useCallback(
    (group: InvestmentGroup) =>
      t('group', {
        kind: t(group.kind),
        basis: t(group.basis),
        period: group.period ? formatPeriod(group.period, lang) : t('allYears'),
      }),
    [t, lang],
  );
}
