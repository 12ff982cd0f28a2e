import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForView } from './support';

/**
 * Export, delete all, import — in the real browser with real IndexedDB and real downloads:
 * the round trip gives back identical follow-ups, a second import adds nothing, and a corrupt
 * file is refused with a visible reason while everything stored stays as it was.
 */

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  targets: { id: string }[];
  sources: { id: string }[];
};
const targetIds = dataset.targets.slice(0, 3).map((t) => t.id);
if (targetIds.length === 0) throw new Error('the bundled dataset has no targets');
const sourceId = dataset.sources[0]?.id;

type Exported = { format: string; version: number; followUps: Record<string, unknown>[] };

/** Adds a follow-up on a target's page through the form. */
async function addFollowUp(page: Page, targetId: string, note: string, withSource: boolean) {
  await page.goto(`/targets/${targetId}`);
  await waitForView(page);
  const panel = page.locator('#my-follow-ups');
  await panel.getByRole('button', { name: '添加跟进' }).click();
  await page.getByLabel('状态', { exact: true }).selectOption('in-progress');
  await page.getByLabel('状态起始日期').fill('2021-05-01');
  await page.getByLabel('说明').fill(note);
  if (withSource && sourceId) await page.getByLabel('报纸版面').selectOption(sourceId);
  else await page.getByLabel('链接（http 或 https）').fill('https://example.org/news?id=1');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('article', { name: /我的跟进/ })).toBeVisible();
}

/** Unfolds the export/import panel near the top of /targets (folded on every visit). */
async function unfoldTransfer(page: Page) {
  const fold = page.locator('details:has(#follow-up-transfer)');
  if (!(await fold.evaluate((details: HTMLDetailsElement) => details.open)))
    await fold.getByText('导出、导入或全部删除我的跟进').click();
  const panel = page.locator('#follow-up-transfer');
  await expect(panel.getByTestId('stored-count')).toBeVisible();
  return panel;
}

async function openTransfer(page: Page) {
  await page.goto('/targets');
  await waitForView(page);
  return unfoldTransfer(page);
}

async function exportAll(page: Page): Promise<Exported> {
  const panel = await unfoldTransfer(page);
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出全部（JSON）' }).click();
  const download = await downloading;
  const path = await download.path();
  const exported = JSON.parse(readFileSync(path, 'utf8')) as Exported;
  // Named with the day and how many it holds.
  const count = exported.followUps.length;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(
      `^zz-tracker-follow-ups-\\d{4}-\\d{2}-\\d{2}-${count}-item${count === 1 ? '' : 's'}\\.json$`,
    ),
  );
  return exported;
}

async function importFile(page: Page, name: string, content: string) {
  await page
    .locator('#follow-up-transfer')
    .getByLabel('选择要导入的跟进文件（JSON）')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('export → delete all → import gives back identical follow-ups; importing twice adds nothing', async ({
  page,
}) => {
  for (const [i, id] of targetIds.entries())
    await addFollowUp(page, id, `跟进 ${i + 1}`, i % 2 === 0);
  const panel = await openTransfer(page);
  await expect(panel.getByTestId('stored-count')).toHaveText(
    `本浏览器中保存了 ${targetIds.length} 条跟进。`,
  );

  const first = await exportAll(page);
  expect(first).toMatchObject({ format: 'zz-tracker.follow-ups', version: 3 });
  expect(first.followUps).toHaveLength(targetIds.length);
  await expect(panel.getByRole('status')).toContainText(`已导出 ${targetIds.length} 条跟进`);

  await panel.getByRole('button', { name: '全部删除' }).click();
  await panel.getByRole('button', { name: `删除全部 ${targetIds.length} 条` }).click();
  await expect(panel.getByRole('status')).toHaveText(`已删除 ${targetIds.length} 条跟进。`);
  await expect(panel.getByTestId('stored-count')).toHaveText('本浏览器中还没有跟进。');

  const text = JSON.stringify(first);
  await importFile(page, 'backup.json', text);
  await expect(panel.getByRole('status')).toContainText(
    `导入完成：新增 ${targetIds.length} 条，更新 0 条，未变 0 条。`,
  );
  await importFile(page, 'backup.json', text);
  await expect(panel.getByRole('status')).toContainText(
    `导入完成：新增 0 条，更新 0 条，未变 ${targetIds.length} 条。`,
  );

  await page.reload();
  await waitForView(page);
  const second = await exportAll(page);
  expect(second.followUps).toEqual(first.followUps);

  // And the target pages show them again.
  await page.goto(`/targets/${targetIds[0]}`);
  await waitForView(page);
  await expect(page.locator('#my-follow-ups').getByText('跟进 1')).toBeVisible();
});

test('a corrupt import is refused with a visible reason and leaves everything as it was @phone', async ({
  page,
}) => {
  await addFollowUp(page, targetIds[0]!, '原有的跟进', false);
  const panel = await openTransfer(page);
  const before = await exportAll(page);

  const good = before.followUps[0]!;
  const corrupt = {
    ...before,
    followUps: [
      { ...good, id: 'new-1' },
      { ...good, id: 'new-2', date: '2021-02-30' },
      { ...good, id: 'new-3', evidence: { url: 'javascript:alert(1)' } },
    ],
  };
  await importFile(page, 'broken.json', JSON.stringify(corrupt));
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('未导入“broken.json”，已保存的跟进没有任何改动。');
  await expect(alert).toContainText('文件中有 2 处不符合格式');
  await expect(alert).toContainText('followUps[1].date: 应为真实存在的日期（YYYY-MM-DD）。');
  await expect(alert).toContainText(
    'followUps[2].evidence.url: 应为 http:// 或 https:// 开头的链接。',
  );
  await expect(panel.getByTestId('stored-count')).toHaveText('本浏览器中保存了 1 条跟进。');

  await importFile(page, 'not-json.json', '{"format": "zz-tracker.follow-ups", "version": 2,');
  await expect(alert).toContainText('文件不是有效的 JSON。');

  await page.reload();
  await waitForView(page);
  const after = await exportAll(page);
  expect(after.followUps).toEqual(before.followUps);
});

test('an imported note of 4,000 emoji or 𠮷 is edited and saved again: one length rule', async ({
  page,
}) => {
  const notes = ['😀'.repeat(4_000), '\u{20BB7}'.repeat(4_000)];
  const now = new Date().toISOString();
  const file = {
    format: 'zz-tracker.follow-ups',
    version: 2,
    exportedAt: now,
    followUps: notes.map((note, i) => ({
      id: `fu-long-note-${i}`,
      targetId: targetIds[i]!,
      status: 'in-progress',
      date: '2021-05-01',
      note,
      evidence: { url: 'https://example.org/news' },
      createdAt: now,
      updatedAt: now,
    })),
  };
  const panel = await openTransfer(page);
  await importFile(page, 'long-notes.json', JSON.stringify(file));
  await expect(panel.getByRole('status')).toContainText('导入完成：新增 2 条');

  for (const i of notes.keys()) {
    await page.goto(`/targets/${targetIds[i]}`);
    await waitForView(page);
    const followUps = page.locator('#my-follow-ups');
    await followUps.getByRole('button', { name: /^编辑/ }).click();
    // The count says the note is exactly at the limit, counted as a reader counts.
    await expect(followUps.getByText('已输入 4,000 / 4,000 个字符')).toBeVisible();
    await page.getByLabel('状态', { exact: true }).selectOption('achieved');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(followUps.getByRole('status')).toHaveText('已保存修改。');
    await expect(followUps.getByRole('article', { name: /已完成/ })).toBeVisible();
    await expect(page.getByLabel('说明')).toHaveCount(0);
  }
  await openTransfer(page);
  const saved = await exportAll(page);
  expect(saved.followUps.map((f) => [f.note, f.status])).toEqual(
    notes.map((note) => [note, 'achieved']),
  );
});
