import { figureList } from '@/components/records/lists/figure-list';
import { RecordListPage } from '@/components/records/record-list-page';
import { defineMessages } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    caption: '数据列表',
    search: '搜索数据（指标、说明、原文、区县）',
    list: '数据',
    fileName: '郑州区县数据',
  },
  en: {
    caption: 'Figures',
    search: 'Search figures (indicator, description, quoted sentence, district)',
    list: 'Figures',
    fileName: 'zhengzhou-district-figures',
  },
});

export function FiguresPage() {
  return <RecordListPage list={figureList} messages={messages} />;
}
