import type { Dataset, District } from '@/data/schema';
import type { DeadlineState } from '@/data/tracking/deadline-state';
import { emptyStateCounts, type TargetRow } from '@/components/records/model/target-rows';

export type DistrictSummary = {
  district: District;
  projects: number;
  targets: number;
  figures: number;
  states: Record<DeadlineState, number>;
};

/** One line per district: how many records it has and where its targets stand. */
export function districtSummaries(
  dataset: Pick<Dataset, 'districts' | 'projects' | 'figures'>,
  rows: readonly TargetRow[],
): DistrictSummary[] {
  const summaries = new Map<string, DistrictSummary>(
    dataset.districts.map((district) => [
      district.id,
      { district, projects: 0, targets: 0, figures: 0, states: emptyStateCounts() },
    ]),
  );
  for (const p of dataset.projects) {
    const s = summaries.get(p.districtId);
    if (s) s.projects += 1;
  }
  for (const f of dataset.figures) {
    const s = summaries.get(f.districtId);
    if (s) s.figures += 1;
  }
  for (const row of rows) {
    const s = summaries.get(row.target.districtId);
    if (!s) continue;
    s.targets += 1;
    s.states[row.state] += 1;
  }
  return [...summaries.values()];
}
