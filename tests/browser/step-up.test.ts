import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Service } from '@warden/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { protect } from '../support/step-up';
import { startTestServer, type TestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';
import { describeInBrowser, launchChromium, openPage, refuseRequestsOutside, signInOnPage } from './browser';

const shot = (name: string) => path.join(os.tmpdir(), `step-up-${name}.png`);

describeInBrowser('Security › Two-factor authentication and the Additional authentication page', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Jobs on: the code is e-mailed through the mail queue, which writes the outbox (no SMTP_URL).
    [server, browser] = await Promise.all([startTestServer({ env: { JOBS: 'on' } }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    problems = [];
    context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1366, height: 900 } });
    await refuseRequestsOutside(context, server.url, problems);
    page = await openPage(context, problems);
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  async function signIn() {
    await signInOnPage(page, server.fixtures.admin);
  }

  const outboxDir = () => path.join(server.warden.config.dataDir, 'outbox');
  const emlFiles = () => (fs.existsSync(outboxDir()) ? fs.readdirSync(outboxDir()).filter((file) => file.endsWith('.eml')) : []);

  /** Sends a code by e-mail from the page and reads it from the newest .eml written after the click. */
  async function sendCodeByEmail(): Promise<string> {
    const before = new Set(emlFiles());
    await page.getByRole('radio', { name: /E-mail/ }).check();
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'A 6-digit code was sent to' }));
    const file = await waitFor(
      'the step-up e-mail in the outbox',
      async () => emlFiles().filter((name) => !before.has(name)).sort().at(-1),
      30_000,
    );
    return codeInEml(fs.readFileSync(path.join(outboxDir(), file), 'utf8'));
  }

  it('turns a service on, saves, and shows that it saved', async () => {
    await signIn();
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('navigation', { name: 'Security' }).getByRole('link', { name: 'Two-factor authentication' }).click();
    await page.waitForURL('**/security/two-factor-authentication');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Two-factor authentication' }));

    const save = page.getByRole('button', { name: 'Save', exact: true });
    const approval = page.getByRole('switch', { name: 'Require additional authentication for Approval' });
    await expectVisible(approval);
    expect(await save.isDisabled()).toBe(true);
    expect(await approval.isChecked()).toBe(false);

    await approval.check();
    expect(await save.isDisabled()).toBe(false);
    await expectVisible(page.getByText('Not saved'));
    await page.waitForTimeout(400); // let the switch and button transitions finish
    await page.screenshot({ path: shot('settings-changed'), fullPage: true });
    await save.click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Saved.' }));
    expect(await save.isDisabled()).toBe(true);
    expect(await server.warden.services.stepUp.protectedServices(server.fixtures.company.id)).toEqual([Service.APPROVAL]);

    // Saved for real: a reload shows the switch on.
    await page.reload();
    await expectVisible(approval);
    expect(await approval.isChecked()).toBe(true);
  });

  it('sends a protected menu to the Additional authentication page and back after the e-mailed code', async () => {
    await protect(server, server.fixtures.company.id, [Service.SECURITY]);
    await signIn();
    await page.goto('/security/login-status?result=success');

    await page.waitForURL('**/security/step-up?**');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/security/login-status?result=success');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Additional authentication' }));
    await expectVisible(page.getByText('valid for 30 minutes for all protected menus', { exact: false }));
    // Both destinations are offered, masked.
    await expectVisible(page.getByRole('radio', { name: /E-mail/ }));
    await expectVisible(page.getByRole('radio', { name: /Mobile number/ }));
    expect(await page.getByText(server.fixtures.admin.loginId).count()).toBe(0);

    const code = await sendCodeByEmail();
    const input = page.getByLabel('Verification code');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await input.getAttribute('inputmode')).toBe('numeric');

    // A wrong code is refused with one message for every reason.
    await input.fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expectVisible(page.locator('[data-error-code="INVALID_CREDENTIALS"]'));
    await page.waitForTimeout(400);
    await page.screenshot({ path: shot('wrong-code'), fullPage: true });

    await input.fill(code);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.waitForURL('**/security/login-status?result=success');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Login status' }));
    // The admin's own sign-in to Warden is a login record (R10).
    await expectVisible(page.locator('tbody tr[data-record-id]').first());

    // Verified for 30 minutes, for every protected menu: the Two-factor page opens without a new code.
    await page.goto('/security/two-factor-authentication');
    await expectVisible(page.getByRole('switch', { name: 'Require additional authentication for Security' }));
    expect(page.url()).toContain('/security/two-factor-authentication');
  });

  it('returns only to paths under /security', async () => {
    await signIn();
    await page.goto('/security/step-up?returnTo=//evil.example/security');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Additional authentication' }));
    await sendCodeByEmail().then(async (code) => {
      await page.getByLabel('Verification code').fill(code);
      await page.getByRole('button', { name: 'Verify', exact: true }).click();
    });
    await page.waitForURL((url) => url.pathname === '/security');
    expect(new URL(page.url()).origin).toBe(new URL(server.url).origin);
  });
});

/** The 6-digit code of a step-up e-mail: in the subject, or else in the (possibly encoded) body. */
function codeInEml(raw: string): string {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
  const decoded = unfolded.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : text.replace(/_/g, ' '),
  );
  const subject = /^Subject: (.*)$/im.exec(decoded)?.[1] ?? '';
  const inSubject = /\b(\d{6})\b/.exec(subject);
  if (inSubject) return inSubject[1];
  const body = decoded.split(/\r?\n\r?\n/).slice(1).join('\n').replace(/=\r?\n/g, '');
  const candidates = [body, ...(body.match(/[A-Za-z0-9+/=\r\n]{20,}/g) ?? []).map((chunk) => Buffer.from(chunk, 'base64').toString('utf8'))];
  for (const text of candidates) {
    const match = /(?:^|\D)(\d{6})(?:\D|$)/.exec(text);
    if (match) return match[1];
  }
  throw new Error(`no code in the e-mail:\n${raw}`);
}

async function expectVisible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
}
