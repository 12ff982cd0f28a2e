import {
  listJsonOf,
  recordCsv,
  withDistrictNames,
  type ListJsonContext,
} from '@/components/records/model/record-export';
import type { TargetRow } from '@/tracker/tracker';
import { formatPeriod, formatQuantity } from '@/lib/format';

const targetCsv = recordCsv('statement', (row: TargetRow) => row.target, {
  category: ({ categories }, lang, labels) =>
    categories.map((c) => labels.category(c)).join(lang === 'zh' ? '、' : ', '),
  // Labels, not ids: "道路完工", not `roads-completed`; "元", not `CNY`.
  metric: ({ target }, _lang, labels) => labels.metric(target.metric),
  quantity: ({ target }, lang) => (target.quantity ? formatQuantity(target.quantity, lang) : ''),
  normalized: ({ target }) => target.quantity?.normalized ?? '',
  normalizedUnit: ({ target }, _lang, labels) =>
    target.quantity ? labels.unit(target.quantity.normalizedUnit) : '',
  firmness: ({ target }, _lang, labels) => labels.firmness(target.firmness),
  deadline: ({ target }) => target.deadline ?? '',
  deadlineText: ({ target }) => target.deadlineText ?? '',
  period: ({ target }, lang) => formatPeriod(target.period, lang),
  status: ({ status }, _lang, labels) => labels.status(status),
  state: ({ state }, _lang, labels) => labels.deadlineState(state),
});

/** The CSV's columns, in order. */
export const TARGET_CSV_COLUMNS = targetCsv.columns;

/** The CSV table of exactly the rows shown, in the order shown, in the reader's language. */
export const targetCsvTable = targetCsv.table;

/** The JSON export: the records as the dataset holds them, plus their state on the as-of date. */
export const targetJson = listJsonOf<TargetRow, ListJsonContext & { asOf: string }>('targets', {
  refs: (row) => row.target.sourceRefs,
  record: ({ target, district, status, state, followedUp }) => ({
    ...withDistrictNames(target, district),
    statusAsOf: status,
    statusFromFollowUp: followedUp,
    deadlineState: state,
  }),
});
