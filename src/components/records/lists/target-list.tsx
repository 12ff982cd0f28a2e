import { projectCategorySchema, targetStatusSchema } from '@/data/schema';
import { LightBadge } from '@/components/progress/light-badge';
import { lightName, percentText, signedPoints } from '@/components/progress/model/pace-words';
import { formatNumber, formatQuantity } from '@/lib/format';
import { COUNTED_STATES, type DeadlineState } from '@/tracker/deadline-state';
import { defineMessages, translate } from '@/lib/i18n';
import { UNLINKED_CATEGORY, type TargetRow } from '@/tracker/tracker';
import { DeadlineStateBadge } from '../deadline-state-badge';
import { fieldWords, wordsOf } from '../labels';
import {
  dateCell,
  districtColumn,
  joinWords,
  keepWhole,
  nameColumn,
  periodColumn,
} from '../list-columns';
import { byCode, byNumber, byRank, byText, recordList, type ListColumn } from '../record-list';
import { quotePath } from '../source-quotes';
import {
  countFromFollowUps,
  LIGHT_VALUES,
  lightOfRow,
  oneDecimal,
  paceOf,
  statusSourceOf,
  type LightValue,
} from './target-pace';

/** The words of this list's own columns; the shared ones are `fieldMessages`. */
const words = defineMessages({
  zh: { normalized: '数量（标准化）', normalizedUnit: '标准化单位' },
  en: { normalized: 'Quantity (normalized)', normalizedUnit: 'Normalized unit' },
});

/** The words of the progress-against-plan columns (docs/tracking.md, section 2). */
const paceWords = defineMessages({
  zh: {
    progress: '完成占计划',
    timeProgress: '时间进度',
    gap: '差距（百分点）',
    light: '灯号',
    daysLate: '逾期天数',
    statusFrom: '状态来源',
    statusFromDate: '来源日期',
    statusFromNote: '来源说明',
    statusFromLink: '来源链接',
    fromPage: '报纸版面',
    fromFollowUp: '我的跟进',
    readmeFollowUps: '状态来自我的跟进',
    readmeFollowUpsValue: '{count} 条（共 {total} 条），其余来自报纸版面或尚未评定',
  },
  en: {
    progress: 'Done of plan',
    timeProgress: 'Time elapsed',
    gap: 'Gap (points)',
    light: 'Light',
    daysLate: 'Days late',
    statusFrom: 'Status from',
    statusFromDate: 'Status from: date',
    statusFromNote: 'Status from: note',
    statusFromLink: 'Status from: link',
    fromPage: 'Newspaper page',
    fromFollowUp: 'My follow-up',
    readmeFollowUps: 'Statuses from my follow-ups',
    readmeFollowUpsValue:
      '{count} of {total} rows; the others come from newspaper pages or are not yet rated',
  },
});

/** Most behind first when sorting by light; grey (no progress stated) after the lights. */
const LIGHT_ORDER: readonly LightValue[] = ['red', 'yellow', 'green', 'none'];

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
    // Progress against plan (完成占计划, 时间进度, the gap, the light), from the latest page or
    // follow-up stating it; "—" for a target without a planned amount or no progress stated.
    {
      id: 'progress',
      header: wordsOf(paceWords, 'progress'),
      numeric: true,
      cell: (row, { lang }) => {
        const pace = paceOf(row);
        return pace ? percentText(pace.percent, lang) : '—';
      },
      sort: byNumber((row) => paceOf(row)?.percent ?? null),
      csv: [{ value: (row) => oneDecimal(paceOf(row)?.percent) }],
      json: (row) => {
        const pace = paceOf(row);
        return {
          progress: pace
            ? {
                percentOfPlan: pace.percent,
                through: pace.through,
                timeProgress: pace.time.percent,
                gapPoints: pace.gap,
                light: pace.light,
                from: row.progress.kind === 'measured' ? row.progress.evidence.kind : null,
              }
            : null,
        };
      },
    },
    {
      id: 'timeProgress',
      header: wordsOf(paceWords, 'timeProgress'),
      numeric: true,
      cell: (row, { lang }) => {
        const pace = paceOf(row);
        return pace ? percentText(pace.time.percent, lang) : '—';
      },
      sort: byNumber((row) => paceOf(row)?.time.percent ?? null),
      csv: [{ value: (row) => oneDecimal(paceOf(row)?.time.percent) }],
    },
    {
      id: 'gap',
      header: wordsOf(paceWords, 'gap'),
      numeric: true,
      cell: (row, { lang }) => {
        const pace = paceOf(row);
        return pace ? keepWhole(signedPoints(pace.gap, lang)) : '—';
      },
      sort: byNumber((row) => paceOf(row)?.gap ?? null),
      csv: [{ value: (row) => oneDecimal(paceOf(row)?.gap) }],
    },
    {
      id: 'light',
      header: wordsOf(paceWords, 'light'),
      cell: (row) => {
        const light = lightOfRow(row);
        return light ? <LightBadge light={light} /> : '—';
      },
      sort: byNumber((row) => {
        const light = lightOfRow(row);
        return light ? LIGHT_ORDER.indexOf(light) : null;
      }),
      facet: {
        // A target without a planned amount has no light, not a grey one.
        value: (row) => lightOfRow(row) ?? [],
        values: () => LIGHT_VALUES,
        label: (value, { lang }) => lightName(value as LightValue, lang),
      },
      csv: [
        {
          value: (row, { lang }) => {
            const light = lightOfRow(row);
            return light ? lightName(light, lang) : '';
          },
        },
      ],
    },
    {
      id: 'daysLate',
      header: wordsOf(paceWords, 'daysLate'),
      numeric: true,
      cell: (row, { lang }) => (row.daysLate === null ? '—' : formatNumber(row.daysLate, lang, 0)),
      sort: byNumber((row) => row.daysLate),
      csv: [{ value: (row) => row.daysLate ?? '' }],
      json: (row) => ({ daysLate: row.daysLate }),
    },
    // Only exported: where the status in force comes from (a page's sentence or my follow-up).
    {
      id: 'statusFrom',
      header: wordsOf(paceWords, 'statusFrom'),
      csv: [
        {
          value: (row, { lang }) => {
            const from = statusSourceOf(row.origin);
            if (!from) return '';
            return translate(paceWords[lang], from.kind === 'page' ? 'fromPage' : 'fromFollowUp');
          },
        },
        {
          header: wordsOf(paceWords, 'statusFromDate'),
          value: (row) => statusSourceOf(row.origin)?.date ?? '',
        },
        {
          header: wordsOf(paceWords, 'statusFromNote'),
          value: (row) => {
            const from = statusSourceOf(row.origin);
            if (!from) return '';
            return from.kind === 'page' ? from.ref.quote : from.note;
          },
        },
        {
          header: wordsOf(paceWords, 'statusFromLink'),
          value: (row, { href = (path) => path }) => {
            const from = statusSourceOf(row.origin);
            if (!from) return '';
            if (from.kind === 'page') return href(quotePath(from.ref));
            return (
              from.url ??
              (from.sourceId ? href(`/sources/${encodeURIComponent(from.sourceId)}`) : '')
            );
          },
        },
      ],
      json: (row) => ({ statusSource: statusSourceOf(row.origin) }),
    },
  ],
  readme: (rows, { lang }) => [
    [
      translate(paceWords[lang], 'readmeFollowUps'),
      translate(paceWords[lang], 'readmeFollowUpsValue', {
        count: formatNumber(countFromFollowUps(rows), lang, 0),
        total: formatNumber(rows.length, lang, 0),
      }),
    ],
  ],
});
