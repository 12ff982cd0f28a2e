import { PageHead } from '@/components/ui/page-head';
import { fieldMessages } from '@/components/records/labels';
import { RecordListView } from '@/components/records/record-list-view';
import { useRecordList } from '@/components/records/use-record-list';
import { useProjectColumns } from '@/components/records/record-columns';
import { defineMessages, useLang, useT } from '@/lib/i18n';
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
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const columns = useProjectColumns();
  const state = useRecordList(projectList);
  return (
    <div className="page list-page">
      <PageHead page="projects" />
      <RecordListView
        list={projectList}
        state={state}
        id="projects-table"
        caption={t('caption')}
        searchLabel={t('search')}
        sourceLabel={f('source')}
        columns={columns}
        numeric={['investment']}
        descFirst={['investment']}
        exports={{
          title: t('list'),
          fileName: t('fileName'),
          csv: (rows) =>
            projectCsvTable(rows, lang, state.labels, {
              id: f('id'),
              name: f('name'),
              district: f('district'),
              category: f('category'),
              stage: f('stage'),
              investment: f('investment'),
              investmentCny: t('investmentCny'),
              deadline: f('deadline'),
              source: f('source'),
              quote: f('quote'),
            }),
          json: (rows, context) => projectJson(state.tracker.sources, rows, context),
        }}
      />
    </div>
  );
}
