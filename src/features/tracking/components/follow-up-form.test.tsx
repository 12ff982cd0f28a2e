// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeSource, yi } from '../../../../tests/fixtures/factories';
import { renderWithApp } from '../../../../tests/test-utils';
import type { Lang } from '@/lib/i18n';
import { EMPTY_DRAFT } from '@/data/tracking/follow-up-draft';
import { FollowUpForm } from './follow-up-form';

const sources = [
  makeSource({ id: 'src-1', headlinesZh: ['管城区一季度项目观摩'], headlinesEn: ['Guancheng Q1'] }),
  makeSource({ id: 'src-2', headlinesZh: ['第二版'], headlinesEn: ['Page two'] }),
];

function renderForm(props: Partial<Parameters<typeof FollowUpForm>[0]> = {}, lang: Lang = 'zh') {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  renderWithApp(
    <FollowUpForm
      mode="add"
      targetId="t-1"
      sources={sources}
      onSubmit={onSubmit}
      onCancel={onCancel}
      today="2021-06-15"
      {...props}
    />,
    { lang },
  );
  return { onSubmit, onCancel, user: userEvent.setup() };
}

describe('FollowUpForm', () => {
  it('puts focus on the first field when it opens', async () => {
    renderForm();
    expect(await screen.findByLabelText('状态')).toHaveFocus();
  });

  it('refuses an empty form: a focused summary lists every problem, each field says its own', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(await screen.findByRole('button', { name: '保存' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('请修改以下 4 处后再保存');
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText('状态')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('状态起始日期')).toHaveAccessibleDescription(
      /从这一天起计入.*请填写日期/,
    );
    expect(screen.getByLabelText('说明')).toHaveAccessibleDescription(/请填写说明/);
    expect(screen.getByRole('group', { name: /依据/ })).toHaveAccessibleDescription(/至少一项/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a summary link takes the keyboard to its field', async () => {
    const { user } = renderForm();
    await user.click(await screen.findByRole('button', { name: '保存' }));
    await user.click(await screen.findByRole('link', { name: '请填写说明。' }));
    expect(screen.getByLabelText('说明')).toHaveFocus();
  });

  it.each<[string, { url?: string; date?: string }, string]>([
    ['a javascript: link', { url: 'javascript:alert(1)' }, '链接须以 http:// 或 https:// 开头。'],
    ['a date after today', { date: '2021-06-16' }, '日期不能晚于今天。'],
  ])('refuses %s with a message beside the field', async (_label, change, message) => {
    const { onSubmit, user } = renderForm();
    await user.selectOptions(await screen.findByLabelText('状态'), '已完成');
    await user.type(screen.getByLabelText('状态起始日期'), change.date ?? '2021-06-01');
    await user.type(screen.getByLabelText('说明'), '区政府通报');
    await user.type(screen.getByLabelText('链接（http 或 https）'), change.url ?? 'https://a.org');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  // Tab order and Enter here; jsdom cannot change a <select> with arrow keys, so choices are
  // made with selectOptions — the browser test fills the form with the keyboard only.
  it('moves through the fields in order with Tab and submits the trimmed values with Enter', async () => {
    const { onSubmit, user } = renderForm();
    expect(await screen.findByLabelText('状态')).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('状态'), 'achieved');
    await user.tab();
    expect(screen.getByLabelText('状态起始日期')).toHaveFocus();
    await user.keyboard('2021-06-01');
    await user.tab();
    await user.keyboard('  区政府通报已竣工  ');
    await user.tab();
    expect(screen.getByLabelText('报纸版面')).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('报纸版面'), 'src-1');
    await user.tab();
    expect(screen.getByLabelText('链接（http 或 https）')).toHaveFocus();
    await user.tab();
    // Progress, optional: without a planned amount only the percent, then the through date.
    expect(screen.getByLabelText('完成占计划的百分比（%）')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('进度截至')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '保存' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({
      targetId: 't-1',
      status: 'achieved',
      date: '2021-06-01',
      note: '区政府通报已竣工',
      evidence: { sourceId: 'src-1' },
    });
  });

  it('starts from the stored values when editing, in English', async () => {
    const { onCancel, user } = renderForm(
      {
        mode: 'edit',
        initial: {
          ...EMPTY_DRAFT,
          status: 'stalled',
          date: '2021-05-01',
          note: 'Site closed',
          sourceId: '',
          url: 'https://example.org/x',
        },
      },
      'en',
    );
    expect(await screen.findByRole('heading', { name: 'Edit follow-up' })).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('Stalled');
    expect(screen.getByLabelText('Status applies from')).toHaveValue('2021-05-01');
    expect(screen.getByLabelText('Note')).toHaveValue('Site closed');
    expect(screen.getByLabelText('Link (http or https)')).toHaveValue('https://example.org/x');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('offers every status but "not yet rated"', async () => {
    renderForm();
    const options = Array.from(
      (await screen.findByLabelText<HTMLSelectElement>('状态')).options,
      (option) => option.text,
    );
    expect(options).toEqual([
      '请选择…',
      '推进中',
      '已完成',
      '部分完成',
      '未完成',
      '停滞',
      '无法核实',
    ]);
  });

  it.each<[string, string, string]>([
    ['4,000 emoji', '😀'.repeat(4_000), '已输入 4,000 / 4,000 个字符'],
    ['4,000 × 𠮷', '\u{20BB7}'.repeat(4_000), '已输入 4,000 / 4,000 个字符'],
  ])(
    'an imported note of %s (twice as many UTF-16 units) is edited and saved again',
    async (_, note, count) => {
      const { onSubmit, user } = renderForm({
        mode: 'edit',
        initial: {
          ...EMPTY_DRAFT,
          status: 'achieved',
          date: '2021-06-01',
          note,
          sourceId: 'src-1',
          url: '',
        },
      });
      const field = await screen.findByLabelText('说明');
      expect(field).not.toHaveAttribute('maxlength');
      expect(field).toHaveAccessibleDescription(new RegExp(count));
      // An edit elsewhere in the form, then save: the note is within the limit as a reader counts.
      await user.selectOptions(screen.getByLabelText('状态'), 'partly-achieved');
      await user.click(screen.getByRole('button', { name: '保存' }));
      expect(onSubmit).toHaveBeenCalledWith(
        expect.objectContaining({ note, status: 'partly-achieved' }),
      );
    },
  );

  it('counts characters as it goes and refuses one too many, in both languages', async () => {
    const { onSubmit, user } = renderForm(
      {
        mode: 'edit',
        initial: {
          ...EMPTY_DRAFT,
          status: 'achieved',
          date: '2021-06-01',
          note: '\u{20BB7}'.repeat(3_999),
          sourceId: 'src-1',
          url: '',
        },
      },
      'en',
    );
    const field = await screen.findByLabelText('Note');
    expect(screen.getByText('3,999 of 4,000 characters')).toBeInTheDocument();
    await user.type(field, '😀');
    expect(screen.getByText('4,000 of 4,000 characters')).toBeInTheDocument();
    await user.type(field, '😀');
    expect(screen.getByText('1 character too many (at most 4,000)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A note is at most 4,000 characters.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  describe('progress', () => {
    const plan = yi(60);
    /** Fills the required fields with valid values (date 2021-04-10). */
    async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
      await user.selectOptions(await screen.findByLabelText('状态'), 'in-progress');
      await user.type(screen.getByLabelText('状态起始日期'), '2021-04-10');
      await user.type(screen.getByLabelText('说明'), '区里通报一季度投资');
      await user.selectOptions(screen.getByLabelText('报纸版面'), 'src-1');
    }

    it('offers the amount in the plan’s unit only for a target with a planned amount', async () => {
      renderForm();
      await screen.findByLabelText('状态');
      expect(screen.queryByLabelText(/已完成（/)).toBeNull();
      expect(screen.getByLabelText('完成占计划的百分比（%）')).toBeInTheDocument();
    });

    it.each<
      [string, { done?: string; percent?: string; through?: string; month?: string }, unknown]
    >([
      [
        'an amount in 亿元 through a month’s end',
        { done: '４５', month: '2021-03-31' },
        { done: { value: 45, unit: '亿元' }, through: '2021-03-31' },
      ],
      [
        'an amount through the follow-up’s date by default',
        { done: '45.5' },
        { done: { value: 45.5, unit: '亿元' }, through: '2021-04-10' },
      ],
      [
        'a percent with its sign, through a typed date',
        { percent: '75%', through: '2021-03-15' },
        { percentOfPlan: 75, through: '2021-03-15' },
      ],
      ['no progress', {}, undefined],
    ])('saves %s', async (_label, values, progress) => {
      const { onSubmit, user } = renderForm({ plan, period: '2021-Q1' });
      await fillRequired(user);
      if (values.done) await user.type(screen.getByLabelText('已完成（亿元）'), values.done);
      if (values.percent)
        await user.type(screen.getByLabelText('或：完成占计划的百分比（%）'), values.percent);
      if (values.through) await user.type(screen.getByLabelText('进度截至'), values.through);
      if (values.month) await user.selectOptions(screen.getByLabelText(/或选月末/), values.month);
      await user.click(screen.getByRole('button', { name: '保存' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(onSubmit.mock.calls[0]?.[0]?.progress).toEqual(progress);
    });

    it.each<[string, { done?: string; percent?: string; through?: string }, string]>([
      ['both an amount and a percent', { done: '45', percent: '75' }, '完成数量和百分比只填一项。'],
      ['a negative amount', { done: '-5' }, '请填写不小于 0 的数字。'],
      ['a percent over the limit', { percent: '100001' }, '百分比最多 100,000%。'],
      [
        'a through date after the date',
        { done: '45', through: '2021-04-11' },
        '进度截至日期不能晚于状态起始日期。',
      ],
      ['a through date without progress', { through: '2021-03-31' }, '请同时填完成数量或百分比'],
    ])('refuses %s', async (_label, values, message) => {
      const { onSubmit, user } = renderForm({ plan, period: '2021-Q1' });
      await fillRequired(user);
      if (values.done) await user.type(screen.getByLabelText('已完成（亿元）'), values.done);
      if (values.percent)
        await user.type(screen.getByLabelText('或：完成占计划的百分比（%）'), values.percent);
      if (values.through) await user.type(screen.getByLabelText('进度截至'), values.through);
      await user.click(screen.getByRole('button', { name: '保存' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(onSubmit).not.toHaveBeenCalled();
    });

    it('labels the fields in English', async () => {
      renderForm({ plan, period: '2021-Q1' }, 'en');
      expect(await screen.findByLabelText('Done (in 亿元)')).toBeInTheDocument();
      expect(screen.getByLabelText('Or: done as a percent of plan (%)')).toBeInTheDocument();
      expect(screen.getByLabelText('Progress through')).toBeInTheDocument();
    });
  });
});
