import { viewports, viewRoutes } from '../../scripts/views.mjs';
import { expect, testEveryView } from './support';
import { dataset } from './dashboard-data';

/**
 * Nothing clips: on every route, in both languages, at 390 and 1280 px, no chip, button,
 * badge, filter value or table header is narrower than its content (scrollWidth > clientWidth
 * is text cut off or spilling over its neighbour), and the page does not scroll sideways.
 */

/** What must never clip: chips and badges, buttons, closed filters, headers of tables. */
const WATCHED = [
  '.chip',
  '.state-badge',
  '.state-summary-item',
  'button',
  '.button',
  '.facet-value',
  'th',
  '.sort-button',
  '.headline-numbers dt',
  '.headline-numbers dd',
].join(', ');

testEveryView('overflow', viewRoutes(dataset), viewports, async (page) => {
  const clipped = await page.evaluate((selector) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      // Not rendered (folded, hidden): nothing to see, nothing clipped.
      if (element.getClientRects().length === 0) continue;
      if (element.closest('[hidden], .visually-hidden')) continue;
      // Visually hidden on purpose (a header kept for screen readers): 1 px by design.
      if (element.clientWidth <= 1 && element.clientHeight <= 1) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        const text = (element.textContent ?? '').trim().slice(0, 40);
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} “${text}” ${element.scrollWidth}>${element.clientWidth}`,
        );
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`page scrolls sideways: ${root.scrollWidth}>${root.clientWidth}`);
    return found;
  }, WATCHED);
  expect(clipped).toEqual([]);
});
