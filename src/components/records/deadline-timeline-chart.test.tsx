// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeObserver } from '../../../tests/fake-intersection-observer';
import { renderWithApp } from '../../../tests/test-utils';
import { afterPaint, useFakePaintAndObserver } from '../../../tests/unit/fake-paint';
import { dashboardDataset } from '../../../tests/unit/dashboard-fixture';
import { DeadlineTimelineChart } from './deadline-timeline-chart';
import { buildTracker } from '@/tracker/tracker';

/** The drawing, replaced by a stand-in that records the props of every render. */
const drawings = vi.hoisted(() => [] as { series: { data: { href?: string }[] } }[]);
vi.mock('@/components/charts/lazy-bar-chart', () => ({
  LazyBarChart: (props: (typeof drawings)[number]) => {
    drawings.push(props);
    return <div data-testid="timeline-drawing" />;
  },
}));

const dataset = dashboardDataset();
const rows = buildTracker(dataset, [], '2021-02-18').targets;
/** How the test changes the harness's link query. */
const control = { setLinkQuery: (_query: string) => {} };

function Harness() {
  const [linkQuery, set] = useState('');
  useEffect(() => {
    control.setLinkQuery = set;
  }, []);
  return (
    <DeadlineTimelineChart
      id="timeline-test"
      rows={rows}
      asOf="2021-02-18"
      sources={dataset.sources}
      linkQuery={linkQuery}
    />
  );
}

/** Reports the chart (its container and the timeline's own observer) as near or far. */
const setNear = (near: boolean) =>
  act(() => {
    for (const observer of FakeObserver.instances) observer.report(near);
  });

describe('DeadlineTimelineChart', () => {
  useFakePaintAndObserver();
  beforeEach(() => {
    drawings.length = 0;
  });

  it('draws when near, and its month links carry the list’s district filter', async () => {
    renderWithApp(<Harness />, { path: '/targets' });
    await afterPaint();
    setNear(true);
    await afterPaint();
    expect(screen.getByTestId('timeline-drawing')).toBeInTheDocument();
    const hrefs = () => drawings.at(-1)?.series.data.map((d) => d.href ?? '') ?? [];
    expect(hrefs().length).toBeGreaterThan(0);
    expect(hrefs().every((href) => !href.includes('district='))).toBe(true);

    act(() => control.setLinkQuery('district=410104&'));
    await afterPaint();
    expect(hrefs().every((href) => href.includes('district=410104&'))).toBe(true);
  });
});
