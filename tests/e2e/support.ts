import { expect, test as base, type Page } from '@playwright/test';

/**
 * A page that records console errors and uncaught exceptions; every test fails on either.
 * Tests that provoke errors on purpose list the messages they expect in `allowedErrors`.
 */
export const test = base.extend<{ allowedErrors: RegExp[]; problems: string[] }>({
  allowedErrors: [[], { option: true }],
  problems: async ({ page, allowedErrors }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowedErrors.some((pattern) => pattern.test(text)))
        problems.push(`console.error: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(problems);
    expect(problems, 'console errors or uncaught exceptions').toEqual([]);
  },
});

export { expect };

/** Waits until the app has rendered a view (its main heading) after any loading state. */
export async function waitForView(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main [role="status"].loading')).toHaveCount(0);
}
