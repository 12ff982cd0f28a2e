import { PageHead } from '@/components/ui/page-head';
import { useT, type Messages } from '@/lib/i18n';
import type { ListRow, RecordList } from './record-list';
import { RecordListView } from './record-list-view';
import { useRecordList } from './use-record-list';

/**
 * A list page of records (projects, figures): its heading, then the list's filters, count,
 * exports and table. `messages` names the table's caption, the search field's label, the
 * export's title and its file name.
 */
export function RecordListPage<Row extends ListRow>({
  list,
  messages,
}: {
  list: RecordList<Row>;
  messages: Messages<'caption' | 'search' | 'list' | 'fileName'>;
}) {
  const t = useT(messages);
  const state = useRecordList(list);
  return (
    <div className="page list-page">
      <PageHead page={list.name} />
      <RecordListView
        list={list}
        state={state}
        id={`${list.name}-table`}
        caption={t('caption')}
        searchLabel={t('search')}
        exports={{ title: t('list'), fileName: t('fileName') }}
      />
    </div>
  );
}
