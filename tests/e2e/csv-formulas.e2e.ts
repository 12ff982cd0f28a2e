import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, waitForView } from './support';

/**
 * A dataset whose project names are spreadsheet formulas, single- and multi-line, served
 * through ?data=: the CSV the app exports writes each as text (a leading '), never as a formula.
 */

// Leading whitespace is trimmed by the dataset's schema before it reaches a cell; those cases
// are in src/lib/export.test.ts.
const PAYLOADS = [
  '=HYPERLINK("https://evil.example",\n"x")',
  '+SUM(1,2)\n第二行',
  '-2+3\n第二行',
  '@SUM(A1:A2)\nnext',
  "=cmd|' /C calc'!A0",
  // Full-width, as a Chinese input method types it.
  '＝HYPERLINK("https://evil.example","x")',
  '＋SUM(1,2)',
];

const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  projects: { id: string; nameZh: string; districtId: string }[];
};

test('exported CSV neutralises formulas, multi-line ones included', async ({ page }) => {
  const hostile = structuredClone(bundled);
  // Renamed, not removed: targets refer to projects by id.
  hostile.projects = hostile.projects.map((project, i) =>
    i < PAYLOADS.length ? { ...project, nameZh: PAYLOADS[i]! } : project,
  );
  await page.route('**/hostile/formulas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }),
  );
  await page.goto(`/projects?data=${encodeURIComponent('/hostile/formulas.json')}`);
  await waitForView(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV（Excel）' }).click(),
  ]);
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const cells = Papa.parse<string[]>(text, { newline: '\r\n' }).data.flat();
  for (const payload of PAYLOADS) {
    expect(cells, JSON.stringify(payload)).toContain(`'${payload}`);
  }
  // No cell anywhere in the file would start a formula.
  const formula = cells.filter((cell) => /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/.test(cell));
  expect(formula).toEqual([]);
});
