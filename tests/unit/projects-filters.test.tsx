// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectsPage } from '@/features/projects/components/projects-page';
import { VIRTUALIZE_ABOVE } from '@/components/data-table/data-table';
import { generateSyntheticDataset } from '../fixtures/synthetic-dataset';
import { renderWithApp } from '../test-utils';
import { dashboardDataset, stubResizeObserver } from './dashboard-fixture';

beforeAll(stubResizeObserver);

const open = (path: string, lang: 'zh' | 'en' = 'zh') =>
  renderWithApp(<ProjectsPage />, { dataset: dashboardDataset(), path, lang });

const tableRows = () =>
  within(screen.getByRole('table', { name: /项目列表|Projects/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent ?? '');

const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

describe('projects page: filters live in the URL', () => {
  it('opening a URL restores the view: rows, count, checked boxes', async () => {
    open('/projects?district=410104,jingkai&sort=name');
    expect(await screen.findByTestId('row-count')).toHaveTextContent('显示 2 条，共 3 条');
    expect(tableRows()).toEqual(['安置房一期', '陇海路改造']);
    expect(screen.getByRole('checkbox', { name: /管城回族区/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /经开区/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /中原区/ })).not.toBeChecked();
  });

  it('ticking a district pushes a history entry; back restores the previous view', async () => {
    const user = userEvent.setup();
    const { router } = open('/projects');
    await screen.findByTestId('row-count');
    await user.click(screen.getByText('区县', { selector: '.facet-label' }));
    await user.click(screen.getByRole('checkbox', { name: /中原区/ }));
    await waitFor(() => expect(search(router).getAll('district')).toEqual(['410102']));
    expect(router.state.historyAction).toBe('PUSH');
    expect(screen.getByTestId('row-count')).toHaveTextContent('显示 1 条，共 3 条');
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent('显示 3 条'));
    expect(screen.getByRole('checkbox', { name: /中原区/ })).not.toBeChecked();
  });

  it('typing pushes once, then replaces; the text is what was typed', async () => {
    const user = userEvent.setup();
    const { router } = open('/projects');
    const box = await screen.findByRole('searchbox', { name: /搜索项目/ });
    await user.type(box, '陇');
    await waitFor(() => expect(search(router).get('q')).toBe('陇'));
    expect(router.state.historyAction).toBe('PUSH');
    await user.type(box, '海路');
    await waitFor(() => expect(search(router).get('q')).toBe('陇海路'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(box).toHaveValue('陇海路');
    expect(tableRows()).toEqual(['陇海路改造']);
  });

  it('back after a search clears the box', async () => {
    const user = userEvent.setup();
    const { router } = open('/projects');
    const box = await screen.findByRole('searchbox');
    await user.type(box, 'park');
    await waitFor(() => expect(search(router).get('q')).toBe('park'));
    await router.navigate(-1);
    await waitFor(() => expect(box).toHaveValue(''));
    expect(screen.getByTestId('row-count')).toHaveTextContent('显示 3 条');
  });

  it('says which values of a pasted link it ignored, and shows the rest', async () => {
    open('/projects?district=999999&district=410102&category=boats');
    const notice = await screen.findByText(/无法识别的筛选值/);
    expect(notice).toHaveTextContent('999999');
    expect(notice).toHaveTextContent('boats');
    expect(screen.getByTestId('row-count')).toHaveTextContent('显示 1 条');
  });

  it('an empty result offers to clear the filters, which keeps the sort', async () => {
    const user = userEvent.setup();
    const { router } = open('/projects?q=airport&sort=-investment');
    expect(await screen.findByText('没有符合筛选条件的记录。')).toBeVisible();
    const table = screen.getByRole('table');
    await user.click(within(table).getByRole('button', { name: '清除全部筛选' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-investment'));
    expect(screen.getByTestId('row-count')).toHaveTextContent('显示 3 条');
  });

  it('sortable headers say their order and write it to the URL', async () => {
    const user = userEvent.setup();
    const { router } = open('/projects');
    await screen.findByTestId('row-count');
    const header = screen.getByRole('columnheader', { name: /所述投资/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    await waitFor(() => expect(search(router).get('sort')).toBe('-investment'));
    expect(screen.getByRole('columnheader', { name: /所述投资/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(tableRows()[0]).toBe('陇海路改造');
  });

  it('speaks English with English number formats', async () => {
    open('/projects?category=road', 'en');
    expect(await screen.findByTestId('row-count')).toHaveTextContent('1 of 3');
    expect(screen.getByRole('cell', { name: 'CNY 6.0 bn' })).toBeVisible();
  });

  it('a list longer than the virtualization threshold draws the rows near the viewport only', async () => {
    // The benchmark's generator: 2,400 projects, more than VIRTUALIZE_ABOVE.
    const dataset = generateSyntheticDataset({ records: 6_000 });
    expect(dataset.projects.length).toBeGreaterThan(VIRTUALIZE_ABOVE);
    renderWithApp(<ProjectsPage />, { dataset, path: '/projects?sort=name' });
    expect(await screen.findByTestId('row-count')).toHaveTextContent(
      `显示 ${dataset.projects.length.toLocaleString('zh-CN')} 条`,
    );
    const table = screen.getByRole('table', { name: '项目列表' });
    expect(table).toHaveAttribute('aria-rowcount', String(dataset.projects.length + 1));
    const drawn = within(table).getAllByRole('row').slice(1);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(100);
    // Sorted by name over all rows, not only the ones drawn: the first drawn is the first of all.
    const first = [...dataset.projects].sort((a, b) =>
      a.nameZh.localeCompare(b.nameZh, 'zh-CN'),
    )[0];
    expect(within(drawn[0]!).getByRole('rowheader')).toHaveTextContent(first!.nameZh);
  });
});
