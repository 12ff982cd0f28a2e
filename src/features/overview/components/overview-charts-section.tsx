import { DeadlineTimelineChart } from '@/components/records/deadline-timeline-chart';
import type { Tracker } from '@/tracker/tracker';
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
  tracker,
  explicitAsOf,
}: {
  tracker: Tracker;
  explicitAsOf: boolean;
}) {
  const { dataset, targets, asOf } = tracker;
  return (
    <div className="chart-grid">
      <InvestmentByDistrictChart dataset={dataset} groups={tracker.investment.groups} asOf={asOf} />
      <ProjectsByCategoryChart dataset={dataset} />
      <DeadlineTimelineChart
        id="chart-timeline"
        rows={targets}
        asOf={asOf}
        sources={dataset.sources}
      />
      <StatusByDistrictChart
        dataset={dataset}
        rows={targets}
        asOf={asOf}
        explicitAsOf={explicitAsOf}
      />
    </div>
  );
}
