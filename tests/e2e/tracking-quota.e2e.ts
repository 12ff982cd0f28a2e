import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  addFollowUp,
  downloadFrom,
  expect,
  fillFollowUpForm,
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
  await expect(alert).toContainText('未能保存（QuotaExceededError');
  await expect(alert).toContainText('本浏览器目前保存的跟进：1 条，没有改动。');
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
