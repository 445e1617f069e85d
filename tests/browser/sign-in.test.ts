import os from 'node:os';
import path from 'node:path';
import { Language, labels } from '@warden/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildAdmin, buildCompany } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { describeInBrowser, launchChromium, openPage, refuseRequestsOutside } from './browser';

const SCREENSHOT = path.join(os.tmpdir(), 'warden-shot.png');

describeInBrowser('signing in to the Security console', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Uncaught exceptions, CSP violations and requests that tried to leave the server's origin. */
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
    // An English browser, so the sign-in page (no company known yet) is in English too.
    context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1280, height: 800 } });
    // Warden must work offline: anything fetched from elsewhere (a CDN) is refused and reported.
    await refuseRequestsOutside(context, server.url, problems);
    page = await openPage(context, problems);
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  async function signIn(password: string, loginId = server.fixtures.admin.loginId) {
    await page.goto('/sign-in');
    await page.getByLabel('Login ID').fill(loginId);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('shows the wrong-credentials message for a wrong password, and stays on the sign-in page', async () => {
    await signIn(`${server.fixtures.admin.password}-wrong`);

    await expectVisible(page.getByRole('alert').filter({ hasText: labels['error.INVALID_CREDENTIALS'].en }));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('signs in, opens the Security menu at the top left and goes to Login status', async () => {
    await signIn(server.fixtures.admin.password);
    await page.waitForURL('**/security');
    await expectVisible(page.getByText(server.fixtures.company.name));
    await expectVisible(page.getByText(server.fixtures.admin.name));

    const menuButton = page.getByRole('button', { name: 'Open menu' });
    const box = await menuButton.boundingBox();
    expect(box).not.toBeNull();
    // Top left, as in the groupware's admin console.
    expect(box!.x).toBeLessThan(80);
    expect(box!.y).toBeLessThan(80);
    await menuButton.click();

    const securityMenu = page.getByRole('navigation', { name: 'Security' });
    await expectVisible(securityMenu);
    const loginStatus = securityMenu.getByRole('link', { name: 'Login status' });
    await expectVisible(loginStatus);
    // A trial click waits until the drawer has finished sliding in, so the screenshot shows it whole.
    await loginStatus.click({ trial: true });
    await page.screenshot({ path: SCREENSHOT });

    await loginStatus.click();
    await page.waitForURL('**/security/login-status');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Login status' }));
  });

  it('switches every label to Korean from the language menu', async () => {
    await signIn(server.fixtures.admin.password);
    await page.waitForURL('**/security');

    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: '한국어' }).click();

    await page.getByRole('button', { name: '메뉴 열기' }).click();
    const securityMenu = page.getByRole('navigation', { name: '보안' });
    await expectVisible(securityMenu.getByRole('link', { name: '로그인 현황' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  });

  it('tells the admin of a company without WORKS Approval why there are no menus, in the company language', async () => {
    const { dataSource } = server.warden;
    const company = await buildCompany(dataSource, { language: Language.ko, securityFeaturesEnabled: false });
    const admin = await buildAdmin(dataSource, company.id, { name: '김보안' });

    await signIn(admin.password, admin.loginId);
    await page.waitForURL('**/security');

    const reason = labels['security.unavailable.SECURITY_FEATURES_NOT_ENABLED'].ko;
    await expectVisible(page.getByRole('heading', { level: 1, name: labels['security.unavailable.title'].ko }));
    await expectVisible(page.getByRole('main').getByText(reason));
    await page.getByRole('button', { name: '메뉴 열기' }).click();
    const securityMenu = page.getByRole('navigation', { name: '보안' });
    await expectVisible(securityMenu.getByText(reason));
    expect(await securityMenu.getByRole('link').count()).toBe(0);
  });

  it('sends a visitor without a session from a Security page to the sign-in page', async () => {
    await page.goto('/security/export-data');

    await page.waitForURL('**/sign-in');
    await expectVisible(page.getByRole('button', { name: 'Sign in', exact: true }));
  });

  it('signs out back to the sign-in page, after which Security pages need a new sign-in', async () => {
    await signIn(server.fixtures.admin.password);
    await page.waitForURL('**/security');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/security');
    await page.waitForURL('**/sign-in');
  });

  it('serves GraphiQL from the server itself, and runs a query with the console session', async () => {
    await signIn(server.fixtures.admin.password);
    await page.waitForURL('**/security');

    await page.goto('/graphiql');
    // Monaco mounts only once its bundled workers and styles have loaded.
    await expectVisible(page.locator('.graphiql-query-editor .monaco-editor').first());
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expectVisible(page.locator('.graphiql-response').getByText(server.fixtures.company.name));
  });
});

/** Waits for the locator to become visible (playwright-core has no `expect`). */
async function expectVisible(locator: ReturnType<Page['locator']>) {
  // Generous: the whole jest run shares two cores with integration suites and server start-ups.
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
}
