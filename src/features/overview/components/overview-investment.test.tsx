// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_AS_OF, progressDataset } from '../../../../tests/fixtures/progress-dataset';
import { renderWithApp } from '../../../../tests/test-utils';
import { stubResizeObserver } from '../../../../tests/unit/dashboard-fixture';
import { OverviewPage } from './overview-page';

beforeAll(stubResizeObserver);

const card = async (asOf: string) => {
  renderWithApp(<OverviewPage />, { dataset: progressDataset(), path: `/?asOf=${asOf}` });
  return screen.findByTestId('headline-investment');
};
/** The card's lines: amount and label, as a reader sees them. */
const lines = (element: HTMLElement) =>
  [...element.querySelectorAll(':scope > ul.investment-lines > li')].map((line) => [
    line.querySelector('.investment-amount')?.textContent,
    line.querySelector('.investment-label')?.textContent,
  ]);
/** Every group under the card, as its disclosure lists them. */
const groupHeads = () =>
  [...document.querySelectorAll('.investment-groups > li .investment-group-head')].map(
    (head) => head.textContent,
  );

describe('the overview’s investment card', () => {
  it('never adds amounts of different roles, nor a part to its whole; a lifetime total says so', async () => {
    const investment = await card(PROGRESS_AS_OF.year);
    expect(groupHeads()).toEqual([
      '20亿元 完成投资 · 2021年一季度（截至2021年3月31日）',
      '60亿元 计划投资 · 2021年一季度',
      '629亿元 完成投资 · 2021年（截至2021年10月31日）',
      // 420 + 647.4 + 800: 管城's 60亿 is part of the city's batch plan, listed as 其中.
      '1,867.4亿元 计划投资 · 2021年',
      // The city's batch alone: 管城's 150亿 share, its 90亿 subset and its projects are in it.
      '2,000亿元 总投资 · 项目全周期',
    ]);
    // The card itself: the first three groups, each with what it is.
    expect(lines(investment)).toEqual([
      ['20亿元', '完成投资 · 2021年一季度（截至2021年3月31日）'],
      ['60亿元', '计划投资 · 2021年一季度'],
      ['629亿元', '完成投资 · 2021年（截至2021年10月31日）'],
    ]);
  });

  it('shows three groups on the card and keeps every group, record and part reachable', async () => {
    const user = userEvent.setup();
    const investment = await card(PROGRESS_AS_OF.year);
    expect(lines(investment)).toHaveLength(3);
    expect(investment).not.toHaveTextContent(/另有 \d+ 组/);
    const all = screen.getByTestId('investment-all');
    await user.click(within(all).getByText('全部 5 组金额及其记录'));
    const lifetime = [...all.querySelectorAll('.investment-groups > li')].find(
      (li) => li.getAttribute('data-role') === 'total',
    ) as HTMLElement;
    expect(within(lifetime).getByText('其中（已含在本组金额内）')).toBeVisible();
    // The links carry the view's as-of date on (app-link.tsx).
    expect(
      within(lifetime).getByRole('link', { name: '管城区第一批集中开工项目' }),
    ).toHaveAttribute('href', `/batches/gc-2021-batch-1?asOf=${PROGRESS_AS_OF.year}`);
    expect(within(lifetime).getByRole('link', { name: '管城测试产业园' })).toHaveAttribute(
      'href',
      `/projects/gc-park?asOf=${PROGRESS_AS_OF.year}`,
    );
    expect(
      within(lifetime).getByRole('link', { name: '郑州市2021年第一批重大项目集中开工' }),
    ).toBeVisible();
  });

  it.each<[string, string[]]>([
    // The 1–10月 amount was printed in November: not there in June.
    [
      PROGRESS_AS_OF.late,
      [
        '20亿元 完成投资 · 2021年一季度（截至2021年3月31日）',
        '60亿元 计划投资 · 2021年一季度',
        '1,867.4亿元 计划投资 · 2021年',
        '2,000亿元 总投资 · 项目全周期',
      ],
    ],
    // Nothing printed yet.
    ['2021-01-01', []],
  ])('shows only what was printed by the as-of date (%s)', async (asOf, expected) => {
    const investment = await card(asOf);
    expect(groupHeads()).toEqual(expected);
    if (expected.length === 0) expect(investment).toHaveTextContent('截至该日没有记录注明投资金额');
  });

  it('reads in English too', async () => {
    renderWithApp(<OverviewPage />, {
      dataset: progressDataset(),
      path: `/?asOf=${PROGRESS_AS_OF.year}`,
      lang: 'en',
    });
    await screen.findByTestId('headline-investment');
    expect(groupHeads()).toContain('CNY 200.0 bn Total investment · whole life of the projects');
  });
});
