import type { Source } from '@/data/schema';
import type { RecordLabels } from '@/components/records/labels';
import { listJson } from '@/components/records/model/export-notes';
import type { ProjectRow } from '@/tracker/tracker';
import { formatQuantity } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import type { CsvCell } from '@/lib/export';

export type ExportHeader = {
  id: string;
  name: string;
  district: string;
  category: string;
  stage: string;
  investment: string;
  investmentCny: string;
  deadline: string;
  source: string;
  quote: string;
};

/** The CSV table of exactly the rows shown, in the order shown, in the reader's language. */
export function projectCsvTable(
  rows: readonly ProjectRow[],
  lang: Lang,
  labels: RecordLabels,
  header: ExportHeader,
): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [
      header.id,
      header.name,
      header.district,
      header.category,
      header.stage,
      header.investment,
      header.investmentCny,
      header.deadline,
      header.source,
      header.quote,
    ],
    rows: rows.map(({ project, district, deadline, investment }) => [
      project.id,
      pick(lang, project.nameZh, project.nameEn),
      district ? pick(lang, district.nameZh, district.nameEn) : project.districtId,
      labels.category(project.category),
      labels.stage(project.stage),
      project.investment ? formatQuantity(project.investment, lang) : '',
      investment,
      deadline ?? '',
      project.sourceRefs.map((ref) => ref.sourceId).join('; '),
      project.sourceRefs.map((ref) => ref.quote).join(' / '),
    ]),
  };
}

/** The JSON export: the records as the dataset holds them, with what made the selection. */
export function projectJson(
  sources: readonly Source[],
  rows: readonly ProjectRow[],
  context: { url: string; exportedAt: string; filters: unknown; total: number },
) {
  return listJson(
    'projects',
    sources,
    rows,
    {
      refs: (row) => row.project.sourceRefs,
      record: ({ project, district, deadline }) => ({
        ...project,
        districtNameZh: district?.nameZh ?? null,
        districtNameEn: district?.nameEn ?? null,
        earliestTargetDeadline: deadline,
      }),
    },
    context,
  );
}
