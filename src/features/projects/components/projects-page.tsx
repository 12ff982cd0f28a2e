import { projectList } from '@/components/records/lists/project-list';
import { RecordListPage } from '@/components/records/record-list-page';
import { defineMessages } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    caption: '项目列表',
    search: '搜索项目（名称、描述、原文、区县）',
    list: '项目',
    fileName: '郑州区县项目',
  },
  en: {
    caption: 'Projects',
    search: 'Search projects (name, description, quoted sentence, district)',
    list: 'Projects',
    fileName: 'zhengzhou-district-projects',
  },
});

export function ProjectsPage() {
  return <RecordListPage list={projectList} messages={messages} />;
}
