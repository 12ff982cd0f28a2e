// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeSource, makeTarget } from '../../../../tests/fixtures/factories';
import {
  createFollowUpStore,
  type FollowUpStore,
  type StorageProblem,
} from '@/data/tracking/follow-up-store';
import { FollowUpEvidence } from './follow-up-evidence';
import { FollowUpPanel } from './follow-up-panel';
import { renderWithStore } from './test-helpers';

const target = makeTarget({ id: 't-1', deadline: '2021-03-31' });
const dataset = makeDataset({
  sources: [makeSource({ id: 'src-1', headlinesZh: ['一季度观摩'], headlinesEn: ['Q1 tour'] })],
  targets: [target],
});

const input = {
  targetId: 't-1',
  status: 'achieved' as const,
  date: '2021-04-20',
  note: '区统计局：一季度完成投资62亿元',
  evidence: { url: 'https://example.org/stats' },
};

let counter = 0;
const freshStore = () => createFollowUpStore({ name: `panel-test-${++counter}-${Date.now()}` });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FollowUpPanel', () => {
  it('adds a follow-up through the form; it shows as mine and sets the status', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FollowUpPanel targetId="t-1" />, {
      dataset,
      path: '/targets/t-1?asOf=2021-06-01',
    });
    expect(await screen.findByText('还没有跟进。')).toBeInTheDocument();
    expect(screen.getByTestId('merged-deadline-state')).toHaveTextContent('逾期未报结果');

    await user.click(screen.getByRole('button', { name: '添加跟进' }));
    expect(screen.getByLabelText('状态')).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('状态'), 'achieved');
    await user.type(screen.getByLabelText('状态起始日期'), '2021-04-20');
    await user.type(screen.getByLabelText('说明'), input.note);
    await user.type(screen.getByLabelText('链接（http 或 https）'), input.evidence.url);
    await user.click(screen.getByRole('button', { name: '保存' }));

    const item = await screen.findByRole('article', { name: /我的跟进: 已完成/ });
    await vi.waitFor(() => expect(item).toHaveFocus());
    expect(within(item).getByText('我的跟进')).toBeInTheDocument();
    expect(within(item).getByText(input.note)).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: input.evidence.url })).toHaveAttribute(
      'href',
      input.evidence.url,
    );
    expect(screen.getByText('已添加跟进。')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('merged-status')).toHaveTextContent('已完成');
    expect(screen.getByTestId('merged-status')).toHaveTextContent('依据我2021年4月20日的跟进');
    expect(screen.getByTestId('merged-deadline-state')).toHaveAttribute('data-state', 'met-late');

    const stored = await store.list();
    expect(stored.ok && stored.data.map((f) => f.note)).toEqual([input.note]);
  });

  it('counts a follow-up only from its date: before it the articles’ status holds', async () => {
    const store = freshStore();
    await store.add(input);
    // The day before the follow-up, then its day.
    for (const [asOf, basis, state] of [
      ['2021-04-19', '依据报纸原文', 'overdue'],
      ['2021-04-20', '依据我2021年4月20日的跟进', 'met-late'],
    ] as const) {
      const view = renderWithStore(<FollowUpPanel targetId="t-1" />, {
        dataset,
        store,
        path: `/targets/t-1?asOf=${asOf}`,
      });
      expect(await screen.findByRole('article')).toBeInTheDocument();
      expect(screen.getByTestId('merged-status')).toHaveTextContent(basis);
      expect(screen.getByTestId('merged-deadline-state')).toHaveAttribute('data-state', state);
      view.unmount();
    }
  });

  it('lists follow-ups newest first, edits one and deletes one after confirming', async () => {
    const user = userEvent.setup();
    const store = freshStore();
    await store.add({ ...input, status: 'in-progress', date: '2021-03-01', note: '施工中' });
    await store.add({ ...input, status: 'stalled', date: '2021-05-01', note: '停工' });
    renderWithStore(<FollowUpPanel targetId="t-1" />, { dataset, store, path: '/targets/t-1' });

    const labels = async () =>
      (await screen.findAllByRole('article')).map((item) => item.getAttribute('aria-label'));
    expect(await labels()).toEqual([
      '我的跟进: 停滞, 自2021年5月1日起',
      '我的跟进: 推进中, 自2021年3月1日起',
    ]);

    await user.click(screen.getByRole('button', { name: '编辑: 2021年3月1日的跟进' }));
    const note = screen.getByLabelText('说明');
    await user.clear(note);
    await user.type(note, '主体完工');
    await user.selectOptions(screen.getByLabelText('状态'), 'partly-achieved');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const edited = await screen.findByRole('article', { name: /部分完成/ });
    expect(within(edited).getByText('主体完工')).toBeInTheDocument();
    expect(within(edited).getByText(/修改于/)).toBeInTheDocument();
    await vi.waitFor(() => expect(edited).toHaveFocus());

    await user.click(screen.getByRole('button', { name: '删除: 2021年5月1日的跟进' }));
    expect(screen.getByRole('group', { name: /确定删除这条跟进吗/ })).toBeInTheDocument();
    // The safe choice has focus; cancelling keeps the follow-up.
    expect(screen.getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(await labels()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '删除: 2021年5月1日的跟进' }));
    await user.click(screen.getByRole('button', { name: '删除: 2021年5月1日的跟进' }));
    await vi.waitFor(async () => expect(await labels()).toHaveLength(1));
    expect(screen.getByRole('heading', { name: '我的跟进' })).toHaveFocus();
    const stored = await store.list();
    expect(stored.ok && stored.data.map((f) => [f.status, f.note])).toEqual([
      ['partly-achieved', '主体完工'],
    ]);
  });

  it('on one day lists the follow-up recorded last first, and that one sets the status', async () => {
    const store = freshStore();
    // Created first, edited last: the edit is the latest thing the reader recorded.
    const edited = await store.add(
      { ...input, status: 'in-progress', note: '先记录，后修改' },
      new Date('2021-04-21T08:00:00Z'),
    );
    await store.add(
      { ...input, status: 'stalled', note: '后记录，未修改' },
      new Date('2021-04-22T08:00:00Z'),
    );
    if (!edited.ok) throw new Error('add failed');
    await store.update(
      edited.data.id,
      { ...input, status: 'achieved', note: '先记录，后修改' },
      new Date('2021-04-23T08:00:00Z'),
    );
    renderWithStore(<FollowUpPanel targetId="t-1" />, {
      dataset,
      store,
      path: '/targets/t-1?asOf=2021-06-01',
    });
    const items = await screen.findAllByRole('article');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      '我的跟进: 已完成, 自2021年4月20日起',
      '我的跟进: 停滞, 自2021年4月20日起',
    ]);
    expect(screen.getByTestId('merged-status')).toHaveTextContent('已完成');
    expect(screen.getByTestId('merged-deadline-state')).toHaveAttribute('data-state', 'met-late');
  });

  it('says follow-ups cannot be saved when IndexedDB is unavailable, and shows the target anyway', async () => {
    vi.stubGlobal('indexedDB', undefined);
    renderWithStore(<FollowUpPanel targetId="t-1" />, { dataset, path: '/targets/t-1' });
    expect(await screen.findByText(/本浏览器无法保存跟进/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加跟进' })).not.toBeInTheDocument();
    expect(screen.getByTestId('merged-status')).toHaveTextContent('未评定');
  });

  it('renders nothing for a target the dataset does not have', async () => {
    const { container } = renderWithStore(<FollowUpPanel targetId="nope" />, {
      dataset,
      path: '/targets/nope',
    });
    await vi.waitFor(() => expect(container.querySelector('.tracking-panel')).toBeNull());
  });
});

describe('FollowUpEvidence', () => {
  it.each([
    ['https://example.org/a', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
  ])('%s is a link: %s', async (url, isLink) => {
    renderWithStore(<FollowUpEvidence evidence={{ url, sourceId: 'src-1' }} />, { dataset });
    expect(await screen.findByText(url)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: url }) !== null).toBe(isLink);
    expect(screen.getByRole('link', { name: '一季度观摩' })).toHaveAttribute(
      'href',
      '/sources/src-1',
    );
  });

  it('shows a source the dataset lacks as its id, not a link', async () => {
    renderWithStore(<FollowUpEvidence evidence={{ sourceId: 'elsewhere-1' }} />, { dataset });
    expect(await screen.findByText('elsewhere-1')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('FollowUpPanel: a failed save never loses the typed text', () => {
  const unavailable: StorageProblem = {
    kind: 'unavailable',
    reason: 'open-failed',
    message: 'InvalidStateError: the database connection is closing',
  };
  /** A store whose add fails as given and whose reads then fail too (another tab upgraded it). */
  function failingStore(add: FollowUpStore['add']): FollowUpStore {
    const real = freshStore();
    let broken = false;
    return {
      ...real,
      list: async () => (broken ? { ok: false, reason: unavailable } : real.list()),
      listForTarget: async (id) =>
        broken ? { ok: false, reason: unavailable } : real.listForTarget(id),
      add: async (value, now) => {
        broken = true;
        return add(value, now);
      },
    };
  }

  it.each<[string, FollowUpStore['add'], RegExp]>([
    [
      'storage unavailable mid-save',
      async () => ({ ok: false, reason: unavailable }),
      /^未保存：InvalidStateError: the database connection is closing。你输入的内容仍在表单中。$/,
    ],
    [
      'a quota error with the stored count read again',
      async () => ({
        ok: false,
        reason: {
          kind: 'write-failed',
          cause: 'quota',
          message: 'QuotaExceededError',
          after: { state: 'present', count: 0 },
        },
      }),
      /^未保存：本站在此浏览器中的存储空间已满。本浏览器中保存的跟进没有改动，仍为 0 条。你输入的内容仍在表单中。$/,
    ],
    [
      'the store throwing',
      async () => {
        throw new Error('boom');
      },
      /^未保存：Error: boom。你输入的内容仍在表单中。$/,
    ],
  ])('%s: the form stays with its text and says why', async (_, add, message) => {
    const user = userEvent.setup();
    renderWithStore(<FollowUpPanel targetId="t-1" />, {
      dataset,
      store: failingStore(add),
      path: '/targets/t-1?asOf=2021-06-01',
    });
    await user.click(await screen.findByRole('button', { name: '添加跟进' }));
    await user.selectOptions(screen.getByLabelText('状态'), 'achieved');
    await user.type(screen.getByLabelText('状态起始日期'), '2021-04-20');
    await user.type(screen.getByLabelText('说明'), input.note);
    await user.type(screen.getByLabelText('链接（http 或 https）'), input.evidence.url);
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    // The reads now fail as well; the form, and what was typed, stay.
    await screen.findByText(/本浏览器无法保存跟进/);
    expect(screen.getByLabelText('说明')).toHaveValue(input.note);
    expect(screen.getByLabelText('链接（http 或 https）')).toHaveValue(input.evidence.url);
  });
});
