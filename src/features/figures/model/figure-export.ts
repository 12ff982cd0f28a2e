import { listJsonOf, recordCsv, withDistrictNames } from '@/components/records/model/record-export';
import type { FigureRow } from '@/tracker/tracker';
import { formatPeriod, formatQuantity } from '@/lib/format';

const figureCsv = recordCsv('indicator', (row: FigureRow) => row.figure, {
  period: ({ figure }, lang) => formatPeriod(figure.period, lang),
  basis: ({ figure }, _lang, labels) => labels.basis(figure.basis),
  value: ({ figure }, lang) => formatQuantity(figure.quantity, lang),
  normalized: ({ figure }) => figure.quantity.normalized,
  normalizedUnit: ({ figure }, _lang, labels) => labels.unit(figure.quantity.normalizedUnit),
  growth: ({ figure }) => figure.growthPercent ?? '',
});

/** The CSV table of exactly the rows shown, in the order shown, in the reader's language. */
export const figureCsvTable = figureCsv.table;

/** The JSON export: the records as the dataset holds them, with what made the selection. */
export const figureJson = listJsonOf<FigureRow>('figures', {
  refs: (row) => row.figure.sourceRefs,
  record: ({ figure, district }) => withDistrictNames(figure, district),
});
