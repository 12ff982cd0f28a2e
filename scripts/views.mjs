// The app's views as the screenshots (scripts/screenshots.mjs) and the browser tests that visit
// every route (tests/e2e/a11y.e2e.ts, layout-overflow.e2e.ts) see them: each route, with the
// bundled dataset's first record for the detail pages, and a browser context per language and
// device. Types: views.d.mts.

/** Every route of the app: its name (the screenshots' file name) and its path. */
export function viewRoutes(dataset) {
  const first = (rows) => rows[0]?.id ?? 'missing';
  const district = dataset.districts.find((d) =>
    dataset.projects.some((p) => p.districtId === d.id),
  );
  return [
    ['overview', '/'],
    ['projects', '/projects'],
    ['project-detail', `/projects/${first(dataset.projects)}`],
    ['targets', '/targets'],
    ['target-detail', `/targets/${first(dataset.targets)}`],
    ['figures', '/figures'],
    ['figure-detail', `/figures/${first(dataset.figures)}`],
    ['districts', '/districts'],
    ['district-detail', `/districts/${district?.id ?? first(dataset.districts)}`],
    ['sources', '/sources'],
    ['source-detail', `/sources/${first(dataset.sources)}`],
    // A batch's page, once the dataset has batches.
    ...(dataset.batches?.length ? [['batch-detail', `/batches/${first(dataset.batches)}`]] : []),
    // A district's short name: hits of every kind, marked, with pages found through the district.
    ['search', `/search?q=${encodeURIComponent('管城区')}`],
    ['not-found', '/no-such-page'],
  ];
}

/** A desktop window and a common phone's. */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

/**
 * A fresh browser context (its own storage) showing the app in `lang`, at `viewport`; a phone
 * (mobile, touch) where `device` is 'phone'.
 */
export async function newViewContext(browser, { lang, device, viewport, deviceScaleFactor = 1 }) {
  const phone = device === 'phone';
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor,
    isMobile: phone,
    hasTouch: phone,
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
  });
  await context.addInitScript((l) => localStorage.setItem('zz-tracker.lang', l), lang);
  return context;
}
