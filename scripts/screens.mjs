// The loop the screenshot scripts share: the production build (`npx vite build` first) served
// on a free port, the system's Chromium, and one fresh page per language and device of
// `viewports` (a phone at twice the scale), each closed after its shots.
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { newViewContext, viewports } from './views.mjs';

/**
 * Calls `shoot({ page, lang, device, viewport, url })` for zh and en at each device in turn;
 * `url(path)` is the address of `path` on the server. Exits with a message when no Chromium is
 * found.
 */
export async function forEachScreen(shoot) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: set CHROME_PATH or install chromium.');
    process.exit(1);
  }
  const server = await startServer({ port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  const url = (path) => new URL(path, server.url).href;
  try {
    for (const lang of ['zh', 'en']) {
      for (const [device, viewport] of Object.entries(viewports)) {
        const context = await newViewContext(browser, {
          lang,
          device,
          viewport,
          deviceScaleFactor: device === 'phone' ? 2 : 1,
        });
        try {
          await shoot({ page: await context.newPage(), lang, device, viewport, url });
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
