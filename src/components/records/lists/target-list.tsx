import { projectCategorySchema, targetStatusSchema } from '@/data/schema';
import { COUNTED_STATES, type DeadlineState } from '@/tracker/deadline-state';
import { formatQuantity } from '@/lib/format';
import { defineMessages } from '@/lib/i18n';
import { UNLINKED_CATEGORY, type TargetRow } from '@/tracker/tracker';
import { DeadlineStateBadge } from '../deadline-state-badge';
import { fieldWords, wordsOf } from '../labels';
import { dateCell, districtColumn, joinWords, nameColumn, periodColumn } from '../list-columns';
import { byCode, byRank, byText, recordList, type ListColumn } from '../record-list';

/** The words of this list's own columns; the shared ones are `fieldMessages`. */
const words = defineMessages({
  zh: { normalized: '数量（标准化）', normalizedUnit: '标准化单位' },
  en: { normalized: 'Quantity (normalized)', normalizedUnit: 'Normalized unit' },
});

/** The categories of a target's projects, or `unlinked` when it names none. */
const CATEGORIES = [...projectCategorySchema.options, UNLINKED_CATEGORY] as const;

/** Most pressing first when sorting by deadline state. */
const STATE_ORDER: readonly DeadlineState[] = [
  'overdue',
  'due-soon',
  'missed',
  'upcoming',
  'met-late',
  'met-on-time',
  'met',
  'no-deadline',
];

/** A column only the CSV has, under a shared field's name. */
const exported = (
  id: 'metric' | 'firmness',
  value: NonNullable<ListColumn<TargetRow>['csv']>[number]['value'],
): ListColumn<TargetRow> => ({ id, header: fieldWords(id), csv: [{ value }] });

/**
 * The targets list (/targets, a district's and a page's targets): one entry per column, in the
 * CSV's order (record-list.ts says what an entry holds).
 */
export const targetList = recordList<TargetRow>({
  name: 'targets',
  rows: (tracker) => tracker.targets,
  record: (row) => row.target,
  defaultSort: { key: 'deadline', desc: false },
  columns: [
    nameColumn('statement', '/targets', ({ target: g }) => [g.id, g.statementZh, g.statementEn]),
    districtColumn((row) => row.target.districtId),
    {
      id: 'category',
      header: fieldWords('category'),
      cell: (row, { lang, labels }) => joinWords(row.categories.map(labels.category), lang),
      sort: byText((row, { labels }) => row.categories.map(labels.category).join(' ')),
      facet: {
        value: (row) => row.categories,
        values: () => CATEGORIES,
        label: (value, { labels }) => labels.category(value as (typeof CATEGORIES)[number]),
      },
      csv: [
        { value: (row, { lang, labels }) => joinWords(row.categories.map(labels.category), lang) },
      ],
    },
    // Labels, not ids: "道路完工", not `roads-completed`; "元", not `CNY`.
    exported('metric', ({ target }, { labels }) => labels.metric(target.metric)),
    {
      id: 'quantity',
      header: fieldWords('quantity'),
      csv: [
        {
          value: ({ target: { quantity } }, { lang }) =>
            quantity ? formatQuantity(quantity, lang) : '',
        },
        {
          header: wordsOf(words, 'normalized'),
          value: ({ target }) => target.quantity?.normalized ?? '',
        },
        {
          header: wordsOf(words, 'normalizedUnit'),
          value: ({ target: { quantity } }, { labels }) =>
            quantity ? labels.unit(quantity.normalizedUnit) : '',
        },
      ],
    },
    exported('firmness', ({ target }, { labels }) => labels.firmness(target.firmness)),
    {
      id: 'deadline',
      header: fieldWords('deadline'),
      cell: ({ target: { deadline, deadlineText } }, { lang }) => (
        <>
          {dateCell(deadline, lang)}
          {deadlineText && (
            <span className="cell-note keep-whole" lang="zh-CN">
              {deadlineText}
            </span>
          )}
        </>
      ),
      sort: byCode((row) => row.target.deadline),
      window: (row) => row.target.deadline,
      csv: [
        { value: ({ target }) => target.deadline ?? '' },
        { header: fieldWords('deadlineText'), value: ({ target }) => target.deadlineText ?? '' },
      ],
    },
    // The period filter (所属时期) and the CSV's period; the table leaves it to the detail page.
    periodColumn(
      (row) => row.target.period,
      (tracker) => tracker.dataset.targets.map((target) => target.period),
      { shown: false },
    ),
    // The status in force on the as-of date, from a page's report or the reader's follow-up.
    {
      id: 'status',
      header: fieldWords('status'),
      cell: (row, { labels }) => labels.status(row.status),
      sort: byRank(targetStatusSchema.options, (row) => row.status),
      facet: {
        value: (row) => row.status,
        values: () => targetStatusSchema.options,
        label: (value, { labels }) => labels.status(value as TargetRow['status']),
      },
      csv: [{ value: (row, { labels }) => labels.status(row.status) }],
      json: (row) => ({ statusAsOf: row.status, statusFromFollowUp: row.followedUp }),
    },
    {
      id: 'state',
      header: fieldWords('deadlineState'),
      cell: (row) => <DeadlineStateBadge state={row.state} daysLate={row.daysLate} />,
      sort: byRank(STATE_ORDER, (row) => row.state),
      facet: {
        value: (row) => row.state,
        values: () => COUNTED_STATES,
        label: (value, { labels }) => labels.deadlineState(value as DeadlineState),
      },
      csv: [{ value: (row, { labels }) => labels.deadlineState(row.state) }],
      json: (row) => ({ deadlineState: row.state }),
    },
  ],
});
