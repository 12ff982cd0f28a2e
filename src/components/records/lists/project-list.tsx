import { projectCategorySchema, projectStageSchema } from '@/data/schema';
import { formatQuantity } from '@/lib/format';
import { defineMessages } from '@/lib/i18n';
import type { ProjectRow } from '@/tracker/tracker';
import { fieldWords, wordsOf } from '../labels';
import { codedColumn, dateCell, districtColumn, keepWhole, nameColumn } from '../list-columns';
import { byCode, byNumber, recordList } from '../record-list';

/** The words of this list's own columns; the shared ones are `fieldMessages`. */
const words = defineMessages({
  zh: { investmentCny: '所述投资（元）' },
  en: { investmentCny: 'Stated investment (CNY)' },
});

/**
 * The projects list (/projects, a district's and a page's projects): one entry per column, in
 * the CSV's order (record-list.ts says what an entry holds).
 */
export const projectList = recordList<ProjectRow>({
  name: 'projects',
  rows: (tracker) => tracker.projects,
  record: (row) => row.project,
  defaultSort: null,
  columns: [
    nameColumn('name', '/projects', ({ project: p }) => [p.id, p.nameZh, p.nameEn]),
    districtColumn((row) => row.project.districtId),
    codedColumn({
      id: 'category',
      value: (row) => row.project.category,
      label: (labels) => labels.category,
      facet: { values: projectCategorySchema.options },
    }),
    // The stage on the as-of date; the parameter is `status`, as on every list.
    codedColumn({
      id: 'stage',
      value: (row) => row.stage,
      label: (labels) => labels.stage,
      facet: { param: 'status', values: projectStageSchema.options },
    }),
    {
      id: 'investment',
      header: fieldWords('investment'),
      numeric: true,
      cell: ({ project: { investment } }, { lang }) =>
        keepWhole(investment ? formatQuantity(investment, lang) : '—'),
      sort: byNumber((row) => row.investment),
      csv: [
        {
          value: ({ project: { investment } }, { lang }) =>
            investment ? formatQuantity(investment, lang) : '',
        },
        {
          header: wordsOf(words, 'investmentCny'),
          value: (row) => row.investment,
        },
      ],
    },
    // The earliest deadline of the targets that name the project.
    {
      id: 'deadline',
      header: fieldWords('deadline'),
      cell: (row, { lang }) => dateCell(row.deadline, lang),
      sort: byCode((row) => row.deadline),
      window: (row) => row.deadline,
      csv: [{ value: (row) => row.deadline ?? '' }],
      json: (row) => ({ earliestTargetDeadline: row.deadline }),
    },
  ],
});
