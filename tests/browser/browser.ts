import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; browsers are never downloaded on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why browser tests cannot run here, or null when they can. Checked at module load so a suite is
 * reported as skipped (with this reason printed), never silently passed.
 */
export const browserSkipReason: string | null = fs.existsSync(CHROMIUM_PATH)
  ? null
  : `Chromium not found at ${CHROMIUM_PATH} (install it with \`apt-get install chromium\`, or set CHROMIUM_PATH)`;

/** `describe`, or `describe.skip` with a printed reason when there is no browser. */
export function describeInBrowser(name: string, fn: () => void): void {
  if (browserSkipReason) {
    console.warn(`[browser] SKIPPED "${name}": ${browserSkipReason}`);
    describe.skip(name, fn);
  } else {
    describe(name, fn);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Headless and quiet: no sandbox (containers), no GPU, and nothing that calls home.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
