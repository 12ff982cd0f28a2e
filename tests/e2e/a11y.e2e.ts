import AxeBuilder from '@axe-core/playwright';
import { viewRoutes } from '../../scripts/views.mjs';
import { expect, testEveryView } from './support';
import { dataset } from './dashboard-data';

/**
 * axe on every route, in both languages, at desktop width and on a 360-px phone: no moderate,
 * serious or critical violation. Minor ones are printed so they are seen, not hidden.
 * Each check uses its own browser context (fresh storage, its own viewport and language).
 */

const district = dataset.districts.find((d) => dataset.projects.some((p) => p.districtId === d.id));

/** Every route, and views of its states: filtered, as of a date, with no result. */
const routes: [string, string][] = [
  ...viewRoutes(dataset),
  ['projects, filtered', `/projects?district=${district?.id ?? ''}&sort=-deadline`],
  ['targets, as of a page', `/targets?asOf=${dataset.sources[0]?.publishedOn ?? ''}&state=overdue`],
  ['figures, one district', '/figures?district=410102'],
  ['empty result', '/projects?q=no-such-words-anywhere'],
];

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 780 },
} as const;

testEveryView('axe', routes, viewports, async (page, { lang, device, path }) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const gated = results.violations.filter((v) => v.impact !== 'minor');
  for (const v of results.violations.filter((x) => !gated.includes(x)))
    console.log(
      `[axe ${lang} ${device} ${path}] ${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`,
    );
  expect(
    gated.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    })),
  ).toEqual([]);
});
