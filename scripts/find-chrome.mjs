// Finds a Chrome or Chromium for the browser tests and benchmarks: CHROME_PATH, then
// Debian's chromium, then the usual Chrome installs. Prints nothing; callers decide.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_CHROME_MESSAGE =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium) or set CHROME_PATH.';

/** Flags that let Chromium run headless as root on a closed network (TOOLCHAIN.md). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Test pages run side by side in one browser; a page in the background must still get
  // animation frames and timers, or fixtures that wait for a frame stall.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
