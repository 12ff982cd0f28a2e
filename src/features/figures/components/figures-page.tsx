import { PageHead } from '@/components/ui/page-head';
import { fieldMessages } from '@/components/records/labels';
import { listMessages } from '@/components/records/list-messages';
import { RecordListView } from '@/components/records/record-list-view';
import { useFigureColumns } from '@/components/records/record-columns';
import { useRecordList } from '@/components/records/use-record-list';
import { downloadText, fileSafe, toCsv, toJson } from '@/lib/export';
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
  const l = useT(listMessages);
  const { lang } = useLang();
  const columns = useFigureColumns();
  const state = useRecordList(figureList);
  const { rows, labels, tracker } = state;

  const context = () => ({
    title: `${l('product')} · ${t('list')}`,
    link: window.location.href,
    now: new Date(),
    asOf: null,
  });
  const exportCsv = async () => {
    const table = figureCsvTable(rows, lang, labels, {
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
    });
    const csv = await toCsv(table.header, table.rows, state.notes(context()));
    downloadText(csv, `${fileSafe(t('fileName'))}.csv`, 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    const { link, now } = context();
    const json = figureJson(tracker.sources, rows, {
      url: link,
      exportedAt: now.toISOString(),
      filters: { ...state.filters, sort: state.sort },
      total: state.all.length,
    });
    downloadText(toJson(json), `${fileSafe(t('fileName'))}.json`, 'application/json');
  };

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
        onCsv={exportCsv}
        onJson={exportJson}
      />
    </div>
  );
}
