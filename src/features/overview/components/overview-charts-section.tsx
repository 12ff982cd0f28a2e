import type { Dataset } from '@/data/schema';
import { DeadlineTimelineChart } from '@/components/records/deadline-timeline-chart';
import type { TargetListRow } from '@/components/records/model/target-rows';
import {
  InvestmentByDistrictChart,
  ProjectsByCategoryChart,
  StatusByDistrictChart,
} from './overview-charts';

/**
 * The overview's four charts. Loaded on its own after the page's first paint (overview-page.tsx),
 * so the chart container and the series code are not in the way of the first view.
 */
export default function OverviewChartsGrid({
  dataset,
  rows,
  asOf,
  explicitAsOf,
}: {
  dataset: Dataset;
  rows: readonly TargetListRow[];
  asOf: string;
  explicitAsOf: boolean;
}) {
  return (
    <div className="chart-grid">
      <InvestmentByDistrictChart dataset={dataset} />
      <ProjectsByCategoryChart dataset={dataset} />
      <DeadlineTimelineChart
        id="chart-timeline"
        rows={rows}
        asOf={asOf}
        sources={dataset.sources}
      />
      <StatusByDistrictChart
        dataset={dataset}
        rows={rows}
        asOf={asOf}
        explicitAsOf={explicitAsOf}
      />
    </div>
  );
}
