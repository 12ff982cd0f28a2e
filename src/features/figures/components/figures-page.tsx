import { PageHead } from '@/components/ui/page-head';
import { fieldMessages } from '@/components/records/labels';
import { RecordListView } from '@/components/records/record-list-view';
import { useFigureColumns } from '@/components/records/record-columns';
import { useRecordList } from '@/components/records/use-record-list';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { figureList } from '@/tracker/record-lists';
import { figureCsvTable, figureJson } from '../model/figure-export';

const messages = defineMessages({
  zh: {
    caption: '数据列表',
    search: '搜索数据（指标、说明、原文、区县）',
    list: '数据',
    fileName: '郑州区县数据',
    normalized: '数值（标准化）',
  },
  en: {
    caption: 'Figures',
    search: 'Search figures (indicator, description, quoted sentence, district)',
    list: 'Figures',
    fileName: 'zhengzhou-district-figures',
    normalized: 'Value (normalized)',
  },
});

export function FiguresPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const columns = useFigureColumns();
  const state = useRecordList(figureList);
  return (
    <div className="page list-page">
      <PageHead page="figures" />
      <RecordListView
        list={figureList}
        state={state}
        id="figures-table"
        caption={t('caption')}
        searchLabel={t('search')}
        sourceLabel={f('source')}
        columns={columns}
        numeric={['value']}
        descFirst={['value']}
        exports={{
          title: t('list'),
          fileName: t('fileName'),
          csv: (rows) =>
            figureCsvTable(rows, lang, state.labels, {
              id: f('id'),
              indicator: f('indicator'),
              district: f('district'),
              period: f('period'),
              basis: f('basis'),
              value: f('value'),
              normalized: t('normalized'),
              normalizedUnit: f('unit'),
              growth: f('growth'),
              source: f('source'),
              quote: f('quote'),
            }),
          json: (rows, context) => figureJson(state.tracker.sources, rows, context),
        }}
      />
    </div>
  );
}
