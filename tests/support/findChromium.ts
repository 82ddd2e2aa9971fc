/**
 * Finds a Chromium binary for the browser tests and benches: `CHROME_PATH`, else
 * `/usr/bin/chromium`, else the one Playwright downloaded (if any). Throws with install advice.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Candidate paths tried after `CHROME_PATH`, in order. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Absolute path of a Chromium executable; throws an Error saying how to get one when none exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist; point it at a Chromium/Chrome executable or unset it`);
  }
  for (const candidate of CHROMIUM_CANDIDATES) if (existsSync(candidate)) return candidate;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH=/path/to/chrome (any Chromium ≥ 120).',
  );
}
