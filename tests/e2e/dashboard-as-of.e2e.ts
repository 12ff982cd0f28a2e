import { COUNTED_STATES } from '../../src/tracker/deadline-state';
import { expect, test, waitForView } from './support';
import { pageDates, stateCounts } from './dashboard-data';

/** The as-of date: a page's date shows the deadline states of the day it was printed (the
 * counted states: a target not yet announced is left out, not counted). */

const count = (page: import('@playwright/test').Page, state: string) =>
  page.getByTestId(`state-count-${state}`);

test('deadline-state counts follow the as-of date, set by link and by quick pick @phone', async ({
  page,
}) => {
  const dates = pageDates();
  const first = dates[0]!;
  const last = dates.at(-1)!;
  await page.goto(`/targets?asOf=${last}`);
  await waitForView(page);
  for (const state of COUNTED_STATES)
    await expect(count(page, state)).toHaveAttribute(
      'data-count',
      String(stateCounts(last)[state]),
    );

  const [y, m, d] = first.split('-').map(Number);
  // On a phone the page dates fold under one line.
  const more = page.locator('.as-of-more > summary');
  if (await more.count()) await more.click();
  await page
    .getByRole('group', { name: '快速选择' })
    .getByRole('button', { name: new RegExp(`${y}年${m}月${d}日`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`asOf=${first}`));
  for (const state of COUNTED_STATES)
    await expect(count(page, state)).toHaveAttribute(
      'data-count',
      String(stateCounts(first)[state]),
    );

  await page.locator('.as-of').getByLabel('截至日期', { exact: true }).first().fill('2099-01-01');
  await expect(page).toHaveURL(/asOf=2099-01-01/);
  for (const state of COUNTED_STATES)
    await expect(count(page, state)).toHaveAttribute(
      'data-count',
      String(stateCounts('2099-01-01')[state]),
    );
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`asOf=${first}`));
});

test('a typed as-of date is applied once, on leaving the field; a year before the first page is refused', async ({
  page,
}) => {
  const dates = pageDates();
  const last = dates.at(-1)!;
  const year = dates[0]!.slice(0, 4);
  await page.goto(`/targets?asOf=${last}`);
  await waitForView(page);
  const input = page.locator('.as-of').getByLabel('截至日期', { exact: true }).first();
  const historyLength = () => page.evaluate(() => window.history.length);
  const before = await historyLength();

  /**
   * Typing a year digit by digit, a browser's date field holds each step as its value:
   * 0002-04-30, 0020-04-30, 0202-04-30, then the whole year. (How keys move between the
   * field's parts differs by browser and locale, so the steps are played as the browser
   * reports them: a key press, then the value it makes.)
   */
  const type = (values: string[]) =>
    input.evaluate((element: HTMLInputElement, steps) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const value of steps) {
        element.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));
        setValue.call(element, value);
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, values);
  const steps = (full: string) =>
    [1, 2, 3, 4].map((n) => `${full.slice(0, n).padStart(4, '0')}${full.slice(4)}`);

  await input.focus();
  await type(steps(`${year}-04-30`));
  await expect(input).toHaveValue(`${year}-04-30`);
  await expect(page).toHaveURL(new RegExp(`asOf=${last}`));
  await input.blur();
  await expect(page).toHaveURL(new RegExp(`asOf=${year}-04-30`));
  expect(await historyLength()).toBe(before + 1);

  // Stopped at 0202: refused with the reason, nothing applied, no history entry.
  await input.focus();
  await type(steps(`${year}-05-01`).slice(0, 3));
  await input.press('Enter');
  await expect(page.locator('.as-of [role="alert"]')).toContainText(`${year} 年或之后`);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`asOf=${year}-04-30`));
  expect(await historyLength()).toBe(before + 1);

  // A pick in the calendar (a change without a key) is applied at once.
  await input.fill(last);
  await expect(page).toHaveURL(new RegExp(`asOf=${last}`));
  expect(await historyLength()).toBe(before + 2);
  await expect(page.locator('.as-of [role="alert"]')).toHaveCount(0);
});
