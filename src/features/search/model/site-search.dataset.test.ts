// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/validate-dataset';
import { searchQuery } from '@/lib/search-text';
import { toSimplified } from '@/lib/simplified-chinese';
import { buildTracker } from '@/tracker/tracker';
import { searchIndex, siteSearch, type SiteSearchResults } from './site-search';

/**
 * The query table of issue 22 on the bundled dataset: what a reader types, and what must come
 * first. Expectations are read from the dataset (which pages are 管城's, which records say
 * 陇海路), so a grown dataset keeps the test meaningful.
 */
const parsed = validateDataset(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/dataset.json'), 'utf8')),
);
if (!parsed.ok)
  throw new Error(`the bundled dataset does not load: ${JSON.stringify(parsed.reason)}`);
const dataset = parsed.data;
const tracker = buildTracker(dataset, [], '2030-01-01');
const index = searchIndex(tracker);
const search = (q: string) => siteSearch(index, searchQuery(q, toSimplified));
const idsOf = (results: SiteSearchResults) =>
  Object.fromEntries(Object.entries(results).map(([kind, hits]) => [kind, hits.map((h) => h.id)]));

const GUANCHENG = '410104';
/** The pages about 管城 alone. */
const guanchengPages = dataset.sources
  .filter((s) => s.districtIds.length === 1 && s.districtIds[0] === GUANCHENG)
  .map((s) => s.id);
const nameHas = (kind: 'projects' | 'targets', id: string | undefined, words: string) => {
  const record =
    kind === 'projects'
      ? dataset.projects.find((p) => p.id === id)
      : dataset.targets.find((t) => t.id === id);
  return record ? JSON.stringify(record).includes(words) : false;
};

describe('the query table (issue 22)', () => {
  it('the dataset has the pages and records the table is about', () => {
    expect(guanchengPages.length).toBeGreaterThanOrEqual(2);
    expect(dataset.projects.some((p) => p.nameZh.includes('陇海路'))).toBe(true);
    expect(dataset.projects.some((p) => p.nameEn.includes('China–Europe Railway Express'))).toBe(
      true,
    );
  });

  it.each(['管城区', '管城', '管城回族区', '管城區', 'Guancheng'])(
    '%s → the district first, both 管城 pages first among the pages',
    (q) => {
      const results = search(q);
      expect(results.districts[0]?.id).toBe(GUANCHENG);
      expect(
        results.sources
          .slice(0, guanchengPages.length)
          .map((h) => h.id)
          .sort(),
      ).toEqual([...guanchengPages].sort());
      expect(results.projects.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['管城', '管城区'],
    ['管城回族区', '管城区'],
    ['管城區', '管城区'],
    ['China-Europe Railway Express', 'China–Europe Railway Express'],
    ['china‐europe railway express', 'China–Europe Railway Express'],
    ['ＣＨＩＮＡ－ＥＵＲＯＰＥ Railway Express', 'China–Europe Railway Express'],
    ['隴海路', '陇海路'],
    ['中歐班列', '中欧班列'],
    ['經開區', '经开区'],
    ['Longhai  Road', 'Longhai Road'],
  ])('%s finds the same as %s', (q, same) => {
    const results = idsOf(search(q));
    expect(results).toEqual(idsOf(search(same)));
    expect(Object.values(results).flat().length).toBeGreaterThan(0);
  });

  it('China-Europe Railway Express (hyphen) finds every project spelled with the en dash', () => {
    const spelled = dataset.projects
      .filter((p) => p.nameEn.includes('China–Europe Railway Express'))
      .map((p) => p.id);
    const found = search('China-Europe Railway Express').projects.map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining(spelled));
    expect(search('China-Europe Railway Express').sources.length).toBeGreaterThan(0);
  });

  it.each<[string, 'projects' | 'targets', string]>([
    ['Longhai Road', 'projects', '陇海路'],
    ['Longhai Road', 'targets', '陇海路'],
    ['longhai road', 'projects', '陇海路'],
    ['陇海路', 'projects', '陇海路'],
    ['隴海路', 'targets', '陇海路'],
    ['Smart Island', 'projects', '智慧岛'],
    ['智慧島', 'projects', '智慧岛'],
  ])('%s → the first of the %s says %s', (q, kind, words) => {
    expect(nameHas(kind, search(q)[kind][0]?.id, words)).toBe(true);
  });

  it.each([
    ['经开区', 'jingkai'],
    ['經開區', 'jingkai'],
    ['经开', 'jingkai'],
    ['Zhongyuan District', '410102'],
    ['中原', '410102'],
    ['郑东', 'zhengdong'],
  ])('%s → the district %s first', (q, id) => {
    expect(search(q).districts[0]?.id).toBe(id);
  });

  it('Longhai Road ranks the road itself before the roads that only mention it', () => {
    const projects = search('Longhai Road').projects;
    expect(projects[0]?.tier).not.toBe('text');
    const firstMention = projects.findIndex((h) => h.tier === 'text');
    const lastName = projects.map((h) => h.tier).lastIndexOf('prefix');
    expect(firstMention === -1 || firstMention > lastName).toBe(true);
  });
});
