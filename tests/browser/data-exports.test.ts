import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Permission, labels, type LabelKey } from '@warden/shared';
import { StoredFile } from '@warden/api/src/features/stored-files/stored-file.entity';
import { StoredFilesService } from '@warden/api/src/features/stored-files/stored-files.service';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildApiToken } from '../support/factories';
import { graphql, signIn as apiSignIn } from '../support/graphql-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { describeInBrowser, launchChromium, openPage, refuseRequestsOutside, signInOnPage } from './browser';

const shot = (name: string) => path.join(os.tmpdir(), `data-exports-${name}.png`);
/** A build of a few small files takes well under this, even on a loaded machine. */
const BUILD_TIMEOUT_MS = 60_000;

/**
 * Security › Export data and Export history, against the real server with its job queue on (the
 * build runs in the server's Agenda worker): request → build → download → cancel → request again.
 * The tests run in order on one company: only one request may be active at a time (R42).
 */
describeInBrowser('Security › Export data', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ env: { JOBS: 'on' } }), launchChromium()]);
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
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await refuseRequestsOutside(context, server.url, problems);
    page = await openPage(context, problems);
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  async function signIn(admin: { loginId: string; password: string } = server.fixtures.admin) {
    // Before signing in the page follows the browser (en-US); after, the company's language.
    await signInOnPage(page, admin);
  }

  const tabs = () => page.getByRole('tablist', { name: 'Export data tabs' });
  const historyRow = (taskName: string) => page.locator('tbody tr[data-export-id]').filter({ hasText: taskName });

  it('requests selected items, follows the build to completion and downloads the zip', async () => {
    await signIn();
    await page.goto('/security/export-data');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Export data' }));
    await expectVisible(tabs().getByRole('tab', { name: 'Export data' }));

    // The catalog: every subscribed service, an item checkbox each, "Include attachments" where there are any.
    const hr = page.getByRole('region', { name: 'HR', exact: true });
    await expectVisible(hr);
    await page.screenshot({ path: shot('catalog'), fullPage: true });
    await expectVisible(page.getByRole('switch', { name: 'Include attachments: Accounting slips' }));
    expect(await page.getByRole('switch', { name: 'Include attachments: Employee list' }).count()).toBe(0);
    const exportSelected = page.getByRole('button', { name: 'Export selected items' });
    expect(await exportSelected.isDisabled()).toBe(true);
    await hr.getByRole('checkbox', { name: 'Select all of HR' }).check();
    expect(await hr.getByRole('checkbox', { name: 'Employee list' }).isChecked()).toBe(true);
    expect(await hr.getByRole('checkbox', { name: 'Profile photos' }).isChecked()).toBe(true);
    await exportSelected.click();

    const dialog = page.getByRole('dialog', { name: 'Export selected items' });
    await expectVisible(dialog);
    await expectVisible(dialog.getByText('Employee list', { exact: true }));
    // The task name is required; nothing is sent without it.
    await dialog.getByRole('button', { name: 'Request export' }).click();
    await expectVisible(dialog.getByText('Enter a task name.'));
    await dialog.getByRole('textbox', { name: /^Task name/ }).fill('x'.repeat(101));
    await expectVisible(dialog.getByText('101/100'));
    await dialog.getByRole('textbox', { name: /^Task name/ }).fill('HR backup');
    await expectVisible(dialog.getByText('9/100'));
    await dialog.getByRole('radio', { name: '500 MB' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('dialog'), fullPage: true });
    await dialog.getByRole('button', { name: 'Request export' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

    // The page moves to Export history; while the request is active the request tab is gone (R42).
    await expectVisible(page.getByText('Export requested. You will get an e-mail when it is ready.'));
    expect(await tabs().getByRole('tab', { name: 'Export data' }).count()).toBe(0);
    const row = historyRow('HR backup');
    await expectVisible(row);
    expect(await row.innerText()).toContain('Alex Admin');
    expect(await row.innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(\+09:00\)/);
    expect(await row.innerText()).toContain('Employee list');

    // Polled while pending, until the build is done (R45).
    await page
      .locator('tbody tr[data-export-id][data-status="REQUEST_COMPLETED"]')
      .filter({ hasText: 'HR backup' })
      .waitFor({ state: 'visible', timeout: BUILD_TIMEOUT_MS });
    await expectVisible(row.getByText('Request completed', { exact: true }));
    const download = row.getByRole('button', { name: /^Download .+\.zip$/ }).first();
    await expectVisible(download);
    await expectVisible(row.getByText('Not downloaded yet'));
    await page.screenshot({ path: shot('completed'), fullPage: true });

    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), download.click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${server.fixtures.company.id}_\\d{12}(_\\d{2})?\\.zip$`));
    expect(await file.failure()).toBeNull();
    const bytes = await fs.readFile((await file.path())!);
    // A whole zip: a local file header first, the end-of-central-directory record in its last 22+ bytes.
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    expect(bytes.subarray(-22).subarray(0, 4).toString('latin1')).toBe('PK\x05\x06');

    // Every download is recorded: the latest in the row, all of them behind "View all" (R49).
    await expectVisible(row.getByTestId('latest-download').filter({ hasText: 'Alex Admin' }));
    const [second] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), download.click()]);
    expect(await second.failure()).toBeNull();
    await row.getByRole('button', { name: 'View all (2)' }).click({ timeout: 20_000 });
    const downloads = page.getByRole('dialog', { name: 'Download history: HR backup' });
    await expectVisible(downloads);
    await expect(downloads.locator('tbody tr').count()).resolves.toBe(2);
    expect(await downloads.locator('tbody tr').first().innerText()).toContain(file.suggestedFilename());
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('downloads'), fullPage: true });
    await downloads.getByRole('button', { name: 'Close' }).click();

    // A reload opens on Export history while the export is active.
    await page.goto('/security/export-data');
    await expectVisible(historyRow('HR backup'));
    expect(await tabs().getByRole('tab', { name: 'Export data' }).count()).toBe(0);
  });

  it('cancels the active export, which brings the request tab back, then requests and cancels another', async () => {
    await signIn();
    await page.goto('/security/export-data');
    const first = historyRow('HR backup');
    await expectVisible(first);

    await first.getByRole('button', { name: 'Cancel export: HR backup' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel this export?' });
    await expectVisible(confirm);
    await confirm.getByRole('button', { name: 'Cancel export' }).click();
    await confirm.waitFor({ state: 'hidden', timeout: 20_000 });
    await expectVisible(first.getByText('Canceled', { exact: true }));
    // A canceled export offers no file and no cancel button; the request tab is back (R47).
    expect(await first.getByRole('button', { name: /^Download / }).count()).toBe(0);
    expect(await first.getByRole('button', { name: /^Cancel export/ }).count()).toBe(0);
    await expectVisible(tabs().getByRole('tab', { name: 'Export data' }));

    // A second request, for everything, over the period of one day.
    await tabs().getByRole('tab', { name: 'Export data' }).click();
    await page.getByRole('button', { name: 'Export all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all data' });
    await expectVisible(dialog);
    await dialog.getByRole('textbox', { name: /^Task name/ }).fill('Everything');
    await dialog.getByRole('radio', { name: 'Choose dates' }).check();
    await dialog.getByLabel('From', { exact: true }).fill('2026-01-10');
    await dialog.getByLabel('To', { exact: true }).fill('2026-01-01');
    await dialog.getByRole('button', { name: 'Request export' }).click();
    await expectVisible(dialog.getByText('The end day is before the start day.'));
    await dialog.getByLabel('To', { exact: true }).fill('2026-01-31');
    await dialog.getByRole('button', { name: 'Request export' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

    const second = historyRow('Everything');
    await expectVisible(second);
    // Usually still building here (every item, PDFs included): the progress shows while PENDING.
    await page.screenshot({ path: shot('second-requested'), fullPage: true });
    expect(await second.innerText()).toContain('2026-01-10 ~ 2026-01-31');
    await second.getByRole('button', { name: 'Cancel export: Everything' }).click();
    await page.getByRole('dialog', { name: 'Cancel this export?' }).getByRole('button', { name: 'Cancel export' }).click();
    await expectVisible(second.getByText('Canceled', { exact: true }));
    await expectVisible(tabs().getByRole('tab', { name: 'Export data' }));
    await page.screenshot({ path: shot('canceled'), fullPage: true });
  });

  it('says clearly when another request became active after the page was opened (EXPORT_ALREADY_ACTIVE)', async () => {
    await signIn();
    await page.goto('/security/export-data');
    await tabs().getByRole('tab', { name: 'Export data' }).click();
    await page.getByRole('button', { name: 'Export all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all data' });
    await dialog.getByRole('textbox', { name: /^Task name/ }).fill('Racing');

    // Meanwhile the same admin requests one from another session.
    const cookie = await apiSignIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const other = await graphql(
      server.url,
      'mutation($input: RequestDataExportInput!) { requestDataExport(input: $input) { id status } }',
      { input: { taskName: 'From another tab', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'GB_1' } },
      { cookie },
    );
    expect(other.errors).toBeUndefined();

    await dialog.getByRole('button', { name: 'Request export' }).click();
    await expectVisible(dialog.locator('[data-error-code="EXPORT_ALREADY_ACTIVE"]'));
    await expectVisible(dialog.getByText('An export request is already active.'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('already-active'), fullPage: true });
    await dialog.getByRole('button', { name: 'Open export history' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
    await expectVisible(historyRow('From another tab'));
    await tabs().getByRole('tab', { name: 'Export data' }).waitFor({ state: 'detached', timeout: 20_000 });
    expect(await historyRow('Racing').count()).toBe(0);
  });

  it('pages the history with Load more', async () => {
    // More requests than a page (20), each canceled at once so the next may be made (one active at a time).
    const cookie = await apiSignIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const active = await graphql<{ activeDataExport: { id: string } | null }>(server.url, '{ activeDataExport { id } }', {}, { cookie });
    const cancel = (id: string) => graphql(server.url, 'mutation($id: ID!) { cancelDataExport(id: $id) { status } }', { id }, { cookie });
    if (active.data?.activeDataExport) expect((await cancel(active.data.activeDataExport.id)).errors).toBeUndefined();
    for (let i = 1; i <= 20; i += 1) {
      const created = await graphql<{ requestDataExport: { id: string } }>(
        server.url,
        'mutation($input: RequestDataExportInput!) { requestDataExport(input: $input) { id } }',
        { input: { taskName: `Paged ${i}`, items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'GB_1' } },
        { cookie },
      );
      expect(created.errors).toBeUndefined();
      expect((await cancel(created.data!.requestDataExport.id)).errors).toBeUndefined();
    }

    await signIn();
    await page.goto('/security/export-data?tab=history');
    const rows = page.locator('tbody tr[data-export-id]');
    await expectVisible(historyRow('Paged 20'));
    expect(await rows.count()).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    // The 20 above, then "From another tab", "Everything" and "HR backup" from the tests before.
    await expectVisible(historyRow('HR backup'));
    expect(await rows.count()).toBe(23);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('shows a failed build (an attachment missing from storage) as Failed with its reason, in Japanese, with no file', async () => {
    // The other company: Japanese, Asia/Tokyo. A closed slip whose attachment file is then lost.
    const { otherCompany, otherAdmin } = server.fixtures;
    const ja = (key: LabelKey, params: Record<string, string> = {}) =>
      Object.entries(params).reduce<string>((text, [name, value]) => text.replaceAll(`{${name}}`, value), labels[key].ja);
    const token = await buildApiToken(server.warden.services, otherCompany.id, [Permission.SERVICE_DATA_WRITE]);
    const uploaded = await fetch(`${server.url}/integration/files?name=lost-scan.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(2_000, 7),
    });
    expect(uploaded.status).toBe(201);
    const { fileId } = (await uploaded.json()) as { fileId: string };
    const slip = await graphql(
      server.url,
      'mutation ($input: RegisterAccountingSlipInput!) { registerAccountingSlip(input: $input) { id } }',
      {
        input: {
          slipNumber: 'SLIP-LOST',
          slipDate: '2026-02-01',
          title: '紛失した証憑',
          amount: '1250000',
          currency: 'JPY',
          drafterEmployeeId: otherAdmin.employeeId,
          status: 'CLOSED',
          createdAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
          attachmentFileIds: [fileId],
        },
      },
      { token },
    );
    expect(slip.errors).toBeUndefined();
    await fs.rm(path.join(server.warden.config.filesDir, StoredFilesService.keyOf(otherCompany.id, fileId)));

    await signIn(otherAdmin);
    await page.goto('/security/export-data');
    await expectVisible(page.getByRole('heading', { level: 1, name: ja('menu.EXPORT_DATA') }));
    const accounting = page.getByRole('region', { name: ja('service.ACCOUNTING'), exact: true });
    await accounting.getByRole('checkbox', { name: ja('dataExport.item.ACCOUNTING_SLIPS'), exact: true }).check();
    await page.getByRole('button', { name: ja('exportData.exportSelected') }).click();
    const dialog = page.getByRole('dialog', { name: ja('exportData.dialog.titleSelected') });
    await dialog.getByRole('textbox', { name: new RegExp(`^${ja('exportData.taskName')}`) }).fill('会計バックアップ');
    await dialog.getByRole('button', { name: ja('exportData.submit') }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

    const failed = page.locator('tbody tr[data-export-id][data-status="FAILED"]').filter({ hasText: '会計バックアップ' });
    await failed.waitFor({ state: 'visible', timeout: BUILD_TIMEOUT_MS });
    await expectVisible(failed.getByText(ja('dataExport.status.FAILED'), { exact: true }));
    // The reason names the slip and the lost file in the company language (R63); no part is offered,
    // nothing can be canceled (R45).
    expect(await failed.innerText()).toContain(
      ja('dataExport.failure.MISSING_FILE', { item: ja('dataExport.item.ACCOUNTING_SLIPS'), document: 'SLIP-LOST', file: 'lost-scan.pdf' }),
    );
    expect(await failed.innerText()).toContain('(+09:00)');
    expect(await failed.getByRole('button').count()).toBe(0);
    // A failed request is not active: the request tab is back without reloading (R42).
    await expectVisible(page.getByRole('tablist', { name: ja('exportData.tabs') }).getByRole('tab', { name: ja('exportData.tab.request') }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('failed-ja'), fullPage: true });
  });

  it('refuses a split size a single attachment does not fit, naming the file and the size that fits, beside the field (R44)', async () => {
    const { otherCompany, otherAdmin } = server.fixtures;
    const ja = (key: LabelKey) => labels[key].ja;
    const token = await buildApiToken(server.warden.services, otherCompany.id, [Permission.SERVICE_DATA_WRITE]);
    const uploaded = await fetch(`${server.url}/integration/files?name=drone.mov`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'video/quicktime' },
      body: Buffer.from('x'),
    });
    const { fileId } = (await uploaded.json()) as { fileId: string };
    // 612 MB, sparse: the request is refused before anything reads it.
    await fs.truncate(path.join(server.warden.config.filesDir, StoredFilesService.keyOf(otherCompany.id, fileId)), 612_000_000);
    await server.warden.dataSource.getRepository(StoredFile).update({ id: fileId }, { size: 612_000_000 });
    const slip = await graphql(
      server.url,
      'mutation ($input: RegisterAccountingSlipInput!) { registerAccountingSlip(input: $input) { id } }',
      {
        input: {
          slipNumber: 'SLIP-VIDEO',
          slipDate: '2026-02-02',
          title: '現場動画',
          amount: '1',
          currency: 'JPY',
          drafterEmployeeId: otherAdmin.employeeId,
          status: 'CLOSED',
          createdAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
          attachmentFileIds: [fileId],
        },
      },
      { token },
    );
    expect(slip.errors).toBeUndefined();

    await signIn(otherAdmin);
    await page.goto('/security/export-data');
    const accounting = page.getByRole('region', { name: ja('service.ACCOUNTING'), exact: true });
    await accounting.getByRole('checkbox', { name: ja('dataExport.item.ACCOUNTING_SLIPS'), exact: true }).check();
    await page.getByRole('button', { name: ja('exportData.exportSelected') }).click();
    const dialog = page.getByRole('dialog', { name: ja('exportData.dialog.titleSelected') });
    await dialog.getByRole('textbox', { name: new RegExp(`^${ja('exportData.taskName')}`) }).fill('動画バックアップ');
    await dialog.getByRole('radio', { name: ja('dataExport.splitSize.MB_500') }).check();
    await dialog.getByRole('button', { name: ja('exportData.submit') }).click();
    // Beside the split size: the file, its size and the smallest split size that fits; nothing requested.
    const message = dialog.getByText(/「drone\.mov」/);
    await expectVisible(message);
    expect(await message.innerText()).toContain(ja('dataExport.splitSize.GB_1'));
    expect(await message.innerText()).toMatch(/612(\.0)? MB/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('split-size-too-small-ja'), fullPage: true });
    await dialog.getByRole('radio', { name: ja('dataExport.splitSize.GB_1') }).check();
    expect(await page.locator('tbody tr[data-export-id]').filter({ hasText: '動画バックアップ' }).count()).toBe(0);
  });
});

async function expectVisible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * With the job queue off the build never starts, so PENDING can be looked at for as long as needed;
 * a cancel from another session then shows up through the page's polling alone.
 */
describeInBrowser('Security › Export data while pending', () => {
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
    context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = await openPage(context, problems);
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  it('shows a pending request with its progress and follows a cancel made elsewhere by polling', async () => {
    await signInOnPage(page, server.fixtures.admin);
    await page.goto('/security/export-data');
    await expectVisible(page.getByRole('region', { name: 'HR', exact: true }));
    await page.getByRole('button', { name: 'Export all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all data' });
    await dialog.getByRole('textbox', { name: /^Task name/ }).fill('Queued');
    await dialog.getByRole('radio', { name: '4 GB' }).check();
    await dialog.getByRole('button', { name: 'Request export' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

    const row = page.locator('tbody tr[data-export-id][data-status="PENDING"]').filter({ hasText: 'Queued' });
    await expectVisible(row);
    await expectVisible(row.getByText('Pending', { exact: true }));
    await expectVisible(row.getByRole('progressbar', { name: 'Export progress' }));
    await expectVisible(row.getByText('Preparing the export…'));
    expect(await row.getByRole('button', { name: /^Download / }).count()).toBe(0);
    await expectVisible(row.getByRole('button', { name: 'Cancel export: Queued' }));
    expect(await row.innerText()).toMatch(/Can be canceled until \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(\+09:00\)/);
    expect(await page.getByRole('tablist', { name: 'Export data tabs' }).getByRole('tab', { name: 'Export data' }).count()).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('pending'), fullPage: true });

    // Canceled from another session: no click here, the 2-second poll brings it in.
    const cookie = await apiSignIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const id = await row.getAttribute('data-export-id');
    const canceled = await graphql(server.url, 'mutation($id: ID!) { cancelDataExport(id: $id) { status } }', { id }, { cookie });
    expect(canceled.errors).toBeUndefined();
    const after = page.locator(`tbody tr[data-export-id="${id}"][data-status="CANCELED"]`);
    await expectVisible(after);
    await expectVisible(after.getByText('Canceled', { exact: true }));
    await expectVisible(page.getByRole('tablist', { name: 'Export data tabs' }).getByRole('tab', { name: 'Export data' }));
  });
});
