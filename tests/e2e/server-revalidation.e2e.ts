import type { CDPSession } from '@playwright/test';
import { expect, test, waitForView } from './support';

/**
 * The static server sends validators (a strong ETag from the content, Last-Modified), so
 * `Cache-Control: no-cache` revalidates: the second load of the dataset is a 304 with no body
 * instead of the whole file again (scripts/serve.mjs; the rules in scripts/serve.test.mjs).
 * No request interception here: Playwright turns the HTTP cache off while a route is set.
 */

type Exchange = { ifNoneMatch?: string; status?: number; etag?: string; bytes?: number };

const lowerCased = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).map(([name, v]) => [name.toLowerCase(), String(v)]));

/**
 * What went over the wire for `pathname`, from the browser's network log: the page's own
 * Response object says 200 either way (a revalidated answer is the cached copy). The log's
 * "extra info" events may come before or after the request's own, so each is kept by request
 * id and joined when read.
 */
function recordExchanges(cdp: CDPSession, pathname: string) {
  const ids = new Set<string>();
  const sent = new Map<string, Record<string, string>>();
  const answered = new Map<string, { status: number; headers: Record<string, string> }>();
  const bytes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (new URL(event.request.url).pathname === pathname) ids.add(event.requestId);
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (event) =>
    sent.set(event.requestId, lowerCased(event.headers)),
  );
  cdp.on('Network.responseReceivedExtraInfo', (event) =>
    answered.set(event.requestId, { status: event.statusCode, headers: lowerCased(event.headers) }),
  );
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  return {
    /** The exchanges whose request, answer and size are all known. */
    finished: (): Exchange[] =>
      [...ids].flatMap((id) => {
        const request = sent.get(id);
        const answer = answered.get(id);
        const size = bytes.get(id);
        if (!request || !answer || size === undefined) return [];
        return [
          {
            ifNoneMatch: request['if-none-match'],
            status: answer.status,
            etag: answer.headers.etag,
            bytes: size,
          },
        ];
      }),
    clear: () => ids.clear(),
  };
}

test('a second load of the dataset revalidates: 304, not the whole file again', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const { finished, clear } = recordExchanges(cdp, '/data/dataset.json');

  await page.goto('/targets');
  await waitForView(page);
  await expect.poll(() => finished().length).toBe(1);
  const [first] = finished();
  expect(first?.status).toBe(200);
  expect(first?.ifNoneMatch).toBeUndefined();
  expect(first?.etag).toMatch(/^"[A-Za-z0-9_-]+(-gzip)?"$/);
  expect(first?.bytes).toBeGreaterThan(50_000);

  clear();
  await page.reload();
  await waitForView(page);
  // The browser asked with the tag it holds; the server answered that its copy is current.
  await expect
    .poll(() => finished()[0])
    .toMatchObject({ status: 304, ifNoneMatch: first?.etag, etag: first?.etag });
  expect(finished()).toHaveLength(1);
  expect(finished()[0]?.bytes).toBeLessThan(2_000);
  // The page shows the dataset all the same (from the browser's cache).
  await expect(page.getByTestId('row-count')).toBeVisible();
});
