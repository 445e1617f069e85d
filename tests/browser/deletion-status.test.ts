import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { streamOf } from '@warden/api/src/core/files/storage/file-storage';
import { ApprovalDocument } from '@warden/api/src/features/approval-documents/approval-document.entity';
import { buildEmployee } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { describeInBrowser, launchChromium, openPage, refuseRequestsOutside, signInOnPage } from './browser';

const shot = (name: string) => path.join(os.tmpdir(), `deletion-status-${name}.png`);
const DAY = 86_400_000;

describeInBrowser('Security › Approval document / Pledge deletion status', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let fileOnDisk: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const { dataSource, services, config } = server.warden;
    const companyId = server.fixtures.company.id;
    const drafter = await buildEmployee(dataSource, companyId, { name: '김민준' });
    const deleter = await buildEmployee(dataSource, companyId, { name: 'Dana Kwon' });
    const other = await buildEmployee(dataSource, companyId, { name: '佐藤 花子' });
    const now = Date.now();
    const file = await services.storedFiles.upload(companyId, { originalName: '견적서.pdf', contentType: 'application/pdf' }, streamOf('%PDF-1.4'), { maxBytes: 1_000 });
    fileOnDisk = path.join(config.filesDir, companyId, file.id);
    const documents = [
      { number: 'FIN-2026-000123', title: '3분기 마케팅 예산 집행 품의', deletedDaysAgo: 3, by: deleter, attachments: [{ fileId: file.id }] },
      { number: 'GEN-2026-000200', title: '出張申請：大阪支社', deletedDaysAgo: 1, by: other, attachments: [] },
      { number: 'HR-2026-000301', title: '<img src=x onerror=alert(1)> Leave request', deletedDaysAgo: 5, by: deleter, attachments: [] },
    ];
    for (const document of documents) {
      const createdAt = new Date(now - 30 * DAY);
      await services.approvalDocuments.register(companyId, {
        documentNumber: document.number,
        title: document.title,
        formName: '지출결의서',
        drafterEmployeeId: drafter.id,
        createdAt,
        status: 'COMPLETED',
        body: '<p>본문</p>',
        approvalLine: [{ approverEmployeeId: other.id, decision: 'APPROVED', decidedAt: new Date(createdAt.getTime() + 3_600_000) }],
        attachments: document.attachments,
      });
      await services.approvalDocuments.softDelete(companyId, document.number, document.by.id, new Date(now - document.deletedDaysAgo * DAY));
    }
    await services.pledges.register(companyId, {
      pledgeNumber: 'PLG-2026-0001',
      name: '정보보안 서약서',
      signerEmployeeId: drafter.id,
      signedAt: new Date(now - 40 * DAY),
      content: '<p>서약</p>',
    });
    await services.pledges.softDelete(companyId, 'PLG-2026-0001', deleter.id, new Date(now - 2 * DAY));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    problems = [];
    context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await refuseRequestsOutside(context, server.url, problems);
    page = await openPage(context, problems);
    page.on('dialog', (dialog) => {
      problems.push(`unexpected browser dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  async function signIn() {
    await signInOnPage(page, server.fixtures.admin);
  }

  const rows = () => page.locator('tbody tr[data-row-id]');
  async function expectRowCount(count: number) {
    await waitUntil(async () => (await rows().count()) === count);
  }

  it('opens from the Security menu, lists deleted documents newest deletion first, and searches', async () => {
    await signIn();
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('navigation', { name: 'Security' }).getByRole('link', { name: 'Approval document deletion status' }).click();
    await page.waitForURL('**/security/approval-document-deletion-status');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Approval document deletion status' }));
    await expectRowCount(3);
    expect(await rows().locator('td:nth-child(2)').allInnerTexts()).toEqual(['GEN-2026-000200', 'FIN-2026-000123', 'HR-2026-000301']);
    // Untrusted titles are text: the markup shows as typed and runs nothing.
    await expectVisible(page.getByText('<img src=x onerror=alert(1)> Leave request'));
    await expectVisible(page.getByRole('status').filter({ hasText: '3 entries' }));

    await page.getByLabel('Document number').fill('fin-2026');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expectRowCount(1);
    await expectVisible(rows().first().getByText('견적서.pdf'));
    // The search is in the URL: a reload shows the same list.
    expect(new URL(page.url()).searchParams.get('q')).toBe('fin-2026');
    await page.reload();
    await expectRowCount(1);
    expect(await page.getByLabel('Document number').inputValue()).toBe('fin-2026');

    await page.getByRole('button', { name: 'Reset' }).click();
    await expectRowCount(3);
    await page.getByLabel('Deleted by').fill('佐藤');
    await page.getByLabel('Deleted by').press('Enter');
    await expectRowCount(1);
    expect(await rows().first().innerText()).toContain('GEN-2026-000200');
    await page.screenshot({ path: shot('search'), fullPage: true });
  });

  it('downloads the current search as doc_list.xlsx', async () => {
    await signIn();
    await page.goto('/security/approval-document-deletion-status');
    await expectRowCount(3);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('doc_list.xlsx');
    const workbook = XLSX.read(await fs.readFile((await download.path())!), { type: 'buffer' });
    const sheetRows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1 });
    expect(sheetRows.slice(1).map((row) => row[0])).toEqual(['GEN-2026-000200', 'FIN-2026-000123', 'HR-2026-000301']);
  });

  it('deletes the selected documents permanently after a confirmation that says it cannot be undone', async () => {
    await signIn();
    await page.goto('/security/approval-document-deletion-status');
    await expectRowCount(3);
    const deleteButton = page.getByRole('button', { name: 'Delete permanently' });
    expect(await deleteButton.isDisabled()).toBe(true);

    await page.getByRole('checkbox', { name: 'Select FIN-2026-000123' }).check();
    await deleteButton.click();
    const dialog = page.getByRole('dialog', { name: 'Delete permanently' });
    await expectVisible(dialog.getByText('This cannot be undone.', { exact: false }));
    // Cancel keeps everything.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectRowCount(3);

    await deleteButton.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete permanently' }).click();
    await expectVisible(page.getByText('1 entry deleted permanently.'));
    await expectRowCount(2);
    expect(await rows().locator('td:nth-child(2)').allInnerTexts()).toEqual(['GEN-2026-000200', 'HR-2026-000301']);
    expect(await server.warden.dataSource.getRepository(ApprovalDocument).countBy({ documentNumber: 'FIN-2026-000123' })).toBe(0);
    await expect(fs.access(fileOnDisk)).rejects.toThrow();
    await page.screenshot({ path: shot('deleted'), fullPage: true });

    // Select all and delete the rest: the list is empty and the menu entry goes away (R50).
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await deleteButton.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete permanently' }).click();
    await expectVisible(page.getByText('Nothing deleted matches this search.'));
    await page.getByRole('button', { name: 'Open menu' }).click();
    const navigation = page.getByRole('navigation', { name: 'Security' });
    await expectVisible(navigation.getByRole('link', { name: 'Login status' }));
    await waitUntil(async () => (await navigation.getByRole('link', { name: 'Approval document deletion status' }).count()) === 0);
    expect(await navigation.getByRole('link', { name: 'Pledge deletion status' }).count()).toBe(1);
  });

  it('lists deleted pledges with a PDF per row', async () => {
    await signIn();
    await page.goto('/security/pledge-deletion-status');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Pledge deletion status' }));
    await expectRowCount(1);
    expect(await rows().first().innerText()).toContain('정보보안 서약서');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PLG-2026-0001 as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await fs.readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
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
