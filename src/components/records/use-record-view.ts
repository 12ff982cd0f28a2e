import { useParams } from 'react-router-dom';
import { useT, useLang } from '@/lib/i18n';
import { useTracker } from '@/tracker/use-tracker';
import { fieldMessages, useRecordLabels } from './labels';

/**
 * What every page of records reads: the tracker (with its as-of date), the reader's language,
 * the labels of coded values and the fields' names (`f`).
 */
export function useRecordView() {
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const tracker = useTracker();
  return { f, lang, labels, tracker, asOf: tracker.asOf };
}

/** What a record's page reads: the same, and the record's id from the address. */
export function useDetailView() {
  const { id = '' } = useParams();
  return { ...useRecordView(), id };
}
