import { defineMessages } from '@/lib/i18n';

/** Words the charts of several views share. */
export const chartMessages = defineMessages({
  zh: {
    unitCount: '个',
    unitTargets: '个目标',
    unitProjects: '个项目',
    unitYi: '亿元',
    unitPercent: '%',
    month: '月份',
    district: '区县',
    total: '合计',
    asOf: '截至 {date}',
    page: '版面 {date}',
    sourceNote: '数据来源：郑州报纸版面（见“来源”页）。',
    sourceNoteCounts: ({ pages }) => `数据来源：${pages} 个郑州报纸版面（见“来源”页）。`,
    legend: '图例',
    noValue: '无数据',
  },
  en: {
    unitCount: 'count',
    unitTargets: 'targets',
    unitProjects: 'projects',
    unitYi: 'CNY 100 million (亿元)',
    unitPercent: '%',
    month: 'Month',
    district: 'District',
    total: 'Total',
    asOf: 'as of {date}',
    page: 'page {date}',
    sourceNote: 'Source: Zhengzhou newspaper pages (see Sources).',
    sourceNoteCounts: ({ pages }) =>
      `Source: ${pages} Zhengzhou newspaper page${pages === 1 ? '' : 's'} (see Sources).`,
    legend: 'Legend',
    noValue: 'No data',
  },
});
