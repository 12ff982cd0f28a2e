import { useProjectColumns } from '@/components/records/record-columns';
import { RecordListPage } from '@/components/records/record-list-page';
import { defineMessages, useT } from '@/lib/i18n';
import { projectList } from '@/tracker/record-lists';
import { projectCsvTable, projectJson } from '../model/project-export';

const messages = defineMessages({
  zh: {
    caption: '项目列表',
    search: '搜索项目（名称、描述、原文、区县）',
    investmentCny: '所述投资（元）',
    list: '项目',
    fileName: '郑州区县项目',
  },
  en: {
    caption: 'Projects',
    search: 'Search projects (name, description, quoted sentence, district)',
    investmentCny: 'Stated investment (CNY)',
    list: 'Projects',
    fileName: 'zhengzhou-district-projects',
  },
});

export function ProjectsPage() {
  const t = useT(messages);
  return (
    <RecordListPage
      list={projectList}
      messages={messages}
      columns={useProjectColumns()}
      numeric={['investment']}
      csv={(rows, { lang, labels, fields }) =>
        projectCsvTable(rows, lang, labels, {
          ...fields([
            'id',
            'name',
            'district',
            'category',
            'stage',
            'investment',
            'deadline',
            'source',
            'quote',
          ]),
          investmentCny: t('investmentCny'),
        })
      }
      json={projectJson}
    />
  );
}
