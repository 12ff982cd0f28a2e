import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { DeadlineState } from '../../src/tracker/deadline-state';
import type { Dataset } from '../../src/data/schema';
import { buildTracker } from '../../src/tracker/tracker';

/**
 * Expected values for the dashboard's browser tests, computed from the dataset file the app
 * serves, never hard-coded: the file is curated by hand and grows.
 */
export const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;

export const countBy = <T>(rows: readonly T[], keep: (row: T) => boolean) =>
  rows.filter(keep).length;

/** Districts ranked by how many projects they have, the most first. */
export function districtsByProjects(): {
  id: string;
  nameZh: string;
  nameEn: string;
  projects: number;
}[] {
  return dataset.districts
    .map((d) => ({
      id: d.id,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      projects: countBy(dataset.projects, (p) => p.districtId === d.id),
    }))
    .filter((d) => d.projects > 0)
    .sort((a, b) => b.projects - a.projects);
}

/** A district with a few projects (at most a screenful, so every row is in the DOM). */
export function smallDistrict() {
  const ranked = districtsByProjects();
  const small = ranked.filter((d) => d.projects <= 30);
  const found = small[0] ?? ranked.at(-1);
  if (!found) throw new Error('the dataset has no district with projects');
  return found;
}

export const projectsIn = (ids: readonly string[]) =>
  countBy(dataset.projects, (p) => ids.includes(p.districtId));
export const targetsIn = (ids: readonly string[]) =>
  countBy(dataset.targets, (t) => ids.includes(t.districtId));

/** Deadline-state counts on a day, as the app derives them (the same tracker model). */
export function stateCounts(asOf: string): Record<DeadlineState, number> {
  return buildTracker(dataset, [], asOf).states;
}

/** Page dates, oldest first. */
export const pageDates = () => [...new Set(dataset.sources.map((s) => s.publishedOn))].sort();

/** A CSV export: a clean table, its header on the first line after the byte order mark. */
export function parseExport(text: string): { header: string[]; rows: string[][] } {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV has no byte order mark');
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}
