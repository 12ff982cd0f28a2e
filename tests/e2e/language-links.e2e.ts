import { expect, test, waitForView } from './support';
import { districtsByProjects } from './dashboard-data';

/**
 * The language is in the link: in the English UI the address carries `lang=en`, links the app
 * builds carry it on, the link the copy button copies opens in English for someone whose
 * browser has never seen the dashboard, and switching language is a step back can undo.
 */

test('the English share link opens in English', async ({ browser, page }) => {
  const [district] = districtsByProjects();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/projects?district=${district!.id}`);
  await waitForView(page);
  await expect(page).not.toHaveURL(/[?&]lang=/);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page).toHaveURL(new RegExp(`district=${district!.id}`));

  // In-app links carry the language: a row's detail page and the navigation.
  await expect(page.locator('#projects-table tbody a').first()).toHaveAttribute(
    'href',
    /[?&]lang=en(&|$)/,
  );
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Targets' })).toHaveAttribute(
    'href',
    /[?&]lang=en(&|$)/,
  );

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('copy-link-status')).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/[?&]lang=en(&|$)/);
  expect(copied).toContain(`district=${district!.id}`);

  // Someone else opens it: a fresh browser, Chinese locale, nothing stored.
  const other = await browser.newContext({ locale: 'zh-CN' });
  try {
    const reader = await other.newPage();
    await reader.goto(copied);
    await expect(reader.locator('main h1').first()).toHaveText('Projects');
    await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
    await expect(reader.getByTestId('row-count')).toHaveText(/^\d+ of [\d,]+$/);
  } finally {
    await other.close();
  }

  // Back to Chinese: the parameter goes, the filters stay.
  await page.getByRole('button', { name: /中文|Chinese/ }).click();
  await expect(page).not.toHaveURL(/[?&]lang=/);
  await expect(page).toHaveURL(new RegExp(`district=${district!.id}`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // Each switch was a navigation: back returns to the English view, then to the Chinese one.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page.locator('main h1').first()).toHaveText('Projects');
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]lang=/);
  await expect(page.locator('main h1').first()).toHaveText('项目');
});

test('where the clipboard is refused, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/targets?lang=en');
  await waitForView(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel('copy this link yourself');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/\/targets\?lang=en$/);
});
