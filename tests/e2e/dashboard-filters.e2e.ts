import { expect, openFilters, openView, test } from './support';
import {
  dataset,
  districtsByProjects,
  projectsIn,
  smallDistrict,
  targetsIn,
} from './dashboard-data';

/** Filtering by district through the UI and through a pasted link, back and forward. */

const rowCount = (page: import('@playwright/test').Page) => page.getByTestId('row-count');
const shown = (n: number, total: number) => new RegExp(`显示 ${n} 条，共 ${total} 条`);

test('ticking a district filters the projects; back and forward step through it @phone', async ({
  page,
}) => {
  const district = smallDistrict();
  await openView(page, '/projects');
  const total = dataset.projects.length;
  await expect(rowCount(page)).toHaveText(shown(total, total));

  await openFilters(page);
  await page.locator('details[data-facet="district"] > summary').click();
  await page.getByRole('checkbox', { name: new RegExp(district.nameZh) }).check();
  await expect(rowCount(page)).toHaveText(shown(district.projects, total));
  await expect(page).toHaveURL(new RegExp(`[?&]district=${district.id}(&|$)`));
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(district.projects);

  await page.goBack();
  await expect(rowCount(page)).toHaveText(shown(total, total));
  await expect(page.getByRole('checkbox', { name: new RegExp(district.nameZh) })).not.toBeChecked();
  await page.goForward();
  await expect(rowCount(page)).toHaveText(shown(district.projects, total));
  await expect(page.getByRole('checkbox', { name: new RegExp(district.nameZh) })).toBeChecked();
});

test('a pasted link with two districts (comma list) restores the view', async ({ page }) => {
  const [a, b] = districtsByProjects().slice(-2);
  if (!a || !b) throw new Error('the bundled dataset needs two districts with projects');
  const ids = [a.id, b.id];
  await openView(page, `/projects?district=${ids.join(',')}`);
  await expect(rowCount(page)).toHaveText(shown(projectsIn(ids), dataset.projects.length));
  // The closed filter names both districts, not "2 selected".
  for (const d of [a, b])
    await expect(page.locator('details[data-facet="district"] > summary')).toContainText(d.nameZh);
  await page.locator('details[data-facet="district"] > summary').click();
  for (const d of [a!, b!])
    await expect(page.getByRole('checkbox', { name: new RegExp(d.nameZh) })).toBeChecked();

  await openView(page, `/targets?district=${ids[0]}&district=${ids[1]}`);
  await expect(rowCount(page)).toHaveText(shown(targetsIn(ids), dataset.targets.length));
});

test('an unknown district in a link is ignored, with a notice', async ({ page }) => {
  const district = smallDistrict();
  await openView(page, `/projects?district=no-such-district&district=${district.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'no-such-district' })).toBeVisible();
  await expect(rowCount(page)).toHaveText(shown(district.projects, dataset.projects.length));
});

test('the search box filters as one types, and back undoes the whole search', async ({ page }) => {
  const project = dataset.projects[0];
  if (!project) throw new Error('the bundled dataset has no project');
  await openView(page, '/projects');
  const term = project.nameZh.slice(0, 4);
  const expected = dataset.projects.filter((p) =>
    [
      p.id,
      p.nameZh,
      p.nameEn,
      p.descriptionZh,
      p.descriptionEn,
      p.locationZh,
      p.locationEn,
      ...p.sourceRefs.map((r) => r.quote),
      dataset.districts.find((d) => d.id === p.districtId)?.nameZh,
      dataset.districts.find((d) => d.id === p.districtId)?.nameEn,
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase()
      .includes(term.toLowerCase()),
  ).length;
  await page.getByRole('searchbox', { name: /搜索项目/ }).pressSequentially(term, { delay: 30 });
  await expect(rowCount(page)).toHaveText(shown(expected, dataset.projects.length));
  await expect(page).toHaveURL(/[?&]q=/);
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: /搜索项目/ })).toHaveValue('');
  await expect(rowCount(page)).toHaveText(shown(dataset.projects.length, dataset.projects.length));
});

test('a detail page reached from the table shows the record and its source sentence @phone', async ({
  page,
}) => {
  const district = smallDistrict();
  await openView(page, `/projects?district=${district.id}&sort=name`);
  const firstLink = page.getByRole('table').locator('tbody tr').first().getByRole('link');
  const name = (await firstLink.textContent()) ?? '';
  await firstLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const project = dataset.projects.find((p) => p.nameZh === name);
  expect(project, `a project named ${name}`).toBeTruthy();
  expect(page.url()).toContain(`/projects/${encodeURIComponent(project!.id)}`);
  const ref = project!.sourceRefs[0]!;
  await expect(page.locator('blockquote').first()).toHaveText(ref.quote);
  const sourceLink = page.locator('.quote-source a').first();
  await sourceLink.click();
  await expect(page).toHaveURL(new RegExp(`/sources/${ref.sourceId}(#q-\\d+)?$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(ref.quote).first()).toBeVisible();
});
