import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { downloadFrom, expect, openView, test } from './support';
import { dataset, parseExport, smallDistrict } from './dashboard-data';

/** The exported files hold exactly the rows shown, plus what made the selection. */

/**
 * The ids of the records in a table's rows, in order (read from each row's link, whose query
 * carries the view's as-of date on).
 */
const shownIds = (rows: Locator) =>
  rows.evaluateAll((elements) =>
    elements.map((row) =>
      decodeURIComponent(
        row.querySelector('a')?.getAttribute('href')?.split('?')[0]?.split('/').pop() ?? '',
      ),
    ),
  );

test('CSV export of the projects shown: same rows, same order, filters and sources written in', async ({
  page,
}) => {
  const district = smallDistrict();
  await openView(page, `/projects?district=${district.id}&sort=name`);
  const visible = await shownIds(page.getByRole('table').locator('tbody tr'));
  expect(visible).toHaveLength(district.projects);

  const download = await downloadFrom(
    page,
    page.getByRole('button', { name: '导出 CSV（Excel）' }),
  );
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  // Excel reads a clean table: the header is the first line (after the byte order mark).
  expect(text.slice(1).split('\r\n')[0]?.startsWith('编号,')).toBe(true);
  const { header, rows } = parseExport(text);
  expect(header[0]).toBe('编号');
  expect(rows.map((row) => row[0])).toEqual(visible);

  // The zip carries the same CSV and a README of where its rows came from.
  const zipped = await downloadFrom(page, page.getByRole('button', { name: /zip/i }));
  expect(zipped.suggestedFilename()).toMatch(/\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await zipped.path())!)));
  const csvName = Object.keys(files).find((name) => name.endsWith('.csv'))!;
  // Byte for byte the CSV downloaded on its own (byte order mark included).
  expect(Buffer.from(files[csvName]!).equals(await readFile((await download.path())!))).toBe(true);
  const readme = strFromU8(files['README.txt']!);
  expect(readme).toContain(district.nameZh);
  expect(readme).toContain(`district=${district.id}`);
  const cited = new Set(
    dataset.projects
      .filter((p) => p.districtId === district.id)
      .flatMap((p) => p.sourceRefs.map((r) => r.sourceId)),
  );
  for (const id of cited) expect(readme).toContain(id);
});

test('JSON export of the targets shown carries the as-of date, filters and source attribution', async ({
  page,
}) => {
  const district = smallDistrict();
  const asOf = dataset.sources[0]!.publishedOn;
  await openView(page, `/targets?district=${district.id}&asOf=${asOf}`);
  const visible = await shownIds(page.locator('#targets-table tbody tr'));
  const download = await downloadFrom(page, page.getByRole('button', { name: /导出 JSON/ }));
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
});
