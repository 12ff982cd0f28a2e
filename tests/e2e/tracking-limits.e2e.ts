import { readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForView } from './support';

/**
 * A backup at the storage limit restores everything: 10,000 follow-ups whose export is just
 * under 10 MB are imported, exported, all deleted, and imported again from the app's own file.
 */

const LIMIT_RECORDS = 10_000;
const LIMIT_BYTES = 10_000_000;

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  targets: { id: string }[];
  sources: { id: string }[];
};
const targetIds = dataset.targets.map((t) => t.id);
const sourceId = dataset.sources[0]?.id ?? 'src';

type FileShape = { format: string; version: number; exportedAt: string; followUps: unknown[] };

function followUps(noteLength: number) {
  const note = '跟进说明'.repeat(Math.ceil(noteLength / 4)).slice(0, noteLength);
  return Array.from({ length: LIMIT_RECORDS }, (_, i) => {
    const createdAt = new Date(Date.UTC(2021, 0, 1) + i * 1000).toISOString();
    return {
      id: `fu-${String(i).padStart(6, '0')}`,
      targetId: targetIds[i % targetIds.length]!,
      status: 'in-progress',
      date: '2021-05-01',
      note,
      evidence: { sourceId },
      createdAt,
      updatedAt: createdAt,
    };
  });
}

const fileOf = (list: unknown[]): FileShape => ({
  format: 'zz-tracker.follow-ups',
  version: 2,
  exportedAt: '2026-01-01T00:00:00.000Z',
  followUps: list,
});
const bytesOf = (file: FileShape) => Buffer.byteLength(`${JSON.stringify(file)}\n`);

/** 10,000 follow-ups with the longest common note that keeps the file within 10 MB. */
function fileAtLimit(): FileShape {
  let low = 1;
  let high = 1_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bytesOf(fileOf(followUps(mid))) <= LIMIT_BYTES) low = mid;
    else high = mid - 1;
  }
  return fileOf(followUps(low));
}

async function unfoldTransfer(page: Page) {
  await page.goto('/targets');
  await waitForView(page);
  await page
    .locator('details:has(#follow-up-transfer)')
    .getByText('导出、导入或全部删除我的跟进')
    .click();
  return page.locator('#follow-up-transfer');
}

test('export at the storage limit → delete all → import restores every follow-up', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const original = fileAtLimit();
  const originalBytes = bytesOf(original);
  expect(originalBytes).toBeLessThanOrEqual(LIMIT_BYTES);
  expect(originalBytes).toBeGreaterThan(LIMIT_BYTES - 30_000);

  const panel = await unfoldTransfer(page);
  const input = panel.getByLabel('选择要导入的跟进文件（JSON）');
  const result = panel.locator('.transfer-result');
  await input.setInputFiles({
    name: 'at-limit.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(original)),
  });
  await expect(result).toContainText('导入完成：新增 10000 条', { timeout: 60_000 });
  await expect(panel.getByTestId('stored-count')).toHaveText('本浏览器中保存了 10000 条跟进。');

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出全部（JSON）' }).click();
  const path = await (await downloading).path();
  const exportedBytes = statSync(path).size;
  expect(exportedBytes).toBeLessThanOrEqual(LIMIT_BYTES);
  const exported = JSON.parse(readFileSync(path, 'utf8')) as FileShape;
  expect(exported.followUps).toEqual(original.followUps);

  await panel.getByRole('button', { name: '全部删除' }).click();
  await panel.getByRole('button', { name: '删除全部 10000 条' }).click();
  await expect(result).toHaveText('已删除 10000 条跟进。');
  await expect(panel.getByTestId('stored-count')).toHaveText('本浏览器中还没有跟进。');

  await input.setInputFiles(path);
  await expect(result).toContainText('导入完成：新增 10000 条', { timeout: 60_000 });
  await expect(panel.getByTestId('stored-count')).toHaveText('本浏览器中保存了 10000 条跟进。');
});
