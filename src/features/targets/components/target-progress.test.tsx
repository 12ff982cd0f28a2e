// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeDataset,
  makeReport,
  makeSource,
  makeTarget,
  yi,
} from '../../../../tests/fixtures/factories';
import {
  PROGRESS_AS_OF,
  PROGRESS_IDS,
  progressDataset,
} from '../../../../tests/fixtures/progress-dataset';
import { renderWithApp } from '../../../../tests/test-utils';
import { stubResizeObserver } from '../../../../tests/unit/dashboard-fixture';
import type { Dataset } from '@/data/schema';
import type { Lang } from '@/lib/i18n';
import { TargetDetailPage } from './target-detail-page';

beforeAll(stubResizeObserver);

const open = (
  id: string,
  query = `asOf=${PROGRESS_AS_OF.late}`,
  dataset = progressDataset(),
  lang: Lang = 'zh',
) =>
  renderWithApp(<TargetDetailPage />, {
    dataset,
    lang,
    route: '/targets/:id',
    path: `/targets/${id}?${query}`,
  });

const progressSection = () =>
  screen.getByRole('region', { name: /计划完成进度|Progress against plan/ });

describe('a target’s progress on its page', () => {
  it.each<[Lang, string, string]>([
    ['zh', '完成 45亿元，占计划 75.0%，时间进度 82.2%，落后 7.2 个百分点 · 黄灯', '黄灯'],
    [
      'en',
      'Done CNY 4.5 bn, 75.0% of plan; time elapsed 82.2%; 7.2 points behind · Yellow light',
      'Yellow light',
    ],
  ])('draws a bullet whose text alternative says it all (%s)', async (lang, sentence, light) => {
    open(PROGRESS_IDS.guanchengQ1, `asOf=${PROGRESS_AS_OF.late}`, progressDataset(), lang);
    const bullet = await screen.findByRole('img', { name: sentence });
    expect(bullet.tagName.toLowerCase()).toBe('svg');
    // The light is said in words beside the drawing, not by its colour alone.
    expect(within(progressSection()).getByText(light)).toBeVisible();
  });

  it('names the rule in force with its thresholds, and where such rules come from', async () => {
    open(PROGRESS_IDS.guanchengQ1);
    await screen.findByRole('img', { name: /黄灯/ });
    expect(screen.getByTestId('pace-rule')).toHaveTextContent(
      '灯号按差距分档规则（默认）：完成进度达到或超过时间进度为绿灯；落后不超过 30 个百分点为黄灯；落后超过 30 个百分点为红灯。',
    );
    expect(screen.getByText('这些规则从哪里来')).toBeVisible();
    expect(screen.getByText(/1–3 月完成年度计划的 30.90%/)).toBeInTheDocument();
    expect(
      screen.getByText(/进度截至 2021年3月15日，时间进度按天计（74\/90 天，含当天）/),
    ).toBeVisible();
  });

  /** A half-year plan 60 % done at its end: 40 points behind. */
  const behind: Dataset = makeDataset({
    sources: [makeSource({ publishedOn: '2021-01-05' })],
    targets: [
      makeTarget({
        id: 'h1',
        metric: 'investment',
        quantity: yi(100),
        period: '2021-H1',
        deadline: '2021-06-30',
      }),
    ],
    reports: [
      makeReport({
        targetId: 'h1',
        status: 'in-progress',
        date: '2021-06-30',
        progress: { percentOfPlan: 60, through: '2021-06-30' },
      }),
    ],
  });

  it.each<[string, string, string, RegExp]>([
    ['the points rule (no ?rule=)', '', '红灯', /差距分档规则（默认） · 当前/],
    ['the relative rule', '&rule=relative', '黄灯', /相对比例规则 · 当前/],
  ])('gives the light of the rule in the URL: %s', async (_, rule, light, current) => {
    open('h1', `asOf=2021-07-01${rule}`, behind);
    expect(
      await screen.findByRole('img', {
        name: `完成计划的 60.0%，时间进度 100.0%，落后 40.0 个百分点 · ${light}`,
      }),
    ).toBeVisible();
    const switcher = screen.getByRole('navigation', { name: '换用另一种灯号规则' });
    expect(within(switcher).getByRole('link', { current: true })).toHaveTextContent(current);
  });

  it('switches the rule by a link that keeps the rest of the view', async () => {
    const user = userEvent.setup();
    const { router } = open('h1', 'asOf=2021-07-01', behind);
    await screen.findByRole('img', { name: /红灯/ });
    await user.click(screen.getByRole('link', { name: '相对比例规则' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?asOf=2021-07-01&rule=relative'),
    );
    expect(await screen.findByRole('img', { name: /黄灯/ })).toBeVisible();
  });

  it('shows grey “no progress reported” for a plan without progress, and no bullet', async () => {
    open(PROGRESS_IDS.jinshuiYear);
    expect(await screen.findByRole('heading', { name: '计划完成进度' })).toBeVisible();
    expect(within(progressSection()).getByText('未报告进度')).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByTestId('pace-rule')).toBeNull();
  });

  it('shows nothing of progress for a target without a planned amount', async () => {
    open('gc-road-1');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: '计划完成进度' })).toBeNull();
  });
});

describe('a target’s deadline state says its days', () => {
  it.each<[string, string, string]>([
    [PROGRESS_IDS.metLate, PROGRESS_AS_OF.late, '逾期完成 15 天'],
    ['gc-road-5', PROGRESS_AS_OF.late, '逾期未报结果 · 91 天'],
    ['gc-road-1', PROGRESS_AS_OF.late, '按期完成'],
  ])('%s as of %s: %s', async (id, asOf, text) => {
    open(id, `asOf=${asOf}`);
    const situation = await screen.findByRole('region', { name: /截至 .* 的情况/ });
    expect(situation.querySelector('.state-badge')).toHaveTextContent(text);
  });
});
