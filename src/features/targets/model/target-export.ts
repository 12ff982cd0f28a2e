import type { Source } from '@/data/schema';
import type { RecordLabels } from '@/components/records/labels';
import { listJson } from '@/components/records/model/export-notes';
import type { TargetRow } from '@/tracker/tracker';
import { formatPeriod, formatQuantity } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import type { CsvCell } from '@/lib/export';

export type TargetExportHeader = Record<(typeof TARGET_CSV_COLUMNS)[number], string>;

/** The CSV's columns, in order. */
export const TARGET_CSV_COLUMNS = [
  'id',
  'statement',
  'district',
  'category',
  'metric',
  'quantity',
  'normalized',
  'normalizedUnit',
  'firmness',
  'deadline',
  'deadlineText',
  'period',
  'status',
  'state',
  'source',
  'quote',
] as const;

/** The CSV table of exactly the rows shown, in the order shown, in the reader's language. */
export function targetCsvTable(
  rows: readonly TargetRow[],
  lang: Lang,
  labels: RecordLabels,
  header: TargetExportHeader,
): { header: string[]; rows: CsvCell[][] } {
  return {
    header: TARGET_CSV_COLUMNS.map((key) => header[key]),
    rows: rows.map(({ target, district, status, state, categories }) => [
      target.id,
      pick(lang, target.statementZh, target.statementEn),
      district ? pick(lang, district.nameZh, district.nameEn) : target.districtId,
      categories.map((c) => labels.category(c)).join(lang === 'zh' ? '、' : ', '),
      // Labels, not ids: "道路完工", not `roads-completed`; "元", not `CNY`.
      labels.metric(target.metric),
      target.quantity ? formatQuantity(target.quantity, lang) : '',
      target.quantity?.normalized ?? '',
      target.quantity ? labels.unit(target.quantity.normalizedUnit) : '',
      labels.firmness(target.firmness),
      target.deadline ?? '',
      target.deadlineText ?? '',
      formatPeriod(target.period, lang),
      labels.status(status),
      labels.deadlineState(state),
      target.sourceRefs.map((ref) => ref.sourceId).join('; '),
      target.sourceRefs.map((ref) => ref.quote).join(' / '),
    ]),
  };
}

/** The JSON export: the records as the dataset holds them, plus their state on the as-of date. */
export function targetJson(
  sources: readonly Source[],
  rows: readonly TargetRow[],
  context: { url: string; exportedAt: string; asOf: string; filters: unknown; total: number },
) {
  return listJson(
    'targets',
    sources,
    rows,
    {
      refs: (row) => row.target.sourceRefs,
      record: ({ target, district, status, state, followedUp }) => ({
        ...target,
        districtNameZh: district?.nameZh ?? null,
        districtNameEn: district?.nameEn ?? null,
        statusAsOf: status,
        statusFromFollowUp: followedUp,
        deadlineState: state,
      }),
    },
    context,
  );
}
