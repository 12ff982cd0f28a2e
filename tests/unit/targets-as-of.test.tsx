// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { TargetsPage } from '@/features/targets/components/targets-list-page';
import { renderWithApp } from '../test-utils';
import { dashboardDataset, stubResizeObserver } from './dashboard-fixture';

beforeAll(stubResizeObserver);

const count = (state: string) => Number(screen.getByTestId(`state-count-${state}`).dataset.count);

describe('targets page: deadline states against the as-of date', () => {
  it.each<[string, Record<string, number>]>([
    // y2023 was first printed on 2023-03-07: before that it is not yet announced, not counted.
    ['2021-02-18', { upcoming: 2, 'due-soon': 0, overdue: 0, met: 0 }],
    ['2021-03-15', { upcoming: 1, 'due-soon': 1, overdue: 0 }],
    ['2021-07-01', { upcoming: 0, 'due-soon': 0, overdue: 2 }],
    ['2024-01-01', { upcoming: 0, overdue: 3 }],
  ])('asOf=%s gives the counts of that day', async (asOf, expected) => {
    renderWithApp(<TargetsPage />, { dataset: dashboardDataset(), path: `/targets?asOf=${asOf}` });
    await screen.findByTestId('state-count-overdue');
    for (const [state, n] of Object.entries(expected)) expect(count(state)).toBe(n);
    expect(screen.getByRole('table', { name: new RegExp(asOf.slice(0, 4)) })).toBeVisible();
  });

  it('a page date picked as the as-of date goes into the URL and changes the counts', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<TargetsPage />, {
      dataset: dashboardDataset(),
      path: '/targets?asOf=2024-01-01',
    });
    await screen.findByTestId('state-count-overdue');
    expect(count('overdue')).toBe(3);
    const picks = screen.getByRole('group', { name: '快速选择' });
    await user.click(within(picks).getByRole('button', { name: /2021年2月18日/ }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('asOf')).toBe('2021-02-18'),
    );
    await waitFor(() => expect(count('overdue')).toBe(0));
    expect(within(picks).getByRole('button', { name: /2021年2月18日/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('clicking a state shows only its targets', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<TargetsPage />, {
      dataset: dashboardDataset(),
      path: '/targets?asOf=2021-07-01',
    });
    await user.click(await screen.findByTestId('state-count-overdue'));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).getAll('state')).toEqual([
        'overdue',
      ]),
    );
    expect(screen.getByTestId('row-count')).toHaveTextContent('显示 2 条，共 2 条');
    expect(screen.getByTestId('not-yet-announced')).toHaveTextContent('另有 1 个目标');
  });

  it('an impossible asOf is ignored with a notice (today is used)', async () => {
    renderWithApp(<TargetsPage />, {
      dataset: dashboardDataset(),
      path: '/targets?asOf=2021-02-30',
    });
    expect(await screen.findByText(/2021-02-30/)).toBeVisible();
    expect(screen.getByRole('button', { name: '今天' })).toHaveAttribute('aria-pressed', 'true');
  });
});
