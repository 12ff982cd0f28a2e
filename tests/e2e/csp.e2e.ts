import { readFileSync } from 'node:fs';
import { expect, test } from './support';

test('index.html carries a Content-Security-Policy with script-src self and no unsafe-inline', () => {
  const html = readFileSync('index.html', 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const scriptSrc =
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toBe("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*(\*|data:|https?:)/);
});

test.describe('the policy holds in the browser', () => {
  test.use({ allowedErrors: [/Content Security Policy|Refused to execute/] });
  test('an injected inline script is refused', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1').first()).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return { ran: (window as unknown as { __inline?: number }).__inline === 1, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations.join(' ')).toMatch(/script-src/);
  });

  test('the built page has the policy and no inline script', async ({ page }) => {
    const response = await page.goto('/');
    const html = (await response?.text()) ?? '';
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });
});

test('the server sends the policy with frame-ancestors and X-Frame-Options', async ({
  request,
}) => {
  for (const path of ['/', '/targets', '/projects/does-not-exist']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    // The default build: datasets from this origin only (DATASET_ORIGINS adds hosts).
    expect(headers['content-security-policy'], path).toMatch(/connect-src 'self'(;|$)/);
    expect(headers['content-security-policy'], path).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test.describe('framing', () => {
  test.use({ allowedErrors: [/frame|ancestor|Refused to display/i] });
  test('another page cannot frame the app', async ({ page, baseURL }) => {
    let appRequested = false;
    page.on('response', (response) => {
      if (response.url() === `${baseURL}/`) appRequested = true;
    });
    await page.setContent(`<iframe src="${baseURL}/" width="800" height="600"></iframe>`);
    await expect.poll(() => appRequested).toBe(true);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // The browser refuses to render the response: the frame shows its error page, not the app.
    await expect.poll(() => frame?.url() ?? '').toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').locator('main h1')).toHaveCount(0);
  });
});
