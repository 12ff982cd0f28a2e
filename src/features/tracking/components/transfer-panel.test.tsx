// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeSource, makeTarget } from '../../../../tests/fixtures/factories';
import type { FollowUp } from '@/data/tracking/follow-up';
import { makeFollowUp, makeV1File, makeV2File } from '@/data/tracking/follow-up.fixtures';
import { openDB } from 'idb';
import { announceFollowUpChange } from '@/data/tracking/follow-up-sync';
import { BACKUP_EVERY } from '@/data/tracking/follow-up-backup';
import { createFollowUpStore, FOLLOW_UP_DB_VERSION } from '@/data/tracking/follow-up-store';
import { polyfillBlobText, renderWithStore } from './test-helpers';
import { FollowUpTransferPanel } from './transfer-panel';

const dataset = makeDataset({
  sources: [makeSource({ id: 'src-1' })],
  targets: [makeTarget({ id: 't-1' }), makeTarget({ id: 't-2' })],
});

let counter = 0;
const freshStore = () => createFollowUpStore({ name: `transfer-test-${++counter}-${Date.now()}` });

const jsonFile = (value: unknown, name = 'follow-ups.json') =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });

const twoFollowUps: FollowUp[] = [
  makeFollowUp({ id: 'a', targetId: 't-1' }),
  makeFollowUp({ id: 'b', targetId: 't-2', evidence: { sourceId: 'src-1' } }),
];

async function setup(seed: FollowUp[] = [], lang: 'zh' | 'en' = 'zh') {
  const store = freshStore();
  if (seed.length) await store.importText(JSON.stringify(makeV2File(seed)));
  const user = userEvent.setup();
  renderWithStore(<FollowUpTransferPanel />, { dataset, store, lang });
  const fileInput = await screen.findByLabelText<HTMLInputElement>(
    lang === 'zh' ? '选择要导入的跟进文件（JSON）' : 'Choose a follow-up file to import (JSON)',
  );
  return { store, user, fileInput };
}

async function storedIds(store: ReturnType<typeof freshStore>) {
  const result = await store.list();
  return result.ok ? result.data.map((f) => f.id).sort() : 'unavailable';
}

beforeAll(polyfillBlobText);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FollowUpTransferPanel', () => {
  it('imports a file and says how many were added, updated and unchanged; twice adds nothing', async () => {
    const { store, user, fileInput } = await setup();
    expect(await screen.findByTestId('stored-count')).toHaveTextContent('本浏览器中还没有跟进。');
    await user.upload(fileInput, jsonFile(makeV2File(twoFollowUps)));
    expect(await screen.findByText('导入完成：新增 2 条，更新 0 条，未变 0 条。')).toBeVisible();
    expect(await screen.findByTestId('stored-count')).toHaveTextContent('保存了 2 条跟进');

    await user.upload(fileInput, jsonFile(makeV2File(twoFollowUps)));
    expect(await screen.findByText('导入完成：新增 0 条，更新 0 条，未变 2 条。')).toBeVisible();
    expect(await storedIds(store)).toEqual(['a', 'b']);
  });

  it('refuses a corrupt file with what is wrong and where, and changes nothing', async () => {
    const { store, user, fileInput } = await setup(twoFollowUps);
    const bad = makeV2File([
      makeFollowUp({ id: 'c' }),
      makeFollowUp({ id: 'd' }),
      makeFollowUp({ id: 'e', date: '2021-02-30' }),
    ]);
    await user.upload(fileInput, jsonFile(bad, 'broken.json'));
    const alert = await screen.findByRole('alert');
    // The alert region is always there; wait for what the import puts in it.
    await vi.waitFor(() =>
      expect(alert).toHaveTextContent('未导入“broken.json”，已保存的跟进没有任何改动。'),
    );
    expect(alert).toHaveTextContent('文件中有 1 处不符合格式');
    expect(alert).toHaveTextContent('followUps[2].date: 应为真实存在的日期（YYYY-MM-DD）。');
    expect(await storedIds(store)).toEqual(['a', 'b']);
  });

  it('words each problem in English too', async () => {
    const { user, fileInput } = await setup([], 'en');
    const bad = makeV2File([
      { ...makeFollowUp(), note: undefined, evidence: { url: 'javascript:alert(1)' } },
    ]);
    await user.upload(fileInput, jsonFile(bad));
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert).toHaveTextContent('The file has 2 problems:'));
    expect(alert).toHaveTextContent('followUps[0].note: Missing.');
    expect(alert).toHaveTextContent(
      'followUps[0].evidence.url: Expected a link starting with http:// or https://.',
    );
    // Ids are compared once every record has the right shape.
    await user.upload(fileInput, jsonFile(makeV2File([makeFollowUp(), makeFollowUp()])));
    await vi.waitFor(() =>
      expect(alert).toHaveTextContent(
        'followUps[1].id: Duplicate id “fu-1” (first at followUps[0]).',
      ),
    );
  });

  it.each([
    ['not JSON', '{"format":', '文件不是有效的 JSON。'],
    ['another kind of file', { schemaVersion: 1 }, '这不是本站导出的跟进文件。'],
    ['a newer version', { ...makeV2File([]), version: 99 }, '由更新版本的本站生成'],
  ])('refuses %s', async (_label, content, message) => {
    const { user, fileInput } = await setup();
    await user.upload(fileInput, jsonFile(content));
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert).toHaveTextContent(message));
  });

  it('reads an old (version 1) file and says it converted it', async () => {
    const { store, user, fileInput } = await setup();
    const v1 = makeV1File([
      {
        id: 'old',
        targetId: 't-1',
        status: 'stalled',
        date: '2021-03-01',
        note: '停工',
        evidence: 'src-1',
        createdAt: '2021-03-02T00:00:00Z',
      },
    ]);
    await user.upload(fileInput, jsonFile(v1));
    expect(await screen.findByText(/已自动转换/)).toBeVisible();
    expect(await storedIds(store)).toEqual(['old']);
  });

  it('keeps follow-ups of targets the dataset lacks and names them', async () => {
    const { store, user, fileInput } = await setup([], 'en');
    await user.upload(
      fileInput,
      jsonFile(makeV2File([makeFollowUp({ id: 'x', targetId: 'luoyang-target' })])),
    );
    expect(
      await screen.findByText(/1 target is not in the dataset in view \(luoyang-target\)/),
    ).toBeVisible();
    expect(await storedIds(store)).toEqual(['x']);
  });

  it('exports every follow-up as one JSON file that imports back identical', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:test';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { store, user } = await setup(twoFollowUps);
    await user.click(await screen.findByRole('button', { name: '导出全部（JSON）' }));
    expect(await screen.findByText(/已导出 2 条跟进到文件 zz-tracker-follow-ups-/)).toBeVisible();
    expect(click).toHaveBeenCalledTimes(1);
    const exported = JSON.parse(await blobs[0]!.text()) as { followUps: FollowUp[] };
    expect(exported.followUps).toEqual(twoFollowUps);

    await store.removeAll();
    const again = await store.importText(JSON.stringify(exported));
    expect(again).toMatchObject({ ok: true, data: { added: 2 } });
    const listed = await store.list();
    expect(listed.ok && listed.data.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(twoFollowUps);
  });

  it('deletes all only after confirming', async () => {
    const { store, user } = await setup(twoFollowUps);
    await user.click(await screen.findByRole('button', { name: '全部删除' }));
    const confirm = screen.getByRole('group', { name: /确定删除本浏览器中的全部 2 条跟进吗/ });
    expect(confirm).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(await storedIds(store)).toEqual(['a', 'b']);
    expect(screen.getByRole('button', { name: '全部删除' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '全部删除' }));
    await user.click(screen.getByRole('button', { name: '删除全部 2 条' }));
    expect(await screen.findByText('已删除 2 条跟进。')).toBeVisible();
    expect(await storedIds(store)).toEqual([]);
    expect(screen.getByTestId('stored-count')).toHaveTextContent('还没有跟进');
  });

  it('says storage is unavailable and offers nothing that would fail', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await setup();
    expect(await screen.findByText(/本浏览器无法保存跟进/)).toBeVisible();
    for (const name of ['导出全部（JSON）', '导入文件…', '全部删除']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
  });
});

describe('FollowUpTransferPanel: each failure says what happened', () => {
  it('an import on a full disk: nothing imported, the stored follow-ups unchanged, no form', async () => {
    const { user, fileInput } = await setup(twoFollowUps);
    await screen.findByText('本浏览器中保存了 2 条跟进。');
    // What Chromium gives on a full disk: a QuotaExceededError with no message.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('', 'QuotaExceededError');
    });
    await user.upload(
      fileInput,
      jsonFile(makeV2File([makeFollowUp({ id: 'new-1', targetId: 't-1' })]), 'more.json'),
    );
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert).toHaveTextContent('未导入“more.json”。'));
    expect(alert).toHaveTextContent(
      '未导入任何跟进：本站在此浏览器中的存储空间已满。本浏览器中保存的跟进没有改动，仍为 2 条。',
    );
    expect(alert).not.toHaveTextContent('表单');
    expect(alert).not.toHaveTextContent(/QuotaExceededError/);
  });

  it('"delete all" refuses after another tab edited a follow-up it showed, and names it', async () => {
    const { store, user } = await setup(twoFollowUps);
    await user.click(await screen.findByRole('button', { name: '全部删除' }));
    // Another tab edits one while the confirmation is open; this tab reads the store again.
    const edited = await store.update(
      'a',
      {
        targetId: 't-1',
        status: 'stalled',
        date: '2021-04-20',
        note: '另一个标签页改了',
        evidence: { sourceId: 'src-1' },
      },
      new Date('2021-05-01T00:00:00Z'),
    );
    expect(edited.ok).toBe(true);
    announceFollowUpChange(store.name);
    await user.click(screen.getByRole('button', { name: '删除全部 2 条' }));
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() =>
      expect(alert).toHaveTextContent(
        '未删除任何跟进：确认框显示的跟进已在另一个标签页中改变——修改了 1 条（“目标t-1”，自2021年4月20日起）。现有 2 条，请查看后再确认删除。',
      ),
    );
    expect(await storedIds(store)).toEqual(['a', 'b']);
  });
});

describe('FollowUpTransferPanel: nothing stored is hidden', () => {
  it('lists invalid stored records with their reasons, and "delete all" counts them', async () => {
    const store = freshStore();
    await store.importText(JSON.stringify(makeV2File(twoFollowUps)));
    const db = await openDB(store.name, FOLLOW_UP_DB_VERSION);
    await db.put('follow-ups', { id: 'broken', targetId: 't-1', status: 'nonsense' });
    db.close();
    const user = userEvent.setup();
    renderWithStore(<FollowUpTransferPanel />, { dataset, store });
    const invalid = await screen.findByTestId('invalid-records');
    expect(invalid).toHaveTextContent('本浏览器中有 1 条记录不是有效的跟进');
    expect(invalid).toHaveTextContent(/broken: status: /);
    expect(screen.getByRole('button', { name: '下载这些记录（原始 JSON）' })).toBeVisible();
    expect(screen.getByTestId('stored-count')).toHaveTextContent('保存了 2 条跟进');

    await user.click(screen.getByRole('button', { name: '全部删除' }));
    await user.click(screen.getByRole('button', { name: '删除全部 3 条' }));
    expect(await screen.findByText('已删除 3 条跟进。')).toBeVisible();
    const reopened = await openDB(store.name, FOLLOW_UP_DB_VERSION);
    expect(await reopened.count('follow-ups')).toBe(0);
    reopened.close();
  });

  it('lists follow-ups whose target the dataset in view lacks, with the target id', async () => {
    await setup([
      ...twoFollowUps,
      makeFollowUp({ id: 'c', targetId: 'elsewhere-2019-target', date: '2021-03-01' }),
    ]);
    const orphans = await screen.findByTestId('orphan-follow-ups');
    expect(orphans).toHaveTextContent('1 条跟进所属的目标不在当前数据集中');
    expect(orphans).toHaveTextContent('elsewhere-2019-target');
    expect(orphans).toHaveTextContent('2021年3月1日');
    expect(orphans).not.toHaveTextContent('t-1');
  });
});

describe('FollowUpTransferPanel: backups are offered', () => {
  function stubDownloads() {
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined }),
    );
    return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  }

  /** Adds follow-ups the way another tab would, then tells this one. */
  async function addElsewhere(store: ReturnType<typeof freshStore>, count: number, from = 0) {
    for (let i = from; i < from + count; i++)
      await store.add({
        targetId: 't-1',
        status: 'in-progress',
        date: '2021-04-01',
        note: `第 ${i + 1} 条`,
        evidence: { sourceId: 'src-1' },
      });
    announceFollowUpChange(store.name);
  }

  const offer = () => screen.queryByRole('button', { name: '下载备份' });

  it(`once ${BACKUP_EVERY} follow-ups are in no backup, until one is made`, async () => {
    const click = stubDownloads();
    const store = freshStore();
    await addElsewhere(store, BACKUP_EVERY - 1);
    const user = userEvent.setup();
    renderWithStore(<FollowUpTransferPanel />, { dataset, store });
    await screen.findByText(`本浏览器中保存了 ${BACKUP_EVERY - 1} 条跟进。`);
    expect(offer()).toBeNull();

    await addElsewhere(store, 1, BACKUP_EVERY - 1);
    const button = await screen.findByRole('button', { name: '下载备份' });
    expect(
      screen.getByText(`有 ${BACKUP_EVERY} 条跟进还没有备份（上次导出或导入之后新增或修改的）。`),
    ).toBeVisible();
    await user.click(button);
    expect(click).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(offer()).toBeNull());
  });

  it('not after "delete all": nothing is left to back up', async () => {
    stubDownloads();
    const store = freshStore();
    await addElsewhere(store, BACKUP_EVERY + 10);
    const user = userEvent.setup();
    renderWithStore(<FollowUpTransferPanel />, { dataset, store });
    await screen.findByRole('button', { name: '下载备份' });
    await user.click(screen.getByRole('button', { name: '全部删除' }));
    await user.click(screen.getByRole('button', { name: `删除全部 ${BACKUP_EVERY + 10} 条` }));
    expect(await screen.findByText(`已删除 ${BACKUP_EVERY + 10} 条跟进。`)).toBeVisible();
    expect(offer()).toBeNull();
    expect(screen.getByRole('button', { name: '导出全部（JSON）' })).toBeDisabled();
  });

  it('not after a restore: 150 follow-ups imported are in the file they came from', async () => {
    const { user, fileInput } = await setup();
    const many = Array.from({ length: 150 }, (_, i) =>
      makeFollowUp({ id: `fu-${i}`, targetId: 't-1' }),
    );
    await user.upload(fileInput, jsonFile(makeV2File(many)));
    expect(await screen.findByText('导入完成：新增 150 条，更新 0 条，未变 0 条。')).toBeVisible();
    expect(await screen.findByTestId('stored-count')).toHaveTextContent('保存了 150 条跟进');
    expect(offer()).toBeNull();
  });

  it('before "delete all"', async () => {
    const click = stubDownloads();
    const { user } = await setup(twoFollowUps);
    await user.click(await screen.findByRole('button', { name: '全部删除' }));
    await user.click(screen.getByRole('button', { name: '先下载备份' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/已导出 2 条跟进到文件/)).toBeVisible();
  });
});
