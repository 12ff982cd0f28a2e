import type { Dataset, District, Project } from '@/data/schema';
import { indexDataset } from '@/data/dataset-index';
import { projectSearchText } from './search-text';
import { projectDeadlines } from './target-rows';

/** A project as the tables show it: with its district and the earliest deadline its targets set. */
export type ProjectRow = {
  project: Project;
  district: District | undefined;
  /** The earliest deadline among the targets that name this project; null when none does. */
  deadline: string | null;
  /** The stated investment in CNY, when the page states one in money. */
  investment: number | null;
  searchText: string;
};

const rowsCache = new WeakMap<Dataset, ProjectRow[]>();

/** Built once per dataset object and shared by every view. */
export function projectRows(dataset: Dataset): ProjectRow[] {
  let rows = rowsCache.get(dataset);
  if (!rows) {
    const { districts } = indexDataset(dataset);
    const deadlines = projectDeadlines(dataset);
    rows = dataset.projects.map((project) => {
      const district = districts.get(project.districtId);
      return {
        project,
        district,
        deadline: deadlines.get(project.id) ?? null,
        investment:
          project.investment?.normalizedUnit === 'CNY' ? project.investment.normalized : null,
        searchText: projectSearchText(project, district),
      };
    });
    rowsCache.set(dataset, rows);
  }
  return rows;
}
