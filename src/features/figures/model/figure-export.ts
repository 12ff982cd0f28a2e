import type { Source } from '@/data/schema';
import type { RecordLabels } from '@/components/records/labels';
import { listJson } from '@/components/records/model/export-notes';
import type { FigureRow } from '@/tracker/tracker';
import { formatPeriod, formatQuantity } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import type { CsvCell } from '@/lib/export';

export type FigureExportHeader = Record<
  | 'id'
  | 'indicator'
  | 'district'
  | 'period'
  | 'basis'
  | 'value'
  | 'normalized'
  | 'normalizedUnit'
  | 'growth'
  | 'source'
  | 'quote',
  string
>;

/** The CSV table of exactly the rows shown, in the order shown, in the reader's language. */
export function figureCsvTable(
  rows: readonly FigureRow[],
  lang: Lang,
  labels: RecordLabels,
  header: FigureExportHeader,
): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [
      header.id,
      header.indicator,
      header.district,
      header.period,
      header.basis,
      header.value,
      header.normalized,
      header.normalizedUnit,
      header.growth,
      header.source,
      header.quote,
    ],
    rows: rows.map(({ figure, district }) => [
      figure.id,
      pick(lang, figure.indicatorZh, figure.indicatorEn),
      district ? pick(lang, district.nameZh, district.nameEn) : figure.districtId,
      formatPeriod(figure.period, lang),
      labels.basis(figure.basis),
      formatQuantity(figure.quantity, lang),
      figure.quantity.normalized,
      labels.unit(figure.quantity.normalizedUnit),
      figure.growthPercent ?? '',
      figure.sourceRefs.map((ref) => ref.sourceId).join('; '),
      figure.sourceRefs.map((ref) => ref.quote).join(' / '),
    ]),
  };
}

/** The JSON export: the records as the dataset holds them, with what made the selection. */
export function figureJson(
  sources: readonly Source[],
  rows: readonly FigureRow[],
  context: { url: string; exportedAt: string; filters: unknown; total: number },
) {
  return listJson(
    'figures',
    sources,
    rows,
    {
      refs: (row) => row.figure.sourceRefs,
      record: ({ figure, district }) => ({
        ...figure,
        districtNameZh: district?.nameZh ?? null,
        districtNameEn: district?.nameEn ?? null,
      }),
    },
    context,
  );
}
