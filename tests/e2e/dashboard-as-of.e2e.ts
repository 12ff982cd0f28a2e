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
