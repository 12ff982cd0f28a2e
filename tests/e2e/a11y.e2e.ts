import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { drawAllCharts } from './support';
import { dataset } from './dashboard-data';

/**
 * axe on every route, in both languages, at desktop width and on a 360-px phone: no serious or
 * critical violation. Minor and moderate ones are printed so they are seen, not hidden.
 * Each check uses its own browser context (fresh storage, its own viewport and language).
 */

const first = <T extends { id: string }>(rows: readonly T[]) => rows[0]?.id ?? 'missing';
const district = dataset.districts.find((d) => dataset.projects.some((p) => p.districtId === d.id));

const routes: [string, string][] = [
  ['overview', '/'],
  ['projects', '/projects'],
  ['projects, filtered', `/projects?district=${district?.id ?? ''}&sort=-deadline`],
  ['project', `/projects/${first(dataset.projects)}`],
  ['targets', '/targets'],
  ['targets, as of a page', `/targets?asOf=${dataset.sources[0]?.publishedOn ?? ''}&state=overdue`],
  ['target', `/targets/${first(dataset.targets)}`],
  ['figures', '/figures?district=410102'],
  ['figure', `/figures/${first(dataset.figures)}`],
  ['districts', '/districts'],
  ['district', `/districts/${district?.id ?? first(dataset.districts)}`],
  ['sources', '/sources'],
  ['source', `/sources/${first(dataset.sources)}`],
  ['empty result', '/projects?q=no-such-words-anywhere'],
  ['not found', '/no-such-page'],
];

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 780 },
} as const;

for (const lang of ['zh', 'en'] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    test.describe(`axe, ${lang}, ${device}`, () => {
      for (const [name, path] of routes) {
        test(`${name} (${path})`, async ({ browser }) => {
          const context = await browser.newContext({
            viewport,
            locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
            isMobile: device === 'phone',
            hasTouch: device === 'phone',
          });
          await context.addInitScript((l) => localStorage.setItem('zz-tracker.lang', l), lang);
          const page = await context.newPage();
          try {
            await page.goto(path);
            await expect(page.locator('main h1').first()).toBeVisible();
            await expect(page.locator('main [role="status"].loading')).toHaveCount(0);
            await drawAllCharts(page);
            const results = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
              .analyze();
            const serious = results.violations.filter(
              (v) => v.impact === 'serious' || v.impact === 'critical',
            );
            for (const v of results.violations.filter((x) => !serious.includes(x)))
              console.log(
                `[axe ${lang} ${device} ${path}] ${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`,
              );
            expect(
              serious.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
              })),
            ).toEqual([]);
          } finally {
            await context.close();
          }
        });
      }
    });
  }
}
