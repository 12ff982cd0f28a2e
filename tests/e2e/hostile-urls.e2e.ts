import fc from 'fast-check';
import { expect, test } from './support';

/**
 * 200 random or garbled addresses — unknown routes, bad query values, very long parameters,
 * broken percent-encoding — each give a page with navigation: never blank, never an uncaught error.
 */

const segment = fc.oneof(
  fc.constantFrom(
    'projects',
    'targets',
    'districts',
    'sources',
    '',
    '..',
    '.',
    '%2e%2e',
    'index.html',
  ),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom(
    '%E0%A4%A',
    '%',
    '%zz',
    '%00',
    '%C0%AF',
    '%F0%9F%92%A9',
    '中原区',
    '410102',
    '<script>',
    'javascript:alert(1)',
  ),
);

const paramName = fc.constantFrom(
  'district',
  'category',
  'status',
  'q',
  'from',
  'to',
  'source',
  'sort',
  'asOf',
  'state',
  'lang',
  'data',
  'page',
  'x',
);
const paramValue = fc.oneof(
  fc.constantFrom(
    '410102',
    '410104',
    'zz',
    '',
    '2021-13-45',
    '2021-02-30',
    'notadate',
    '-name',
    'name',
    'deadline,desc',
    'en',
    'fr',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '../../etc/passwd',
    'NaN',
    'Infinity',
    '1e309',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 200, max: 6_000 }).map((n) => 'x'.repeat(n)),
);
const query = fc.array(fc.tuple(paramName, paramValue), { maxLength: 6 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) params.append(name, value);
  return params.toString();
});
const hash = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 10 }).map((s) => `#${encodeURIComponent(s)}`),
);

const addresses = fc.sample(
  fc
    .tuple(fc.array(segment, { minLength: 0, maxLength: 4 }), query, hash)
    .map(([segments, q, h]) => `/${segments.join('/')}${q ? `?${q}` : ''}${h}`),
  { numRuns: 200, seed: 424242 },
);

const BATCHES = 4;
test.describe('random and garbled addresses', () => {
  // A garbled ?data= can point at a missing file: the error screen is the right answer then.
  test.use({ allowedErrors: [/Failed to load resource/] });
  for (let b = 0; b < BATCHES; b++) {
    const batch = addresses.filter((_, i) => i % BATCHES === b);
    test(`batch ${b + 1}: ${batch.length} addresses each render a page with navigation`, async ({
      page,
      problems,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      for (const address of batch) {
        // Concatenate, don't resolve: '//x' must stay a path on this server, not another host.
        const response = await page.goto(`${baseURL}${address}`);
        expect(response?.status(), address).toBeLessThan(500);
        if (response?.status() === 200) {
          await expect(page.getByRole('navigation').first(), address).toBeVisible();
          await expect(page.locator('main h1, main [role="alert"]').first(), address).toBeVisible();
        } else {
          // A 4xx from the static server (e.g. a path that looks like a missing file) still has a body.
          expect((await page.locator('body').innerText()).trim().length, address).toBeGreaterThan(
            0,
          );
        }
        expect(problems, address).toEqual([]);
      }
    });
  }
});

test.describe('links built from the address stay on this app', () => {
  // The ?data= file does not exist: the error screen is the expected answer.
  test.use({ allowedErrors: [/Failed to load resource/] });
  for (const path of ['//evil.example/', '/\\evil.example/', '//evil.example/targets']) {
    test(`${path}?data=x.json: "back to the bundled dataset" leads to this origin`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(`${baseURL}${path}?data=x.json`);
      const back = page.getByRole('link', { name: '返回内置数据集' });
      await expect(back).toBeVisible();
      const href = (await back.getAttribute('href')) ?? '';
      const origin = new URL(baseURL ?? '').origin;
      expect(new URL(href, page.url()).origin, href).toBe(origin);
      expect(href).not.toMatch(/^[/\\]{2}/);
      await back.click();
      await expect(page).toHaveURL((url) => url.origin === origin && !url.search.includes('data='));
    });
  }

  test('credentials in ?data= are refused and not shown', async ({ page }) => {
    await page.goto(`/?data=${encodeURIComponent('http://user:secret@127.0.0.1:9/d.json')}`);
    const banner = page.locator('.dataset-banner');
    await expect(banner).toContainText('用户名或密码');
    await expect(banner).not.toContainText('secret');
    await expect(page.locator('main h1').first()).toBeVisible();
  });
});
