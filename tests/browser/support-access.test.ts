import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server';
import { describeInBrowser, launchChromium, openPage, signInOnPage } from './browser';

const shot = (name: string) => path.join(os.tmpdir(), `support-access-${name}.png`);

describeInBrowser('Security › Support access', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    problems = [];
    context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1366, height: 900 } });
    page = await openPage(context, problems);
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  it('agrees for 7 days (until the end of that day in the company zone), then withdraws', async () => {
    await signInOnPage(page, server.fixtures.admin);
    await page.goto('/security/support-access');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Support access' }));
    await expectVisible(page.getByText('Not agreed: every request from support staff is refused.'));
    await expectVisible(page.getByText('Support staff have sent no requests.'));

    await page.getByRole('radio', { name: 'Agree', exact: true }).check();
    await page.getByRole('button', { name: '7 days', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const state = page.locator('[data-agreed="true"]');
    await expectVisible(state);
    // Seoul: the seventh day from today ends at 23:59:59 +09:00.
    expect(await state.innerText()).toMatch(/^Agreed until \d{4}-\d{2}-\d{2} 23:59:59 \(by Alex Admin, /);
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('agreed'), fullPage: true });

    await page.getByRole('radio', { name: 'Do not agree', exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectVisible(page.locator('[data-agreed="false"]'));

    // Both saves are in the audit log, reached from the drawer (last entry, AUDIT_LOG_READ).
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('navigation', { name: 'Security' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL('**/security/audit-log');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Audit log' }));
    const granted = page.locator('tbody tr[data-event-id]').filter({ hasText: 'Support access granted' });
    await expectVisible(granted);
    await expectVisible(page.locator('tbody tr[data-event-id]').filter({ hasText: 'Support access withdrawn' }));
    await granted.getByRole('button', { name: 'Show details' }).click();
    await expectVisible(page.locator('pre').first());
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('audit-log'), fullPage: true });
  });
});

async function expectVisible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
}
