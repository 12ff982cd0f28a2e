import { useFigureColumns } from '@/components/records/record-columns';
import { RecordListPage } from '@/components/records/record-list-page';
import { defineMessages, useT } from '@/lib/i18n';
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
  return (
    <RecordListPage
      list={figureList}
      messages={messages}
      columns={useFigureColumns()}
      numeric={['value']}
      csv={(rows, { lang, labels, f, fields }) =>
        figureCsvTable(rows, lang, labels, {
          ...fields([
            'id',
            'indicator',
            'district',
            'period',
            'basis',
            'value',
            'growth',
            'source',
            'quote',
          ]),
          normalized: t('normalized'),
          normalizedUnit: f('unit'),
        })
      }
      json={figureJson}
    />
  );
}
