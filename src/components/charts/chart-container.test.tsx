// @vitest-environment jsdom
import { useState } from 'react';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeObserver } from '../../../tests/fake-intersection-observer';
import { renderWithApp } from '../../../tests/test-utils';
import { afterPaint, useFakePaintAndObserver } from '../../../tests/unit/fake-paint';
import { layoutLegend } from './chart-export';
import { ChartContainer, type ChartTable } from './chart-container';
import { DRAW_MARGIN } from './use-draw-when-near';

const table: ChartTable = {
  header: ['区县', '项目'],
  rows: [{ key: 'a', label: '金水区', values: [3] }],
  format: String,
};

const renderChart = () =>
  renderWithApp(
    <ChartContainer
      id="chart-test"
      title="测试图表"
      unit="个"
      note="来源"
      table={table}
      empty={false}
      height={240}
    >
      <div data-testid="drawing">drawn</div>
    </ChartContainer>,
  );

describe('ChartContainer draws only near the viewport, after a paint', () => {
  useFakePaintAndObserver();

  it('holds a placeholder of the drawing’s height until the chart comes near', async () => {
    const { container } = renderChart();
    await afterPaint();
    expect(screen.queryByTestId('drawing')).toBeNull();
    const placeholder = container.querySelector<HTMLElement>('.chart-area > .chart-skeleton');
    expect(placeholder?.style.height).toBe('240px');
    expect(container.querySelector<HTMLElement>('.chart-area')?.style.height).toBe('240px');

    const observer = FakeObserver.instances.at(-1);
    expect(observer?.options?.rootMargin).toBe(DRAW_MARGIN);
    expect(observer?.observed[0]?.id).toBe('chart-test');

    act(() => observer?.report(false));
    await afterPaint();
    expect(screen.queryByTestId('drawing')).toBeNull();

    act(() => observer?.report(true));
    // Not in the same task: the drawing waits for the next frame to be painted.
    expect(screen.queryByTestId('drawing')).toBeNull();
    await afterPaint();
    expect(screen.getByTestId('drawing')).toBeInTheDocument();
    expect(container.querySelector('.chart-skeleton')).toBeNull();
    // Still watched: the drawing follows its data only while it is near the viewport.
    expect(observer?.disconnected).toBe(false);
  });

  it('keeps what it drew while far from the viewport, and catches up as it comes near', async () => {
    let show: (content: [drawn: string, note: string]) => void = () => {};
    function Changing() {
      const [[drawn, note], setContent] = useState<[string, string]>(['first', '来源一']);
      show = setContent;
      return (
        <ChartContainer
          id="chart-test"
          title="测试图表"
          unit="个"
          note={note}
          table={table}
          empty={false}
        >
          <div data-testid="drawing">{drawn}</div>
        </ChartContainer>
      );
    }
    renderWithApp(<Changing />);
    const observer = FakeObserver.instances.at(-1);
    act(() => observer?.report(true));
    await afterPaint();
    expect(screen.getByTestId('drawing')).toHaveTextContent('first');

    act(() => observer?.report(false));
    act(() => show(['second', '来源二']));
    expect(screen.getByTestId('drawing')).toHaveTextContent('first');
    // Around the drawing, the frame follows at once.
    expect(screen.getByText('来源二')).toBeInTheDocument();

    act(() => observer?.report(true));
    expect(screen.getByTestId('drawing')).toHaveTextContent('second');
    act(() => show(['third', '来源三']));
    expect(screen.getByTestId('drawing')).toHaveTextContent('third');
  });

  it('stays drawn when the reader switches to the table and back', async () => {
    renderChart();
    act(() => FakeObserver.instances.at(-1)?.report(true));
    await afterPaint();
    act(() => screen.getByRole('button', { name: '表格' }).click());
    expect(screen.queryByTestId('drawing')).toBeNull();
    expect(screen.getByRole('table')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: '图表' }).click());
    expect(screen.getByTestId('drawing')).toBeInTheDocument();
  });

  it('draws after the first paint where there is no IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    renderChart();
    expect(screen.queryByTestId('drawing')).toBeNull();
    await afterPaint();
    expect(screen.getByTestId('drawing')).toBeInTheDocument();
  });
});

describe('layoutLegend', () => {
  it.each([
    // widths, chart width → x and row of each entry (swatch 10 + gap 6 + text, 16 between)
    {
      widths: [40, 40],
      width: 400,
      expected: [
        { x: 8, row: 0 },
        { x: 80, row: 0 },
      ],
    },
    {
      widths: [100, 100, 100],
      width: 300,
      expected: [
        { x: 8, row: 0 },
        { x: 140, row: 0 },
        { x: 8, row: 1 },
      ],
    },
    // An entry wider than the chart still gets a row of its own, never an empty one before it.
    {
      widths: [500, 20],
      width: 300,
      expected: [
        { x: 8, row: 0 },
        { x: 8, row: 1 },
      ],
    },
    { widths: [], width: 300, expected: [] },
  ])('$widths in $width px', ({ widths, width, expected }) => {
    expect(layoutLegend(widths, width)).toEqual(expected);
  });
});
