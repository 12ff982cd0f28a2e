import { defineMessages } from '@/lib/i18n';

export const filterMessages = defineMessages({
  zh: {
    filters: '筛选',
    filtersCount: '筛选 ({count})',
    search: '搜索',
    searchHint: '中英文均可，多个词用空格分隔',
    deadlineFrom: '截止日期从',
    deadlineTo: '截止日期至',
    deadlineWindow: '截止日期范围',
    any: '全部',
    clearAll: '清除全部筛选',
    ignored: '链接中有无法识别的筛选值，已忽略：',
    ignoredValue: '{param}“{value}”',
    noRows: '没有符合筛选条件的记录。',
    count: '显示 {shown} 条，共 {total} 条',
  },
  en: {
    filters: 'Filters',
    filtersCount: 'Filters ({count})',
    search: 'Search',
    searchHint: 'Chinese or English; separate several words with spaces',
    deadlineFrom: 'Deadline from',
    deadlineTo: 'Deadline to',
    deadlineWindow: 'Deadline window',
    any: 'All',
    clearAll: 'Clear all filters',
    ignored: 'The link held filter values this view does not know; they were ignored:',
    ignoredValue: '{param} “{value}”',
    noRows: 'No records match these filters.',
    count: '{shown} of {total}',
  },
});
