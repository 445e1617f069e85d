import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LoginEnvironment, LoginFailureReason, LoginResult, labels } from '@warden/shared';
import type { LoginEventInput } from '@warden/api/src/features/login-records/login-event.input';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildEmployee } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { describeInBrowser, launchChromium, openPage, refuseRequestsOutside, signInOnPage } from './browser';

const shot = (name: string) => path.join(os.tmpdir(), `login-status-${name}.png`);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describeInBrowser('Security › Login status', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const { dataSource, services } = server.warden;
    const companyId = server.fixtures.company.id;
    const dana = await buildEmployee(dataSource, companyId, { name: 'Dana Kwon', loginId: 'dana.kwon@hanbit.test' });
    const evan = await buildEmployee(dataSource, companyId, { name: 'Evan Lee', loginId: 'evan.lee@hanbit.test' });
    const frank = await buildEmployee(dataSource, companyId, { name: 'Frank Moon', loginId: 'frank.moon@hanbit.test' });
    const now = Date.now();
    const event = (id: string, loginId: string, at: number, extra: Partial<LoginEventInput> = {}): LoginEventInput => ({
      sourceEventId: id,
      occurredAt: new Date(at),
      loginId,
      result: LoginResult.SUCCESS,
      failureReason: null,
      environment: LoginEnvironment.PC_WEB,
      ip: '203.0.113.10',
      country: 'KR',
      userAgent: CHROME,
      ...extra,
    });
    const burstStart = now - 40 * MINUTE;
    await services.loginRecords.ingest(companyId, [
      // Dana's usual logins on the previous days, from Korea…
      ...[3, 2, 1].map((days) => event(`dana-usual-${days}`, dana.loginId, now - days * DAY)),
      // …then six wrong passwords within ten minutes, and a success: flagged FAILURE_BURST.
      ...Array.from({ length: 6 }, (_, i) =>
        event(`dana-fail-${i}`, dana.loginId, burstStart + i * MINUTE, {
          result: LoginResult.FAILURE,
          failureReason: LoginFailureReason.WRONG_PASSWORD,
          ip: '198.51.100.23',
        }),
      ),
      event('dana-burst-success', dana.loginId, burstStart + 7 * MINUTE, { ip: '198.51.100.23' }),
      event('evan-1', evan.loginId, now - 2 * DAY, { environment: LoginEnvironment.IOS_APP, ip: '2001:db8::7' }),
      event('evan-2', evan.loginId, now - 5 * 60 * MINUTE, { environment: LoginEnvironment.ANDROID_APP, ip: '2001:db8::7' }),
      // More than one page (50) for one person, so "Load more" has something to load.
      ...Array.from({ length: 55 }, (_, i) => event(`frank-${i}`, frank.loginId, now - 6 * DAY + i * 60 * MINUTE, { ip: '10.1.2.3' })),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    problems = [];
    context = await browser.newContext({
      baseURL: server.url,
      locale: 'en-US',
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    await refuseRequestsOutside(context, server.url, problems);
    page = await openPage(context, problems);
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  async function signIn() {
    await signInOnPage(page, server.fixtures.admin);
  }

  const rows = () => page.locator('tbody tr[data-record-id]');
  const searchButton = () => page.getByRole('button', { name: 'Search', exact: true });

  /** Waits until the table shows exactly `count` rows (a search has been answered). */
  async function expectRowCount(count: number) {
    await waitUntil(async () => (await rows().count()) === count && (await page.locator('table[aria-busy="true"]').count()) === 0);
  }

  it('opens from the Security menu and lists the last 7 days, newest first, in the company time zone', async () => {
    await signIn();
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('navigation', { name: 'Security' }).getByRole('link', { name: 'Login status' }).click();
    await page.waitForURL('**/security/login-status');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Login status' }));

    await expectRowCount(50);
    // 3 + 6 + 1 (Dana) + 2 (Evan) + 55 (Frank), plus the admin's own sign-ins to Warden (R10).
    const total = Number((await page.getByRole('status').innerText()).match(/^(\d+) records$/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(67);
    const firstTime = await rows().first().locator('time').innerText();
    // Seoul has no daylight saving: every time shows +09:00.
    expect(firstTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(\+09:00\)$/);
    await expectVisible(page.getByText(`Showing 50 of ${total}`));
    await page.screenshot({ path: shot('list'), fullPage: true });
  });

  it('searches by employee name, keeps the search in the URL, and loads more', async () => {
    await signIn();
    await page.goto('/security/login-status');
    await expectRowCount(50);

    await page.getByLabel('Employee', { exact: true }).fill('dana');
    await searchButton().click();
    await expectVisible(page.getByRole('status').filter({ hasText: '10 records' }));
    await expectRowCount(10);
    expect(new URL(page.url()).searchParams.get('employee')).toBe('dana');
    for (const text of await rows().allInnerTexts()) expect(text).toContain('Dana Kwon');
    await expectVisible(rows().filter({ hasText: 'Wrong password' }).first());

    // The search is in the URL: a reload shows the same records.
    await page.reload();
    await expectRowCount(10);
    expect(await page.getByLabel('Employee', { exact: true }).inputValue()).toBe('dana');

    // Enter searches too, and the field keeps focus for the next correction.
    await page.getByLabel('Employee', { exact: true }).fill('Frank');
    await page.getByLabel('Employee', { exact: true }).press('Enter');
    await expectVisible(page.getByRole('status').filter({ hasText: '55 records' }));
    await expectRowCount(50);
    expect(await page.evaluate<string | undefined>('document.activeElement?.name')).toBe('employee');
    await page.getByRole('button', { name: 'Load more' }).click();
    await expectRowCount(55);
    await expectVisible(page.getByText('Showing 55 of 55'));
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // Loading more keeps the count of the search.
    await expectVisible(page.getByRole('status').filter({ hasText: '55 records' }));
  });

  it('filters suspicious logins and explains each flag', async () => {
    await signIn();
    await page.goto('/security/login-status');
    await expectRowCount(50);

    await page.getByRole('combobox', { name: 'Result' }).click();
    await page.getByRole('option', { name: 'Suspicious only' }).click();
    await searchButton().click();
    await expectVisible(page.getByRole('status').filter({ hasText: '1 record' }));
    await expectRowCount(1);
    expect(new URL(page.url()).searchParams.get('result')).toBe('suspicious');

    const flagged = rows().first();
    await expectVisible(flagged.getByText('Dana Kwon'));
    await expectVisible(flagged.getByText('Suspicious', { exact: true }));
    await flagged.getByRole('button', { name: 'Show details' }).click();
    await expectVisible(page.getByText(labels['suspiciousRule.FAILURE_BURST'].en, { exact: true }));
    await expectVisible(page.getByText('6 failed attempts in 10 min, then a success'));
    await expectVisible(page.getByRole('button', { name: 'Confirm safe' }));
    await page.screenshot({ path: shot('suspicious'), fullPage: true });
  });

  it('downloads the matching records as YYYYMMDD_LoginLog.xlsx', async () => {
    await signIn();
    await page.goto('/security/login-status?employee=dana');
    await expectRowCount(10);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: server.fixtures.company.timeZone }).format(new Date()).replaceAll('-', '');
    expect(download.suggestedFilename()).toMatch(/^\d{8}_LoginLog\.xlsx$/);
    expect(download.suggestedFilename()).toBe(`${today}_LoginLog.xlsx`);
    expect(await download.failure()).toBeNull();
    const file = await fs.readFile((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it("shows the API's refusal of a period that starts more than 3 months ago next to the period", async () => {
    await signIn();
    await page.goto('/security/login-status?from=2020-01-01');

    const from = page.getByLabel('From', { exact: true });
    await expectVisible(from);
    const helpId = await from.getAttribute('aria-describedby');
    expect(helpId).toBeTruthy();
    const help = page.locator(`[id="${helpId}"]`);
    await expectVisible(help.filter({ hasText: /^Records are kept for 3 months: choose \d{4}-\d{2}-\d{2} or later\.$/ }));
    await expectVisible(page.locator('[data-error-code="BAD_USER_INPUT"]'));
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    // The earliest day the API named is the first one the date input offers.
    const earliest = (await help.innerText()).match(/\d{4}-\d{2}-\d{2}/)![0];
    expect(await from.getAttribute('min')).toBe(earliest);
    await page.screenshot({ path: shot('period-error'), fullPage: true });

    // Reset goes back to the last 7 days.
    await page.getByRole('button', { name: 'Reset' }).click();
    await expectRowCount(50);
    expect(new URL(page.url()).search).toBe('');
  });

  it('records a verdict on a flagged login', async () => {
    await signIn();
    await page.goto('/security/login-status?result=suspicious');
    await expectRowCount(1);
    await rows().first().getByRole('button', { name: 'Show details' }).click();
    await page.getByRole('button', { name: 'Confirm safe' }).click();

    await expectVisible(page.getByText(`By ${server.fixtures.admin.name}`, { exact: false }));
    await expectVisible(rows().first().getByText('Confirmed safe'));
    expect(await page.getByRole('button', { name: 'Confirm safe' }).count()).toBe(0);
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn();
    await page.goto('/security/login-status');
    await expectRowCount(50);
    // Nothing scrolls sideways: a row keeps name, time and result; the rest moves into its details.
    // A string: the tests compile without the DOM library.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const lastCell = await rows().first().locator('td').last().boundingBox();
    expect(lastCell!.x + lastCell!.width).toBeLessThanOrEqual(390);
    await page.getByLabel('Employee', { exact: true }).fill('Evan');
    await searchButton().click();
    await expectRowCount(2);
    await rows().first().getByRole('button', { name: 'Show details' }).click();
    await expectVisible(page.getByText('Android app'));
    await expectVisible(page.getByText('2001:db8::7'));
    await page.screenshot({ path: shot('phone'), fullPage: true });
  });
});

async function expectVisible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
