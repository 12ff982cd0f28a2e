import { readFile } from 'node:fs/promises';
import { expect, test, waitForView } from './support';
import { dataset, parseExport, smallDistrict } from './dashboard-data';

/** The exported files hold exactly the rows shown, plus what made the selection. */

test('CSV export of the projects shown: same rows, same order, filters and sources written in', async ({
  page,
  problems,
}) => {
  const district = smallDistrict();
  await page.goto(`/projects?district=${district.id}&sort=name`);
  await waitForView(page);
  const visible = await page
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        decodeURIComponent(row.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? ''),
      ),
    );
  expect(visible).toHaveLength(district.projects);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出 CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  const { notes, header, rows } = parseExport(text);
  expect(header[0]).toBe('编号');
  expect(rows.map((row) => row[0])).toEqual(visible);
  expect(notes.join('\n')).toContain(district.nameZh);
  expect(notes.join('\n')).toContain(`district=${district.id}`);
  const cited = new Set(
    dataset.projects
      .filter((p) => p.districtId === district.id)
      .flatMap((p) => p.sourceRefs.map((r) => r.sourceId)),
  );
  for (const id of cited) expect(notes.join('\n')).toContain(id);
  expect(problems).toEqual([]);
});

test('JSON export of the targets shown carries the as-of date, filters and source attribution', async ({
  page,
  problems,
}) => {
  const district = smallDistrict();
  const asOf = dataset.sources[0]!.publishedOn;
  await page.goto(`/targets?district=${district.id}&asOf=${asOf}`);
  await waitForView(page);
  const visible = await page
    .locator('#targets-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        decodeURIComponent(row.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? ''),
      ),
    );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出 JSON/ }).click(),
  ]);
  const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    asOf: string;
    count: number;
    filters: { district: string[] };
    sources: { id: string }[];
    rows: { id: string; sourceRefs: { sourceId: string }[] }[];
  };
  expect(json.asOf).toBe(asOf);
  expect(json.filters.district).toEqual([district.id]);
  expect(json.rows.map((r) => r.id)).toEqual(visible);
  expect(json.count).toBe(visible.length);
  const cited = [
    ...new Set(json.rows.flatMap((r) => r.sourceRefs.map((ref) => ref.sourceId))),
  ].sort();
  expect(json.sources.map((s) => s.id).sort()).toEqual(cited);
  expect(problems).toEqual([]);
});
