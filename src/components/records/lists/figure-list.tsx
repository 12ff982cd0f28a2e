import { figureBasisSchema, normalizedUnitSchema, type NormalizedUnit } from '@/data/schema';
import { formatGrowth, formatQuantity } from '@/lib/format';
import { defineMessages } from '@/lib/i18n';
import type { FigureRow } from '@/tracker/tracker';
import { fieldWords, wordsOf } from '../labels';
import { codedColumn, districtColumn, keepWhole, nameColumn, periodColumn } from '../list-columns';
import { byNumber, recordList } from '../record-list';

/** The words of this list's own columns; the shared ones are `fieldMessages`. */
const words = defineMessages({
  zh: { normalized: '数值（标准化）' },
  en: { normalized: 'Value (normalized)' },
});

/**
 * The figures list (/figures, a district's figures): one entry per column, in the CSV's order
 * (record-list.ts says what an entry holds).
 */
export const figureList = recordList<FigureRow>({
  name: 'figures',
  rows: (tracker) => tracker.figures,
  record: (row) => row.figure,
  defaultSort: null,
  columns: [
    nameColumn('indicator', '/figures', ({ figure: f }) => [f.id, f.indicatorZh, f.indicatorEn]),
    districtColumn((row) => row.figure.districtId),
    periodColumn(
      (row) => row.figure.period,
      (tracker) => tracker.dataset.figures.map((figure) => figure.period),
    ),
    codedColumn({
      id: 'basis',
      value: (row) => row.figure.basis,
      label: (labels) => labels.basis,
      facet: { values: figureBasisSchema.options },
      sortable: false,
    }),
    // The value leads the table, right after the indicator it measures.
    {
      id: 'value',
      header: fieldWords('value'),
      numeric: true,
      lead: true,
      cell: ({ figure: { quantity, growthPercent } }, { lang }) => (
        <>
          {keepWhole(formatQuantity(quantity, lang))}
          {growthPercent !== undefined && (
            <span className="cell-note keep-whole">
              {fieldWords('growth')[lang]} {formatGrowth(growthPercent, lang)}
            </span>
          )}
        </>
      ),
      sort: byNumber((row) => row.figure.quantity.normalized),
      csv: [
        { value: ({ figure }, { lang }) => formatQuantity(figure.quantity, lang) },
        { header: wordsOf(words, 'normalized'), value: ({ figure }) => figure.quantity.normalized },
      ],
    },
    // Only in the CSV and the filter: the table shows the unit with the value.
    {
      id: 'unit',
      header: fieldWords('unit'),
      facet: {
        value: (row) => row.figure.quantity.normalizedUnit,
        values: () => normalizedUnitSchema.options,
        label: (unit, { labels }) => labels.unit(unit as NormalizedUnit),
      },
      csv: [{ value: ({ figure }, { labels }) => labels.unit(figure.quantity.normalizedUnit) }],
    },
    {
      id: 'growth',
      header: fieldWords('growth'),
      csv: [{ value: ({ figure }) => figure.growthPercent ?? '' }],
    },
  ],
});
