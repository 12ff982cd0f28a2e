import type { Page } from '@playwright/test';
import {
  addFollowUp,
  expect,
  followUpPanel,
  openFirstTarget,
  savedFollowUp,
  test,
  waitForView,
} from './support';

/**
 * Two tabs of the app on one browser profile share one IndexedDB. A change in one shows in
 * the other (BroadcastChannel, then a re-read); an edit of a copy another tab has replaced is
 * refused with the stored version shown and the typed text kept; "delete all" deletes exactly
 * what it named.
 */

const panel = followUpPanel;
const saved = savedFollowUp;
const items = (page: Page) => panel(page).getByRole('article', { name: /我的跟进/ });

/** A second tab, whose console errors and uncaught exceptions fail the test like the first's. */
async function secondTab(page: Page, problems: string[], options: { stale?: boolean } = {}) {
  const tab = await page.context().newPage();
  if (options.stale) {
    // A tab that hears nothing from the others: what a tab of an older build, or one whose
    // messages were lost, would hold.
    await tab.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
  }
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`second tab console.error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`second tab uncaught: ${error.message}`));
  await openFirstTarget(tab);
  return tab;
}

test.beforeEach(async ({ page }) => {
  await openFirstTarget(page);
});

test('an add in one tab shows in the other', async ({ page, problems }) => {
  const other = await secondTab(page, problems);
  await expect(items(other)).toHaveCount(0);
  await addFollowUp(page, '甲标签页添加');
  await expect(saved(other, '甲标签页添加')).toBeVisible();
  await expect(items(other)).toHaveCount(1);
});

test('an edit of a stale copy is refused, the stored version shown and the typed text kept', async ({
  page,
  problems,
}) => {
  await addFollowUp(page, '原来的说明');
  const other = await secondTab(page, problems, { stale: true });
  await expect(saved(other, '原来的说明')).toBeVisible();

  // The other tab opens the edit form on the copy it read...
  await items(other).getByRole('button', { name: /编辑/ }).click();
  // ...while this tab changes the follow-up.
  await items(page).getByRole('button', { name: /编辑/ }).click();
  await page.getByLabel('说明').fill('甲标签页的修改');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(saved(page, '甲标签页的修改')).toBeVisible();

  await other.getByLabel('说明').fill('乙标签页输入的文字');
  await other.getByRole('button', { name: '保存' }).click();
  await expect(panel(other).getByRole('alert')).toContainText('这条跟进已在另一个标签页中修改');
  await expect(other.getByTestId('stored-version')).toContainText('甲标签页的修改');
  await expect(other.getByLabel('说明')).toHaveValue('乙标签页输入的文字');

  // Saving again, now against the version shown, replaces it.
  await other.getByRole('button', { name: '保存' }).click();
  await expect(saved(other, '乙标签页输入的文字')).toBeVisible();
  await expect(other.getByLabel('说明')).toHaveCount(0);
  await page.reload();
  await expect(saved(page, '乙标签页输入的文字')).toBeVisible();
});

test('a follow-up deleted in another tab while being edited keeps the text, and can be saved as new', async ({
  page,
  problems,
}) => {
  await addFollowUp(page, '将被删除');
  const other = await secondTab(page, problems);
  await items(other).getByRole('button', { name: /编辑/ }).click();
  await other.getByLabel('说明').fill('乙标签页正在写的内容');

  await items(page).getByRole('button', { name: /删除/ }).click();
  await items(page).getByRole('button', { name: /删除/ }).first().click();
  await expect(items(page)).toHaveCount(0);

  await expect(panel(other).getByRole('alert')).toContainText('这条跟进已在另一个标签页中删除');
  await expect(other.getByLabel('说明')).toHaveValue('乙标签页正在写的内容');
  await panel(other).getByRole('button', { name: '另存为新跟进' }).click();
  await expect(other.getByLabel('说明')).toHaveValue('乙标签页正在写的内容');
  await other.getByRole('button', { name: '保存' }).click();
  await expect(saved(other, '乙标签页正在写的内容')).toBeVisible();
  await expect(saved(page, '乙标签页正在写的内容')).toBeVisible();
});

test('"delete all" in a stale tab deletes nothing it did not name', async ({ page, problems }) => {
  await addFollowUp(page, '第一条');
  const other = await secondTab(page, problems, { stale: true });
  const transfer = panel(other).locator('.transfer-panel');
  await panel(other).getByText('导出、导入或全部删除我的跟进').click();
  await expect(transfer.getByTestId('stored-count')).toHaveText('本浏览器中保存了 1 条跟进。');

  await addFollowUp(page, '第二条');
  await addFollowUp(page, '第三条');

  await transfer.getByRole('button', { name: '全部删除' }).click();
  await transfer.getByRole('button', { name: '删除全部 1 条' }).click();
  await expect(transfer.locator('.transfer-error')).toContainText(
    /^未删除任何跟进：确认框显示的跟进已在另一个标签页中改变——新增了 2 条（“.+”，自2021年5月1日起；“.+”，自2021年5月1日起）。现有 3 条/,
  );
  await page.reload();
  await waitForView(page);
  await expect(items(page)).toHaveCount(3);

  // Once it has read the store again, it names all three, and deletes them.
  await other.reload();
  await waitForView(other);
  await panel(other).getByText('导出、导入或全部删除我的跟进').click();
  await transfer.getByRole('button', { name: '全部删除' }).click();
  await transfer.getByRole('button', { name: '删除全部 3 条' }).click();
  await expect(transfer.locator('.transfer-result')).toHaveText('已删除 3 条跟进。');
});

test('"delete all" confirmed after another tab edited a follow-up it showed deletes nothing, and says which', async ({
  page,
  problems,
}) => {
  await addFollowUp(page, '第一条');
  await addFollowUp(page, '第二条');
  const other = await secondTab(page, problems);
  const transfer = panel(other).locator('.transfer-panel');
  await panel(other).getByText('导出、导入或全部删除我的跟进').click();
  await transfer.getByRole('button', { name: '全部删除' }).click();
  await expect(transfer.getByRole('button', { name: '删除全部 2 条' })).toBeVisible();

  // This tab edits one while the other's confirmation is open; the other tab reads it at once.
  await items(page).filter({ hasText: '第一条' }).getByRole('button', { name: /编辑/ }).click();
  await page.getByLabel('说明').fill('甲标签页的新版本');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(saved(page, '甲标签页的新版本')).toBeVisible();
  await expect(saved(other, '甲标签页的新版本')).toBeVisible();

  await transfer.getByRole('button', { name: '删除全部 2 条' }).click();
  await expect(transfer.locator('.transfer-error')).toContainText(
    /^未删除任何跟进：确认框显示的跟进已在另一个标签页中改变——修改了 1 条（“.+”，自2021年5月1日起）。现有 2 条，请查看后再确认删除。$/,
  );
  await page.reload();
  await waitForView(page);
  await expect(items(page)).toHaveCount(2);
  await expect(saved(page, '甲标签页的新版本')).toBeVisible();
});
