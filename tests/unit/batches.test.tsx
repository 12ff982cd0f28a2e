// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchDetailPage } from '@/features/batches/components/batch-detail-page';
import { DistrictDetailPage } from '@/features/districts/components/district-detail-page';
import { ProjectDetailPage } from '@/features/projects/components/project-detail-page';
import { SourceDetailPage } from '@/features/sources/components/source-detail-page';
import { PROGRESS_IDS, progressDataset } from '../fixtures/progress-dataset';
import { renderWithApp } from '../test-utils';
import { stubResizeObserver } from './dashboard-fixture';

beforeAll(stubResizeObserver);

const AS_OF = '2021-06-30';
const open = (element: ReactElement, route: string, path: string) =>
  renderWithApp(element, { dataset: progressDataset(), route, path: `${path}?asOf=${AS_OF}` });

/** A field of a record's page by its label. */
const field = (label: string) => {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
};

describe('a batch’s page', () => {
  it('says what the batch is: kind, district, date, count, lifetime total and plan apart, its whole', async () => {
    open(<BatchDetailPage />, '/batches/:id', `/batches/${PROGRESS_IDS.guanchengBatch}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: '管城区第一批集中开工项目' }),
    ).toBeVisible();
    expect(field('类型')).toHaveTextContent('集中开工');
    expect(field('批次序号')).toHaveTextContent('第 1 批');
    expect(field('日期')).toHaveTextContent('2021年2月18日');
    expect(field('项目数')).toHaveTextContent('12个');
    expect(field('总投资（项目全周期）')).toHaveTextContent('150亿元');
    expect(field('计划投资（2021年）')).toHaveTextContent('60亿元');
    expect(within(field('属于')).getByRole('link')).toHaveAttribute(
      'href',
      // In-app links carry the as-of date on (app-link.tsx).
      `/batches/${PROGRESS_IDS.cityBatch}?asOf=${AS_OF}`,
    );
  });

  it('lists its named members (fewer than its count), its subsets, the targets and figures about it, and its sources', async () => {
    open(<BatchDetailPage />, '/batches/:id', `/batches/${PROGRESS_IDS.guanchengBatch}`);
    const members = await screen.findByRole('table', {
      name: '报道点名的成员项目：2 个（共 12 个，其余未点名）',
    });
    expect(
      within(members)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['管城测试产业园', '管城测试学校']);
    const subsets = screen.getByRole('table', { name: '其中' });
    expect(within(subsets).getByRole('link', { name: '其中省市重点项目' })).toHaveAttribute(
      'href',
      `/batches/${PROGRESS_IDS.guanchengSubset}?asOf=${AS_OF}`,
    );
    expect(screen.getByRole('table', { name: '关于该批次的目标' })).toHaveTextContent(
      '第一批12个项目3月底前全部开工',
    );
    expect(screen.getByRole('link', { name: '第一批项目一季度完成投资' })).toHaveAttribute(
      'href',
      `/figures/gc-batch-q1-done?asOf=${AS_OF}`,
    );
    const sources = screen.getByRole('region', { name: '原文出处' });
    expect(within(sources).getByText(/管城区分会场12个项目总投资150亿元/)).toBeVisible();
  });

  it('says a city-wide batch is the city’s', async () => {
    open(<BatchDetailPage />, '/batches/:id', `/batches/${PROGRESS_IDS.cityBatch}`);
    await screen.findByRole('heading', { level: 1 });
    expect(field('区县')).toHaveTextContent('全市（郑州市）');
    expect(screen.getByRole('table', { name: '其中' })).toHaveTextContent(
      '管城区第一批集中开工项目',
    );
  });

  it('says so when there is no such batch', async () => {
    open(<BatchDetailPage />, '/batches/:id', '/batches/no-such-batch');
    expect(await screen.findByText(/no-such-batch/)).toBeVisible();
  });
});

describe('batches on other pages', () => {
  it.each<[string, ReactElement, string, string, string[]]>([
    [
      'a district’s page',
      <DistrictDetailPage key="d" />,
      '/districts/:id',
      '/districts/410104',
      ['管城区第一批集中开工项目', '其中省市重点项目'],
    ],
    [
      'a project’s page',
      <ProjectDetailPage key="p" />,
      '/projects/:id',
      '/projects/gc-park',
      ['管城区第一批集中开工项目', '其中省市重点项目'],
    ],
    [
      'a page’s page',
      <SourceDetailPage key="s" />,
      '/sources/:id',
      '/sources/pd-2021-02-18',
      ['郑州市2021年第一批重大项目集中开工', '管城区第一批集中开工项目', '其中省市重点项目'],
    ],
  ])('%s lists its batches, each linked to its page', async (_, element, route, path, names) => {
    open(element, route, path);
    const table = await screen.findByRole('table', { name: /批次/ });
    for (const name of names)
      expect(within(table).getByRole('link', { name })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/batches\//),
      );
  });

  it('a project in no batch shows no batches section', async () => {
    open(<ProjectDetailPage />, '/projects/:id', '/projects/gc-school');
    await screen.findByRole('heading', { level: 1 });
    // gc-school is a member of 管城's batch only (not of its subset).
    const table = screen.getByRole('table', { name: '该项目所属的批次' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
  });
});
