import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

/**
 * Browser tests against the production build, served the way `npm start` serves it.
 * Chromium is never downloaded: CHROME_PATH or the system's Chromium (scripts/chromium.mjs).
 */
const port = Number(process.env.E2E_PORT ?? 4179);
const executablePath = findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  // One folder per port, so engineers' parallel runs don't wipe each other's traces.
  outputDir: `./.output/results-${port}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } },
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        viewport: { width: 360, height: 780 },
      },
      grep: /@phone/,
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    cwd: '../..',
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
