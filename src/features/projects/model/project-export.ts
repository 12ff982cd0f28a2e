import { listJsonOf, recordCsv, withDistrictNames } from '@/components/records/model/record-export';
import type { ProjectRow } from '@/tracker/tracker';
import { formatQuantity } from '@/lib/format';

const projectCsv = recordCsv('name', (row: ProjectRow) => row.project, {
  category: ({ project }, _lang, labels) => labels.category(project.category),
  stage: ({ stage }, _lang, labels) => labels.stage(stage),
  investment: ({ project }, lang) =>
    project.investment ? formatQuantity(project.investment, lang) : '',
  investmentCny: ({ investment }) => investment,
  deadline: ({ deadline }) => deadline ?? '',
});

/** The CSV table of exactly the rows shown, in the order shown, in the reader's language. */
export const projectCsvTable = projectCsv.table;

/** The JSON export: the records as the dataset holds them, with what made the selection. */
export const projectJson = listJsonOf<ProjectRow>('projects', {
  refs: (row) => row.project.sourceRefs,
  record: ({ project, district, deadline }) => ({
    ...withDistrictNames(project, district),
    earliestTargetDeadline: deadline,
  }),
});
