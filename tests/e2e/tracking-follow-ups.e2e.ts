import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { daysBetween } from '../../src/lib/calendar';
import type { Dataset } from '../../src/data/schema';
import { makeFollowUp } from '../../src/data/tracking/follow-up.fixtures';
import { buildTracker } from '../../src/tracker/tracker';
import { recordLabels } from '../../src/components/records/labels';
import { addFollowUp, expect, openView, savedFollowUp, test, waitForView } from './support';

// Follow-ups below are dated ten days after the deadline: the target is met late.
const metLabel = recordLabels('zh').deadlineState('met-late');

/**
 * Follow-ups in the real browser: added with the keyboard alone on a target's page, kept in
 * IndexedDB across a reload, merged into the target's status from their date on (as-of), and
 * the dashboard still working where IndexedDB is unavailable. Expectations come from the
 * bundled dataset, so they hold whatever it contains.
 */

type DatasetTarget = {
  id: string;
  deadline: string | null;
  status:
    | 'not-rated'
    | 'in-progress'
    | 'achieved'
    | 'partly-achieved'
    | 'not-achieved'
    | 'stalled'
    | 'unverifiable';
};
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  targets: DatasetTarget[];
};

/** A target with a deadline that has passed (so a follow-up can be dated after it). */
const dated = dataset.targets.find((t) => t.deadline !== null && t.deadline < '2025-01-01');
if (!dated?.deadline) throw new Error('the bundled dataset has no target with a past deadline');
const target = dated as DatasetTarget & { deadline: string };

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The follow-up's date: 10 days after the deadline (a past day, so the form accepts it). */
const followUpDate = addDays(target.deadline, 10);
const dayBefore = addDays(followUpDate, -1);
const note = `区政府通报：目标已完成（e2e ${target.id}）`;

/**
 * Types a date into the focused <input type="date"> with the keyboard. The field takes digits
 * segment by segment in the order of the browser's own locale (Playwright's `locale` does not
 * change it), so try the orders in use; between tries focus goes back to the first segment.
 */
async function typeDate(page: Page, field: Locator, iso: string) {
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const order of [
    [y, m, d],
    [m, d, y],
    [d, m, y],
  ]) {
    await page.keyboard.type(order.join(''));
    if ((await field.inputValue()) === iso) return;
    await field.evaluate((input) => {
      (input as HTMLInputElement).blur();
      (input as HTMLInputElement).focus();
    });
  }
  await expect(field).toHaveValue(iso);
}

/** Presses Tab until `target` has focus (a date field has several stops inside it). */
async function tabTo(page: Page, target: Locator, stops = 5) {
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

async function addFollowUpWithKeyboard(page: Page) {
  await page.getByRole('button', { name: '添加跟进' }).focus();
  await page.keyboard.press('Enter');
  const status = page.getByLabel('状态', { exact: true });
  await expect(status).toBeFocused();
  // Chromium changes a focused <select> with the arrow keys: 推进中 → 已完成.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('achieved');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('状态起始日期')).toBeFocused();
  await typeDate(page, page.getByLabel('状态起始日期'), followUpDate);
  await tabTo(page, page.getByLabel('说明'));
  await page.keyboard.type(note);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('报纸版面')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // the first newspaper page
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://example.org/report');
  // Then the optional progress fields (amount, percent, through date, month's end), left empty.
  await tabTo(page, page.getByRole('button', { name: '保存' }), 12);
  await page.keyboard.press('Enter');
}

const mine = (page: Page) => page.locator('#my-follow-ups');

test('add a follow-up with the keyboard alone; after a reload it is there and sets the status @phone', async ({
  page,
}) => {
  await openView(page, `/targets/${target.id}?asOf=${followUpDate}`);
  await expect(mine(page).getByText('还没有跟进。', { exact: true })).toBeVisible();

  await addFollowUpWithKeyboard(page);

  const item = mine(page).getByRole('article', { name: /我的跟进: 已完成/ });
  await expect(item).toBeVisible();
  await expect(item).toBeFocused();
  await expect(mine(page).getByRole('status').first()).toHaveText('已添加跟进。');

  await page.reload();
  await waitForView(page);
  await expect(item).toBeVisible();
  await expect(item.getByText('我的跟进')).toBeVisible();
  await expect(item.getByText(note)).toBeVisible();
  await expect(item.getByRole('link', { name: 'https://example.org/report' })).toBeVisible();
  // The target's own page (above the panel) shows the status from the follow-up…
  const situation = page.locator('section[aria-labelledby="target-situation"]');
  await expect(situation).toContainText('已完成');
  await expect(situation).toContainText('此状态来自你的跟进记录');
  // …and so does the panel, saying where it comes from.
  await expect(mine(page).getByTestId('merged-status')).toContainText('依据我');
  await expect(mine(page).getByTestId('merged-deadline-state')).toHaveAttribute(
    'data-state',
    'met-late',
  );
});

test('a form with problems says so, and nothing is saved', async ({ page }) => {
  await openView(page, `/targets/${target.id}`);
  await mine(page).getByRole('button', { name: '添加跟进' }).click();
  await page.getByLabel('链接（http 或 https）').fill('javascript:alert(1)');
  await page.getByRole('button', { name: '保存' }).click();
  const summary = mine(page).locator('form').getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('请修改以下 4 处后再保存');
  await expect(summary).toContainText('链接须以 http:// 或 https:// 开头。');
  await page.reload();
  await waitForView(page);
  await expect(mine(page).getByText('还没有跟进。', { exact: true })).toBeVisible();
});

test('as-of before the follow-up’s date shows the articles’ situation; from that date on, the follow-up’s', async ({
  page,
}) => {
  await openView(page, `/targets/${target.id}`);
  await mine(page).getByRole('button', { name: '添加跟进' }).click();
  await page.getByLabel('状态', { exact: true }).selectOption('achieved');
  await page.getByLabel('状态起始日期').fill(followUpDate);
  await page.getByLabel('说明').fill(note);
  await page.getByLabel('链接（http 或 https）').fill('https://example.org/report');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(mine(page).getByRole('article')).toHaveCount(1);

  // The app's own model, with the follow-up just added: what each page must show on a day.
  const followUps = [makeFollowUp({ targetId: target.id, status: 'achieved', date: followUpDate })];
  const trackerOn = (asOf: string) => buildTracker(dataset as unknown as Dataset, followUps, asOf);
  const stateOn = (asOf: string) => trackerOn(asOf).targetById.get(target.id)!.state;
  const cases = [
    [dayBefore, stateOn(dayBefore)],
    [followUpDate, stateOn(followUpDate)],
  ] as const;
  // Computed from the dataset: the day before, the deadline has passed with the articles'
  // status (not a result, so overdue); from the follow-up's day on, it is met.
  expect(daysBetween(target.deadline, dayBefore)).toBeGreaterThan(0);
  expect(cases.map(([, state]) => state)).toEqual([
    target.status === 'not-rated' ? 'overdue' : cases[0][1],
    'met-late',
  ]);

  for (const [asOf, state] of cases) {
    await openView(page, `/targets/${target.id}?asOf=${asOf}`);
    await expect(mine(page).getByTestId('merged-deadline-state')).toHaveAttribute(
      'data-state',
      state,
    );
    const situation = page.locator('section[aria-labelledby="target-situation"]');
    await expect(situation.locator(`.state-${state}`)).toBeVisible();
  }

  // The targets table counts move with it: one more "met late" from the follow-up's day on.
  const metCount = (asOf: string) => trackerOn(asOf).states['met-late'];
  for (const asOf of [dayBefore, followUpDate]) {
    await openView(page, `/targets?asOf=${asOf}`);
    await expect(
      page.getByRole('button', { name: `只看“${metLabel}”：${metCount(asOf)} 个` }),
    ).toBeVisible();
  }
  expect(metCount(followUpDate)).toBe(metCount(dayBefore) + 1);
});

test.describe('without IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
  });

  test('the target page works and says follow-ups cannot be saved here', async ({ page }) => {
    await openView(page, `/targets/${target.id}`);
    await expect(mine(page).getByText(/本浏览器无法保存跟进/)).toBeVisible();
    await expect(mine(page).getByRole('button', { name: '添加跟进' })).toHaveCount(0);
    await expect(page.locator('section[aria-labelledby="target-situation"]')).toBeVisible();
    await openView(page, '/targets');
    await expect(page.locator('#follow-up-transfer')).toContainText('本浏览器无法保存跟进');
  });
});

test('a tracker database other code opened first (version 1, no store) is repaired, not given up', async ({
  page,
}) => {
  // Same-origin code that opens the app's database name first, at version 1, creating nothing.
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('zz-tracker', 1);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await openView(page, `/targets/${target.id}`);
  await expect(mine(page).getByText(/本浏览器无法保存跟进/)).toHaveCount(0);
  await addFollowUp(page, '修复后的数据库里保存的跟进');
  await page.reload();
  await waitForView(page);
  await expect(savedFollowUp(page, '修复后的数据库里保存的跟进')).toBeVisible();
  const stores = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('zz-tracker');
        request.onsuccess = () => {
          resolve([...request.result.objectStoreNames]);
          request.result.close();
        };
      }),
  );
  expect(stores).toEqual(['follow-ups']);
});
