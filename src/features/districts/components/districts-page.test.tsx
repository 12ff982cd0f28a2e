// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../../tests/test-utils';
import { stubResizeObserver } from '../../../../tests/unit/dashboard-fixture';
import { PROGRESS_AS_OF, progressDataset } from '../../../../tests/fixtures/progress-dataset';
import { DistrictsPage } from './districts-page';

beforeAll(stubResizeObserver);

const ranking = () => screen.getByRole('table', { name: /区县排名/ });
/** The districts in the ranking's order (their row headers). */
const order = () =>
  within(ranking())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
const rowOf = (name: string) => {
  const row = within(ranking()).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
const cell = (name: string, column: string) => {
  const found = rowOf(name).querySelector(`[data-col="${column}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no ${column} cell for ${name}`);
  return found;
};

describe('the district ranking', () => {
  it('ranks by 按期完成率 by default, with each rate’s denominator, and answers who met the largest share on time', async () => {
    renderWithApp(<DistrictsPage />, {
      dataset: progressDataset(),
      path: `/districts?asOf=${PROGRESS_AS_OF.late}`,
    });
    expect(await screen.findByRole('columnheader', { name: /按期完成率/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(order()).toEqual(['中原区', '金水区', '管城回族区']);
    expect(cell('金水区', 'onTime')).toHaveTextContent('66.7%4/6');
    expect(cell('管城回族区', 'onTime')).toHaveTextContent('57.1%4/7');
    expect(cell('管城回族区', 'overdueRate')).toHaveTextContent('28.6%2/7');
    expect(cell('金水区', 'withResult')).toHaveTextContent('83.3%5/6');
    // The numerator links to the targets it counts, named "4 of 6" for a screen reader.
    expect(
      within(cell('金水区', 'onTime')).getByRole('link', { name: '6 个中 4 个' }),
    ).toHaveAttribute(
      'href',
      `/targets?district=410105&state=met-on-time&asOf=${PROGRESS_AS_OF.late}`,
    );
    expect(screen.getByTestId('ranking-answer')).toHaveTextContent(
      '按期完成率最高的是中原区：100.0%（3/3，样本少）；应到期目标在 5 个及以上的区县中最高的是金水区：66.7%（4/6）',
    );
  });

  it('marks small denominators and says why', async () => {
    renderWithApp(<DistrictsPage />, {
      dataset: progressDataset(),
      path: `/districts?asOf=${PROGRESS_AS_OF.late}`,
    });
    await screen.findByRole('table', { name: /区县排名/ });
    expect(within(cell('中原区', 'due')).getByText('样本少')).toBeVisible();
    expect(within(cell('金水区', 'due')).queryByText('样本少')).toBeNull();
    expect(screen.getByText(/“样本少”：应到期的目标不足 5 个/)).toBeVisible();
  });

  it('sorts by another rate through the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<DistrictsPage />, {
      dataset: progressDataset(),
      path: `/districts?asOf=${PROGRESS_AS_OF.late}`,
    });
    await screen.findByRole('table', { name: /区县排名/ });
    await user.click(screen.getByRole('button', { name: /逾期率/ }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('-overdueRate'),
    );
    expect(order()).toEqual(['管城回族区', '金水区', '中原区']);
    expect(ranking()).toHaveAccessibleName(/按逾期率排序/);
    await user.click(screen.getByRole('button', { name: /投资进度/ }));
    // 中原 is 5.9 points ahead, 管城 7.2 behind; 金水 has no progress measured yet (last).
    await waitFor(() => expect(order()).toEqual(['中原区', '管城回族区', '金水区']));
    expect(cell('中原区', 'gap')).toHaveTextContent('平均+5.9 个百分点');
    expect(within(cell('中原区', 'gap')).getByText('绿灯')).toBeVisible();
    expect(cell('管城回族区', 'gap')).toHaveTextContent('平均−7.2 个百分点');
    expect(within(cell('管城回族区', 'gap')).getByText('黄灯')).toBeVisible();
    expect(cell('金水区', 'gap')).toHaveTextContent('未报告进度');
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('-gap');
  });

  it.each<[string, string[], string]>([
    [PROGRESS_AS_OF.early, ['管城回族区', '金水区', '中原区'], '管城回族区：100.0%（4/4，样本少）'],
    [PROGRESS_AS_OF.late, ['中原区', '金水区', '管城回族区'], '中原区：100.0%（3/3，样本少）'],
  ])('changes with the as-of date (%s)', async (asOf, expected, answer) => {
    renderWithApp(<DistrictsPage />, {
      dataset: progressDataset(),
      path: `/districts?asOf=${asOf}`,
    });
    await screen.findByRole('table', { name: /区县排名/ });
    expect(order()).toEqual(expected);
    expect(screen.getByTestId('ranking-answer')).toHaveTextContent(answer);
  });

  it('keeps the raw counts reachable below the ranking', async () => {
    renderWithApp(<DistrictsPage />, {
      dataset: progressDataset(),
      path: `/districts?asOf=${PROGRESS_AS_OF.late}`,
    });
    const counts = await screen.findByRole('table', { name: /各区县的项目、目标和数据数/ });
    const row = within(counts).getByRole('rowheader', { name: '管城回族区' }).closest('tr');
    expect(row?.querySelector('[data-state="overdue"]')).toHaveTextContent('2');
  });
});
