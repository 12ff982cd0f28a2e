import { defineMessages } from '@/lib/i18n';

/** Words every record list shares: its export notes and the names of its URL parameters. */
export const listMessages = defineMessages({
  zh: {
    noteTitle: '标题',
    noteUrl: '链接',
    noteExported: '导出时间',
    noteAsOf: '截至日期',
    noteRows: '行数',
    noteRowsValue: '{shown} / 共 {total}',
    noteSource: '来源版面',
    noteFilters: '筛选',
    noFilters: '无（全部记录）',
    paramQ: '搜索',
    paramFrom: '截止日期从',
    paramTo: '截止日期至',
    paramSort: '排序',
    product: '郑州区县项目与目标追踪',
    readmeIntro:
      '{file} 是看板上当前显示的行（同样的筛选和顺序），第一行是表头，可直接用 Excel 打开、排序和筛选。以下是这些行的来历：链接、导出时间、截至日期、筛选条件和引用的报纸版面。',
  },
  en: {
    noteTitle: 'Title',
    noteUrl: 'Link',
    noteExported: 'Exported',
    noteAsOf: 'As of',
    noteRows: 'Rows',
    noteRowsValue: '{shown} of {total}',
    noteSource: 'Source page',
    noteFilters: 'Filters',
    noFilters: 'none (all records)',
    paramQ: 'search',
    paramFrom: 'deadline from',
    paramTo: 'deadline to',
    paramSort: 'sort',
    product: 'Zhengzhou District Pledge Tracker',
    readmeIntro:
      '{file} holds the rows the dashboard showed (same filters, same order), its header on the first line, ready for Excel to sort and filter. Where those rows came from: the link, when they were exported, the as-of date, the filters and the newspaper pages they cite.',
  },
});
