import { expect, openView, test, waitForView } from './support';
import { dataset } from './dashboard-data';

/**
 * Evidence you can find (issue 12): a record's source link lands on its sentence on the source
 * page, highlighted; /figures filters through the URL; the header's search finds records by the
 * short district names the papers use and by English names.
 */

const target = dataset.targets.find((t) => t.sourceRefs[0]?.at !== undefined);
if (!target) throw new Error('the bundled dataset has no target whose quote is placed on its page');
const ref = target.sourceRefs[0]!;

test('a source link opens the source page at the highlighted sentence @phone', async ({ page }) => {
  await openView(page, `/targets/${encodeURIComponent(target.id)}`);
  await page.locator('.source-quotes').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/sources/${ref.sourceId}#q-${ref.at}$`));
  const sentence = page.locator(`#q-${ref.at}`);
  await expect(sentence).toBeVisible();
  await expect(sentence).toBeFocused();
  await expect(sentence).toContainText(ref.quote.replace(/\s+/g, '').slice(0, 10));
  await expect(sentence).toHaveAttribute('aria-current', 'location');
  // Highlighted: its background differs from an unmarked sentence's.
  const background = (locator: typeof sentence) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  const other = page.locator('.quoted-sentences > li:not([aria-current])').first();
  expect(await background(sentence)).not.toBe(await background(other));
  // The record is among those quoting the sentence.
  await expect(sentence.getByRole('link', { name: target.statementZh })).toBeVisible();
});

test('the figures list filters through the URL, and back undoes a filter', async ({ page }) => {
  const district = dataset.figures[0]!.districtId;
  const expected = dataset.figures.filter((f) => f.districtId === district).length;
  await openView(page, `/figures?district=${district}`);
  await expect(page.getByTestId('row-count')).toContainText(`显示 ${expected} 条`);
  await expect(page.locator('#figures-table tbody tr')).toHaveCount(expected);
  const unit = page.locator('details[data-facet="unit"]');
  await unit.locator('summary').click();
  await unit.getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/unit=/);
  await page.goBack();
  await expect(page).not.toHaveURL(/unit=/);
  await expect(page.locator('#figures-table tbody tr')).toHaveCount(expected);
});

test('the header search finds a district by the name the papers use, and records by English', async ({
  page,
}) => {
  await openView(page, '/');
  const search = page.getByRole('search', { name: '搜索全站' }).getByRole('searchbox');
  await search.fill('管城区');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await waitForView(page);
  await expect(
    page.locator('section[aria-labelledby="search-districts"]').getByRole('link', {
      name: '管城回族区',
    }),
  ).toBeVisible();
  await expect(page.locator('section[aria-labelledby="search-targets"]')).toBeVisible();

  const project = dataset.projects.find((p) => p.districtId === '410104')!;
  const words = project.nameEn.split(/\s+/).slice(0, 2).join(' ');
  await openView(page, `/search?q=${encodeURIComponent(words)}`);
  await expect(
    page
      .locator('section[aria-labelledby="search-projects"]')
      .getByRole('link', { name: project.nameZh }),
  ).toBeVisible();
});
