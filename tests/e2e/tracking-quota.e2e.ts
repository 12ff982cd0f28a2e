import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  addFollowUp,
  downloadFrom,
  expect,
  fillFollowUpForm,
  FIRST_TARGET_ID,
  followUpPanel,
  openFirstTarget,
  savedFollowUp,
  test,
} from './support';

/**
 * A full disk, simulated: IndexedDB's add and put throw QuotaExceededError while the page's
 * `__quota` flag is set (and with `__wipe` the browser also deletes the database, as Chromium
 * does on a full profile). The app must say what is really stored, keep the typed text, and
 * never let an error through uncaught.
 */

const panel = followUpPanel;
const saved = savedFollowUp;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    type Flags = { __quota?: boolean; __wipe?: boolean };
    const flags = window as unknown as Flags;
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown]) {
        if (flags.__quota) {
          if (flags.__wipe) indexedDB.deleteDatabase('zz-tracker');
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      } as (typeof IDBObjectStore.prototype)[typeof method];
    }
  });
  await openFirstTarget(page);
});

/** The alert saying the browser deleted the stored follow-ups. */
const wipedAlert = (page: Page) =>
  panel(page).getByRole('alert').filter({ hasText: '浏览器已删除本站保存的跟进' });

/** Downloads the copy of the page's last follow-ups that `alert` offers; its notes, sorted. */
async function downloadedNotes(alert: Locator) {
  const button = alert.getByRole('button', { name: '下载本页最后显示的 2 条跟进' });
  const download = await downloadFrom(alert.page(), button);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    followUps: { note: string }[];
  };
  return copy.followUps.map((f) => f.note).sort();
}

test('a write that fails for lack of space says what is stored and keeps the typed text', async ({
  page,
}) => {
  await addFollowUp(page, '已保存的一条');
  await page.evaluate(() => {
    (window as unknown as { __quota: boolean }).__quota = true;
  });
  await panel(page).getByRole('button', { name: '添加跟进' }).click();
  await fillFollowUpForm(page, '磁盘满时输入的文字');
  await page.getByRole('button', { name: '保存' }).click();
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText(
    '未保存：本站在此浏览器中的存储空间已满。本浏览器中保存的跟进没有改动，仍为 1 条。你输入的内容仍在表单中。',
  );
  await expect(page.getByLabel('说明')).toHaveValue('磁盘满时输入的文字');

  // Space again: the same form saves.
  await page.evaluate(() => {
    (window as unknown as { __quota: boolean }).__quota = false;
  });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(saved(page, '磁盘满时输入的文字')).toBeVisible();
  await expect(panel(page).getByRole('article', { name: /我的跟进/ })).toHaveCount(2);
});

test('when the browser deletes the database, the app says so and offers what the page last showed', async ({
  page,
}) => {
  for (const note of ['第一条', '第二条']) await addFollowUp(page, note);
  await page.evaluate(() => {
    const flags = window as unknown as { __quota: boolean; __wipe: boolean };
    flags.__quota = true;
    flags.__wipe = true;
  });
  await panel(page).getByRole('button', { name: '添加跟进' }).click();
  await fillFollowUpForm(page, '数据库被删时输入的文字');
  await page.getByRole('button', { name: '保存' }).click();
  const alert = wipedAlert(page);
  await expect(alert).toContainText('请下载本页最后显示的 2 条跟进');
  await expect(page.getByLabel('说明')).toHaveValue('数据库被删时输入的文字');

  expect(await downloadedNotes(alert)).toEqual(['第一条', '第二条']);
});

test('a database the browser deletes in the background is reported when the reader comes back', async ({
  page,
}) => {
  for (const note of ['第一条', '第二条']) await addFollowUp(page, note);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('zz-tracker');
        request.onsuccess = () => resolve();
      }),
  );
  // The reader switches back to this tab.
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  const alert = wipedAlert(page);
  await expect(alert).toContainText('请下载本页最后显示的 2 条跟进');
  // The list says what is stored now, and the copy is still offered.
  await expect(panel(page).getByRole('article', { name: /我的跟进/ })).toHaveCount(0);
  expect(await downloadedNotes(alert)).toEqual(['第一条', '第二条']);
});

test('an import that fails for lack of space says nothing was imported and what is stored', async ({
  page,
}) => {
  await addFollowUp(page, '已保存的一条');
  await page.goto('/targets');
  await page
    .locator('details:has(#follow-up-transfer)')
    .getByText('导出、导入或全部删除我的跟进')
    .click();
  const transfer = page.locator('#follow-up-transfer');
  await expect(transfer.getByTestId('stored-count')).toHaveText('本浏览器中保存了 1 条跟进。');
  await page.evaluate(() => {
    (window as unknown as { __quota: boolean }).__quota = true;
  });
  const now = new Date().toISOString();
  const file = {
    format: 'zz-tracker.follow-ups',
    version: 2,
    exportedAt: now,
    followUps: [
      {
        id: 'fu-imported-on-full-disk',
        targetId: FIRST_TARGET_ID,
        status: 'achieved',
        date: '2021-05-01',
        note: '磁盘满时导入的一条',
        evidence: { url: 'https://example.org/news' },
        createdAt: now,
        updatedAt: now,
      },
    ],
  };
  await transfer.getByLabel('选择要导入的跟进文件（JSON）').setInputFiles({
    name: 'full-disk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const alert = transfer.locator('.transfer-error');
  await expect(alert).toContainText('未导入“full-disk.json”。');
  await expect(alert).toContainText(
    '未导入任何跟进：本站在此浏览器中的存储空间已满。本浏览器中保存的跟进没有改动，仍为 1 条。',
  );
  await expect(alert).not.toContainText('表单');
  await expect(transfer.getByTestId('stored-count')).toHaveText('本浏览器中保存了 1 条跟进。');
});
