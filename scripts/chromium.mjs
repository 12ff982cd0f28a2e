// Where the browser tests, the benchmark and Lighthouse find Chromium.
// No browser is ever downloaded: CHROME_PATH, else the system's Chromium.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {string | undefined} */
export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

/** Flags for a headless Chromium on a machine with a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
