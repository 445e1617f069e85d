import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/**
 * Refuses every request that leaves the server and notes it in `problems`: Warden must work
 * offline (nothing from a CDN). `data:` and `blob:` URLs stay in the page.
 */
export async function refuseRequestsOutside(context: BrowserContext, serverUrl: string, problems: string[]): Promise<void> {
  const origin = new URL(serverUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request outside the server: ${url}`);
    return route.abort();
  });
}

/** A new page in `context` whose uncaught errors are noted in `problems`. */
export async function openPage(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return page;
}

/** Signs in on the sign-in page with a login ID and password, and waits for the Security home. */
export async function signInOnPage(page: Page, user: { loginId: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Login ID').fill(user.loginId);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/security');
}
