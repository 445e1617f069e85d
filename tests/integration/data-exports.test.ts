import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Permission } from '@warden/shared';
import * as XLSX from 'xlsx';
import { ManualClock } from '@warden/api/src/core/clock/clock';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { Company } from '@warden/api/src/features/companies/company.entity';
import { DataExport } from '@warden/api/src/features/data-exports/data-export.entity';
import { StoredFile } from '@warden/api/src/features/stored-files/stored-file.entity';
import { StoredFilesService } from '@warden/api/src/features/stored-files/stored-files.service';
import { buildAdmin, buildApiToken, buildCompany, buildEmployee } from '../support/factories';
import { type GraphQLResponse, errorCode, graphql, signIn } from '../support/graphql-client';
import { SmtpSink } from '../support/smtp-sink';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
/** Parts in these tests: small enough that a few attachments need several parts. */
const SPLIT_BYTES = 100_000;

const FIELDS = `id taskName requestedBy { id name } requestedAt periodFrom periodTo items { item includeAttachments } splitSize status failureReason failureCode
  progress { itemsDone itemsTotal bytesDone } parts { partNumber fileName bytes } completedAt expiresAt cancelableUntil canCancel
  downloads { employeeName fileName downloadedAt }`;
const REQUEST = `mutation ($input: RequestDataExportInput!) { requestDataExport(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelDataExport(id: $id) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { dataExport(id: $id) { ${FIELDS} } }`;
const ACTIVE = `{ activeDataExport { ${FIELDS} } }`;
const HISTORY = `query ($first: Int, $after: String) { dataExports(first: $first, after: $after) { edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const CATALOG = '{ exportCatalog { services { service items { item attachmentsAvailable } } } }';
const PART_LINK = 'mutation ($exportId: ID!, $partNumber: Int!) { requestDataExportPartDownload(exportId: $exportId, partNumber: $partNumber) { url expiresAt } }';

interface ExportView {
  id: string;
  taskName: string;
  requestedBy: { id: string | null; name: string };
  status: string;
  failureReason: string | null;
  failureCode: string | null;
  progress: { itemsDone: number; itemsTotal: number; bytesDone: number } | null;
  parts: Array<{ partNumber: number; fileName: string; bytes: number }>;
  completedAt: string | null;
  expiresAt: string | null;
  cancelableUntil: string;
  canCancel: boolean;
  downloads: Array<{ employeeName: string; fileName: string; downloadedAt: string }>;
  items: Array<{ item: string; includeAttachments: boolean }>;
  periodFrom: string | null;
  periodTo: string | null;
  splitSize: string;
}

interface Tenant {
  companyId: string;
  cookie: string;
  adminName: string;
  adminEmail: string;
  token: string;
  drafterId: string;
}

function must<T>(response: GraphQLResponse<T>): T {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

describe('data exports (R40–R49)', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let clock: ManualClock;
  let scratch: string;

  const gql = <T = Record<string, unknown>>(tenant: Tenant, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(server.url, query, variables, { cookie: tenant.cookie });
  const requestExport = (tenant: Tenant, input: Record<string, unknown>) => gql<{ requestDataExport: ExportView }>(tenant, REQUEST, { input });
  const getExport = async (tenant: Tenant, id: string) => must(await gql<{ dataExport: ExportView | null }>(tenant, ONE, { id })).dataExport;
  const settled = (tenant: Tenant, id: string) =>
    waitFor(
      'the export build',
      async () => {
        const view = await getExport(tenant, id);
        return view && view.status !== 'PENDING' ? view : null;
      },
      60_000,
    );

  /** A company of its own per test, with an admin (signed in), an integration token and a drafter. */
  async function newTenant(overrides: Parameters<typeof buildCompany>[1] = {}): Promise<Tenant> {
    const { dataSource } = server.warden;
    const company = await buildCompany(dataSource, { name: 'Export Test', ...overrides });
    const admin = await buildAdmin(dataSource, company.id, { name: 'Erin Exporter' });
    const drafter = await buildEmployee(dataSource, company.id, { name: 'Dana Drafter' });
    return {
      companyId: company.id,
      cookie: await signIn(server.url, admin.loginId, admin.password),
      adminName: 'Erin Exporter',
      adminEmail: admin.employee.email!,
      token: await buildApiToken(server.warden.services, company.id, [Permission.SERVICE_DATA_WRITE]),
      drafterId: drafter.id,
    };
  }

  async function upload(tenant: Tenant, name: string, content: Buffer): Promise<string> {
    const response = await fetch(`${server.url}/integration/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'application/octet-stream' },
      body: content,
    });
    const body = (await response.json()) as { fileId?: string };
    if (response.status !== 201 || !body.fileId) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
    return body.fileId;
  }

  async function registerSlip(tenant: Tenant, slip: { slipNumber: string; slipDate: string; status: 'CLOSED' | 'IN_PROGRESS'; attachments?: string[]; createdAt?: Date }) {
    return must(
      await graphql(
        server.url,
        'mutation ($input: RegisterAccountingSlipInput!) { registerAccountingSlip(input: $input) { id } }',
        {
          input: {
            slipNumber: slip.slipNumber,
            slipDate: slip.slipDate,
            title: `Slip ${slip.slipNumber}`,
            amount: '1250000',
            currency: 'KRW',
            drafterEmployeeId: tenant.drafterId,
            status: slip.status,
            createdAt: (slip.createdAt ?? new Date(clock.now().getTime() - DAY)).toISOString(),
            attachmentFileIds: slip.attachments ?? [],
          },
        },
        { token: tenant.token },
      ),
    );
  }

  async function downloadPart(tenant: Tenant, exportId: string, partNumber: number): Promise<{ response: Response; file: string }> {
    const link = must(await gql<{ requestDataExportPartDownload: { url: string } }>(tenant, PART_LINK, { exportId, partNumber })).requestDataExportPartDownload;
    const response = await fetch(`${server.url}${link.url}`, { headers: { cookie: tenant.cookie } });
    const file = path.join(scratch, `${exportId}-${partNumber}-${randomBytes(3).toString('hex')}.zip`);
    if (response.status === 200) fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return { response, file };
  }

  /** Opens a part with Info-ZIP and with Python's zipfile; returns its entry names. */
  function verifyZip(file: string): string[] {
    const unzip = spawnSync('unzip', ['-t', '-qq', file], { encoding: 'utf8' });
    expect({ status: unzip.status, stderr: unzip.stderr }).toEqual({ status: 0, stderr: '' });
    const script = [
      'import json, sys, zipfile',
      'with zipfile.ZipFile(sys.argv[1]) as z:',
      '    bad = z.testzip()',
      '    names = [i.filename for i in z.infolist()]',
      '    utf8 = all((i.flag_bits & 0x800) or i.filename.isascii() for i in z.infolist())',
      '    print(json.dumps({"bad": bad, "names": names, "utf8": utf8}))',
    ].join('\n');
    const result = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as { bad: string | null; names: string[]; utf8: boolean };
    expect(result.bad).toBeNull();
    expect(result.utf8).toBe(true);
    return result.names;
  }

  const auditCount = (companyId: string, action: string) => server.warden.dataSource.getRepository(AuditEvent).countBy({ companyId, action });
  const exportDir = (companyId: string, id: string) => server.warden.services.dataExports.exportDir(companyId, id);

  /**
   * Runs a test on a server of its own (own database) with the real split sizes, i.e. without the 100 KB
   * override the rest of this file uses; the helpers above follow `server`.
   */
  async function withRealSplitSizes(test: () => Promise<void>): Promise<void> {
    const main = server;
    server = await startTestServer({ clock, env: { JOBS: 'on', SESSION_TTL_HOURS: '720' } });
    try {
      await test();
    } finally {
      await server.close();
      server = main;
    }
  }

  beforeAll(async () => {
    sink = new SmtpSink(await SmtpSink.freePort());
    await sink.start();
    clock = new ManualClock(new Date());
    server = await startTestServer({
      clock,
      env: { JOBS: 'on', SMTP_URL: `smtp://127.0.0.1:${sink.port}`, SESSION_TTL_HOURS: '720', EXPORT_SPLIT_BYTES_OVERRIDE: String(SPLIT_BYTES) },
    });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-export-test-'));
  });
  afterAll(async () => {
    await server.close();
    await sink.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  describe('exportCatalog', () => {
    it('lists the subscribed services (never Security) and their exportable items', async () => {
      const tenant = await newTenant({ subscribedServices: ['SECURITY', 'ACCOUNTING', 'HR'] });
      const catalog = must(await gql<{ exportCatalog: { services: Array<{ service: string; items: Array<{ item: string; attachmentsAvailable: boolean }> }> } }>(tenant, CATALOG)).exportCatalog;
      expect(catalog.services.map((entry) => entry.service)).toEqual(['ACCOUNTING', 'HR']);
      expect(catalog.services[0].items).toEqual([
        { item: 'ACCOUNTING_SLIPS', attachmentsAvailable: true },
        { item: 'ACCOUNTING_VENDORS', attachmentsAvailable: true },
      ]);
      expect(catalog.services[1].items.map((entry) => entry.item)).toEqual(['HR_EMPLOYEE_LIST', 'HR_PROFILE_PHOTOS']);
    });
  });

  describe('requestDataExport', () => {
    it('refuses bad input naming the field, and creates nothing', async () => {
      const tenant = await newTenant({ subscribedServices: ['ACCOUNTING', 'HR'] });
      const good = { taskName: 'Backup', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'GB_1' };
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...good, taskName: '   ' }, 'taskName'],
        [{ ...good, taskName: 'x'.repeat(101) }, 'taskName'],
        [{ ...good, items: [] }, 'items'],
        [{ ...good, items: [good.items[0], good.items[0]] }, 'items[1].item'],
        [{ ...good, items: [{ item: 'APPROVAL_DOCUMENT_LIST', includeAttachments: false }] }, 'items[0].item'],
        [{ ...good, items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: true }] }, 'items[0].includeAttachments'],
        [{ ...good, periodFrom: '2026-03-02', periodTo: '2026-03-01' }, 'periodFrom'],
      ];
      for (const [input, field] of cases) {
        const response = await requestExport(tenant, input);
        expect({ field, code: errorCode(response) }).toEqual({ field, code: 'BAD_USER_INPUT' });
        expect(response.errors![0].extensions!.field).toBe(field);
      }
      const badDay = await requestExport(tenant, { ...good, periodFrom: '2026-02-30' });
      expect(errorCode(badDay)).toBe('BAD_USER_INPUT');
      expect(badDay.errors![0].message).toContain('YYYY-MM-DD');
      expect(await server.warden.dataSource.getRepository(DataExport).countBy({ companyId: tenant.companyId })).toBe(0);
      expect(await auditCount(tenant.companyId, 'data_export.requested')).toBe(0);
    });

    it('lets exactly one of ten parallel requests through; the others get EXPORT_ALREADY_ACTIVE', async () => {
      const tenant = await newTenant({ subscribedServices: ['HR'] });
      const input = { taskName: 'Race', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'MB_500' };
      const responses = await Promise.all(Array.from({ length: 10 }, () => requestExport(tenant, input)));
      const created = responses.filter((response) => !response.errors);
      expect(created).toHaveLength(1);
      expect(responses.filter((response) => errorCode(response) === 'EXPORT_ALREADY_ACTIVE')).toHaveLength(9);
      const rows = await server.warden.dataSource.getRepository(DataExport).findBy({ companyId: tenant.companyId });
      expect(rows).toHaveLength(1);
      expect(await auditCount(tenant.companyId, 'data_export.requested')).toBe(1);
      // Still one active after it completes: the next request is refused until it ends.
      const done = await settled(tenant, created[0].data!.requestDataExport.id);
      expect(done.status).toBe('REQUEST_COMPLETED');
      expect(errorCode(await requestExport(tenant, input))).toBe('EXPORT_ALREADY_ACTIVE');
      must(await gql(tenant, CANCEL, { id: done.id }));
      expect(errorCode(await requestExport(tenant, input))).toBeUndefined();
    });
  });

  describe('life cycle', () => {
    it('request → build (parts within the split size) → e-mail → download (recorded) → expiry', async () => {
      const tenant = await newTenant({ subscribedServices: ['ACCOUNTING', 'HR'], timeZone: 'Asia/Seoul' });
      const attachment = () => randomBytes(40_000);
      const closedFiles = [await upload(tenant, 'invoice.bin', attachment()), await upload(tenant, 'receipt.bin', attachment()), await upload(tenant, 'scan.bin', attachment())];
      await registerSlip(tenant, { slipNumber: 'SLIP-0001', slipDate: '2026-03-14', status: 'CLOSED', attachments: closedFiles });
      // Names as another system may have stored them (the upload route itself refuses some of these).
      const hostileNames = ['../../etc/passwd', 'CON.txt', 'bill\u202Etxt.exe', 'tab\there.txt', 'Same.txt', 'same.TXT', '/abs/olute.txt'];
      const hostile: string[] = [];
      for (const [index, name] of hostileNames.entries()) {
        const fileId = await upload(tenant, `hostile-${index}.txt`, Buffer.from(`content ${index}`));
        await server.warden.dataSource.getRepository(StoredFile).update({ id: fileId }, { originalName: name });
        hostile.push(fileId);
      }
      await registerSlip(tenant, { slipNumber: 'SLIP-0002', slipDate: '2026-03-15', status: 'CLOSED', attachments: hostile });
      await registerSlip(tenant, { slipNumber: 'SLIP-OPEN', slipDate: '2026-03-14', status: 'IN_PROGRESS', attachments: [await upload(tenant, 'draft.bin', attachment())] });

      const requestedAt = clock.now();
      const created = must(
        await requestExport(tenant, {
          taskName: '  March backup ',
          items: [
            { item: 'HR_EMPLOYEE_LIST', includeAttachments: false },
            { item: 'ACCOUNTING_SLIPS', includeAttachments: true },
          ],
          splitSize: 'GB_1',
        }),
      ).requestDataExport;
      expect(created).toMatchObject({
        taskName: 'March backup',
        status: 'PENDING',
        requestedBy: { name: tenant.adminName },
        canCancel: true,
        parts: [],
        items: [
          { item: 'ACCOUNTING_SLIPS', includeAttachments: true },
          { item: 'HR_EMPLOYEE_LIST', includeAttachments: false },
        ],
      });
      expect(new Date(created.cancelableUntil).getTime()).toBe(requestedAt.getTime() + 7 * DAY);
      expect(must(await gql<{ activeDataExport: ExportView }>(tenant, ACTIVE)).activeDataExport.id).toBe(created.id);

      const done = await settled(tenant, created.id);
      expect(done.failureReason).toBeNull();
      expect(done.status).toBe('REQUEST_COMPLETED');
      const stamp = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .format(requestedAt)
        .replace(/\D/g, '');
      expect(done.parts.length).toBeGreaterThan(1);
      done.parts.forEach((part, index) => {
        expect(part.partNumber).toBe(index + 1);
        expect(part.fileName).toBe(`${tenant.companyId}_${stamp}_${String(index + 1).padStart(2, '0')}.zip`);
        expect(part.bytes).toBeLessThanOrEqual(SPLIT_BYTES);
      });
      expect(done.progress!.itemsDone).toBe(done.progress!.itemsTotal);
      expect(new Date(done.expiresAt!).getTime()).toBe(new Date(done.completedAt!).getTime() + 7 * DAY);

      // The ready e-mail, in the company language, to the requester.
      const mail = await waitFor('the ready e-mail', async () => sink.received.find((received) => received.to.includes(tenant.adminEmail)));
      expect(mail.raw).toContain('Your data export is ready');
      expect(mail.raw).toContain('/security/export-data');

      // Every part opens on its own; together they hold the layout, with safe and unique names.
      const names: string[] = [];
      for (const part of done.parts) {
        const { response, file } = await downloadPart(tenant, created.id, part.partNumber);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/zip');
        expect(response.headers.get('content-disposition')).toContain(part.fileName);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(fs.statSync(file).size).toBe(part.bytes);
        names.push(...verifyZip(file));
      }
      const files = names.filter((name) => !name.endsWith('/'));
      expect(files).toEqual(expect.arrayContaining(['HR/Employee list.xlsx', 'Accounting/Accounting slips/Accounting slips.xlsx']));
      const slip1 = files.filter((name) => name.startsWith('Accounting/Accounting slips/2026/03/14/SLIP-0001_attachments/'));
      expect(slip1.map((name) => path.posix.basename(name)).sort()).toEqual(['invoice.bin', 'receipt.bin', 'scan.bin']);
      expect(files.some((name) => name.includes('SLIP-OPEN') || name.includes('draft'))).toBe(false);
      const slip2 = files.filter((name) => name.startsWith('Accounting/Accounting slips/2026/03/15/'));
      expect(slip2).toHaveLength(hostileNames.length);
      for (const name of files) {
        expect(name.startsWith('/')).toBe(false);
        expect(name.split('/')).not.toContain('..');
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u202e\\]/);
      }
      expect(new Set(files.map((name) => name.toLowerCase())).size).toBe(files.length);

      // Downloads are recorded (who, which file, when) and audited.
      const after = (await getExport(tenant, created.id))!;
      expect(after.downloads).toHaveLength(done.parts.length);
      expect(after.downloads.every((download) => download.employeeName === tenant.adminName)).toBe(true);
      expect(after.downloads.map((download) => download.fileName).sort()).toEqual(done.parts.map((part) => part.fileName).sort());
      expect(await auditCount(tenant.companyId, 'data_export.downloaded')).toBe(done.parts.length);
      expect(await auditCount(tenant.companyId, 'data_export.requested')).toBe(1);

      // The expiry job is queued at the expiry time; when it runs, files go and the status is EXPIRED.
      const expiryJobs = await server.warden.services.jobs.list({ companyId: tenant.companyId, names: ['expire-data-export'] });
      expect(expiryJobs.map((job) => job.nextRunAt?.getTime())).toContain(new Date(done.expiresAt!).getTime());
      const link = must(await gql<{ requestDataExportPartDownload: { url: string } }>(tenant, PART_LINK, { exportId: created.id, partNumber: 1 })).requestDataExportPartDownload;
      clock.set(new Date(new Date(done.expiresAt!).getTime() - 1_000));
      expect(await server.warden.services.dataExports.expire(created.id)).toBe(false);
      clock.set(new Date(new Date(done.expiresAt!).getTime() + 1_000));
      expect(await server.warden.services.dataExports.expire(created.id)).toBe(true);
      expect(await server.warden.services.dataExports.expire(created.id)).toBe(false);
      const expired = (await getExport(tenant, created.id))!;
      expect(expired).toMatchObject({ status: 'EXPIRED', canCancel: false });
      expect(expired.parts).toHaveLength(done.parts.length); // kept as history
      expect(fs.existsSync(exportDir(tenant.companyId, created.id))).toBe(false);
      expect(must(await gql<{ activeDataExport: ExportView | null }>(tenant, ACTIVE)).activeDataExport).toBeNull();
      expect(errorCode(await gql(tenant, PART_LINK, { exportId: created.id, partNumber: 1 }))).toBe('BAD_USER_INPUT');
      clock.set(new Date(Math.max(clock.now().getTime(), Date.now())));
      expect((await fetch(`${server.url}${link.url}`, { headers: { cookie: tenant.cookie } })).status).toBeGreaterThanOrEqual(400);
      expect(await auditCount(tenant.companyId, 'data_export.expired')).toBe(1);

      // History: newest first, with keyset paging.
      const second = must(await requestExport(tenant, { taskName: 'Second', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'MB_500' })).requestDataExport;
      const page1 = must(await gql<{ dataExports: { edges: Array<{ node: ExportView }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(tenant, HISTORY, { first: 1 })).dataExports;
      expect(page1.edges.map((edge) => edge.node.id)).toEqual([second.id]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = must(await gql<{ dataExports: { edges: Array<{ node: ExportView }>; pageInfo: { hasNextPage: boolean } } }>(tenant, HISTORY, { first: 1, after: page1.pageInfo.endCursor })).dataExports;
      expect(page2.edges.map((edge) => edge.node.id)).toEqual([created.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      await settled(tenant, second.id);
      must(await gql(tenant, CANCEL, { id: second.id }));
    });
  });

  describe('approval documents and pledges', () => {
    it('exports closed documents as PDFs in date folders of the company zone, their attachments, the lists, and signed pledges', async () => {
      const tenant = await newTenant({ subscribedServices: ['APPROVAL', 'PLEDGE'], language: 'ko', timeZone: 'Asia/Seoul' });
      const approver = (await buildEmployee(server.warden.dataSource, tenant.companyId, { name: '박결재' })).id;
      const register = async (number: string, createdAt: string, status: string, extra: Record<string, unknown> = {}) =>
        must(
          await graphql(
            server.url,
            'mutation ($input: RegisterApprovalDocumentInput!) { registerApprovalDocument(input: $input) { id } }',
            {
              input: {
                documentNumber: number,
                title: `문서 ${number}`,
                formName: '지출결의서',
                drafterEmployeeId: tenant.drafterId,
                createdAt,
                status,
                body: '<p>본문</p><script>alert(1)</script>',
                approvalLine: [
                  status === 'IN_PROGRESS'
                    ? { approverEmployeeId: approver, decision: 'PENDING', decidedAt: null }
                    : { approverEmployeeId: approver, decision: status === 'DECLINED' ? 'DECLINED' : 'APPROVED', decidedAt: new Date(new Date(createdAt).getTime() + 3_600_000).toISOString() },
                ],
                attachments: [],
                ...extra,
              },
            },
            { token: tenant.token },
          ),
        );
      const quote = await upload(tenant, 'quote.pdf', Buffer.from('%PDF-1.4 quote'));
      // 15:30 UTC on 14 March is 00:30 on 15 March in Seoul: the folder follows the company zone.
      await register('A-1', '2026-03-14T15:30:00Z', 'COMPLETED', { attachments: [{ fileId: quote, name: '견적서.pdf' }] });
      await register('A-2', '2026-03-14T14:00:00Z', 'DECLINED');
      // In progress: not exported, so its (larger) attachment cannot make the request refuse a split size.
      const draft = await upload(tenant, 'draft.pdf', randomBytes(5_000));
      await register('A-3', '2026-03-14T10:00:00Z', 'IN_PROGRESS', { attachments: [{ fileId: draft, name: '초안.pdf' }] });
      await register('A-4', '2026-03-13T10:00:00Z', 'COMPLETED');
      must(
        await graphql(server.url, 'mutation ($n: String!, $by: ID!) { deleteApprovalDocument(documentNumber: $n, deletedByEmployeeId: $by) { id } }', { n: 'A-4', by: approver }, { token: tenant.token }),
      );
      must(
        await graphql(
          server.url,
          'mutation ($input: RegisterPledgeInput!) { registerPledge(input: $input) { id } }',
          { input: { pledgeNumber: 'P-1', name: '정보보호 서약서', signerEmployeeId: tenant.drafterId, signedAt: '2026-04-01T01:00:00Z', content: '<p>서약합니다</p>', attachments: [] } },
          { token: tenant.token },
        ),
      );
      // The largest stored file the request checks against the split size (R44), by the export's rules.
      const plan = { companyId: tenant.companyId, language: 'ko', timeZone: 'Asia/Seoul', period: { from: null, to: null }, snapshotAt: clock.now() } as const;
      const { sources } = server.warden.services.dataExports;
      expect(await sources.get('APPROVAL_DOCUMENTS')!.largestFile!({ ...plan, includeAttachments: true })).toEqual({ name: '견적서.pdf', document: 'A-1', bytes: 14 });
      expect(await sources.get('APPROVAL_DOCUMENTS')!.largestFile!({ ...plan, includeAttachments: false })).toBeNull();
      expect(await sources.get('PLEDGE_DOCUMENTS')!.largestFile!({ ...plan, includeAttachments: true })).toBeNull();
      const created = must(
        await requestExport(tenant, {
          taskName: '결재 백업',
          items: [
            { item: 'APPROVAL_DOCUMENTS', includeAttachments: true },
            { item: 'APPROVAL_DOCUMENT_LIST', includeAttachments: false },
            { item: 'PLEDGE_DOCUMENTS', includeAttachments: false },
            { item: 'PLEDGE_LIST', includeAttachments: false },
          ],
          splitSize: 'MB_500',
        }),
      ).requestDataExport;
      // Registered after the request: not in the snapshot.
      clock.advance(1_000);
      await register('A-5', '2026-03-14T11:00:00Z', 'COMPLETED');
      const done = await settled(tenant, created.id);
      expect(done.failureReason).toBeNull();
      expect(done.status).toBe('REQUEST_COMPLETED');
      const files: string[] = [];
      const extracted = fs.mkdtempSync(path.join(scratch, 'approval-'));
      for (const part of done.parts) {
        const { file } = await downloadPart(tenant, created.id, part.partNumber);
        files.push(...verifyZip(file).filter((name) => !name.endsWith('/')));
        execFileSync('unzip', ['-qq', '-o', file, '-d', extracted]);
      }
      expect(files.sort()).toEqual(
        [
          '서약서/서약서/2026/04/01/P-1.pdf',
          '서약서/서약서 목록.xlsx',
          '전자결재/결재 문서 목록.xlsx',
          '전자결재/결재 문서/2026/03/14/A-2.pdf',
          '전자결재/결재 문서/2026/03/15/A-1.pdf',
          '전자결재/결재 문서/2026/03/15/A-1_첨부파일/견적서.pdf',
        ].sort(),
      );
      const pdf = fs.readFileSync(path.join(extracted, '전자결재/결재 문서/2026/03/15/A-1.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', [path.join(extracted, '전자결재/결재 문서/2026/03/15/A-1.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('A-1');
      expect(text).not.toContain('alert(1)');
      const workbook = XLSX.read(fs.readFileSync(path.join(extracted, '전자결재/결재 문서 목록.xlsx')), { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1 });
      expect(rows[0][0]).toBe('문서 번호');
      expect(rows.slice(1).map((row) => [row[0], row[5]])).toEqual([
        ['A-2', '반려'],
        ['A-1', '완료'],
      ]);
      must(await gql(tenant, CANCEL, { id: created.id }));
    });
  });

  describe('cancelDataExport', () => {
    it('cancels a completed export within 7 days and deletes its files; refuses after', async () => {
      const tenant = await newTenant({ subscribedServices: ['HR'] });
      const input = { taskName: 'To cancel', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'GB_2' };
      const first = must(await requestExport(tenant, input)).requestDataExport;
      await settled(tenant, first.id);
      expect(fs.readdirSync(path.join(exportDir(tenant.companyId, first.id), 'files'))).toEqual(expect.arrayContaining([expect.stringMatching(/\.zip$/)]));
      clock.advance(7 * DAY - 60_000);
      const canceled = must(await gql<{ cancelDataExport: ExportView }>(tenant, CANCEL, { id: first.id })).cancelDataExport;
      expect(canceled).toMatchObject({ status: 'CANCELED', canCancel: false });
      expect(fs.existsSync(exportDir(tenant.companyId, first.id))).toBe(false);
      expect(await auditCount(tenant.companyId, 'data_export.canceled')).toBe(1);
      expect(errorCode(await gql(tenant, CANCEL, { id: first.id }))).toBe('EXPORT_NOT_CANCELABLE');
      expect(errorCode(await gql(tenant, PART_LINK, { exportId: first.id, partNumber: 1 }))).toBe('BAD_USER_INPUT');

      // A second request: 7 days later the button is gone and the API refuses.
      const second = must(await requestExport(tenant, input)).requestDataExport;
      await settled(tenant, second.id);
      const windowJobs = await server.warden.services.jobs.list({ companyId: tenant.companyId, names: ['close-data-export-cancel-window'] });
      expect(windowJobs.map((job) => job.nextRunAt?.getTime())).toContain(new Date(second.cancelableUntil).getTime());
      clock.advance(7 * DAY + 1_000);
      expect((await getExport(tenant, second.id))!.canCancel).toBe(false);
      const refused = await gql(tenant, CANCEL, { id: second.id });
      expect(errorCode(refused)).toBe('EXPORT_CANCEL_WINDOW_CLOSED');
      await server.warden.services.dataExports.closeCancelWindow(second.id);
      expect((await server.warden.dataSource.getRepository(DataExport).findOneByOrFail({ id: second.id })).cancelWindowClosed).toBe(true);
      expect((await getExport(tenant, second.id))!.status).toBe('REQUEST_COMPLETED');
      // Expiry still ends it (completion + 7 days has passed too by now).
      expect(await server.warden.services.dataExports.expire(second.id)).toBe(true);
      clock.set(new Date(Math.max(clock.now().getTime(), Date.now())));
    });

    it('stops a running build within seconds and leaves no file', async () => {
      // Parts of the real 4 GB (no split override): the file below must fit a part, since no part may be
      // larger than the split size (R44).
      await withRealSplitSizes(async () => {
        const tenant = await newTenant({ subscribedServices: ['ACCOUNTING'] });
        // A 3.9 GB attachment (sparse on disk, deflates to almost nothing) keeps the build busy for a while.
        const fileId = await upload(tenant, 'huge.bin', Buffer.from('x'));
        const big = 3_900_000_000;
        fs.truncateSync(path.join(server.warden.config.filesDir, StoredFilesService.keyOf(tenant.companyId, fileId)), big);
        await server.warden.dataSource.getRepository(StoredFile).update({ id: fileId }, { size: big });
        await registerSlip(tenant, { slipNumber: 'BIG-1', slipDate: '2026-01-02', status: 'CLOSED', attachments: [fileId] });
        const created = must(await requestExport(tenant, { taskName: 'Big', items: [{ item: 'ACCOUNTING_SLIPS', includeAttachments: true }], splitSize: 'GB_4' })).requestDataExport;
        await waitFor('the build to be under way', async () => {
          const view = await getExport(tenant, created.id);
          return view!.progress!.bytesDone > 0 || view!.status !== 'PENDING';
        });
        expect((await getExport(tenant, created.id))!.status).toBe('PENDING');
        const started = Date.now();
        must(await gql(tenant, CANCEL, { id: created.id }));
        const row = server.warden.dataSource.getRepository(DataExport);
        // The build notices within a tick or two and removes what it wrote.
        await waitFor('the build to stop and clean up', async () => !fs.existsSync(exportDir(tenant.companyId, created.id)), 10_000);
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        expect(fs.existsSync(exportDir(tenant.companyId, created.id))).toBe(false);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect((await row.findOneByOrFail({ id: created.id })).status).toBe('CANCELED');
        expect((await getExport(tenant, created.id))!.parts).toEqual([]);
      });
    });
  });

  describe('split size and single large files (R44)', () => {
    it('refuses a split size the largest included file cannot fit, naming the file, and creates nothing', async () => {
      const tenant = await newTenant({ subscribedServices: ['ACCOUNTING'] });
      const big = await upload(tenant, 'site-survey.mp4', randomBytes(SPLIT_BYTES + 50_000));
      await registerSlip(tenant, { slipNumber: 'SLIP-BIG', slipDate: '2026-02-01', status: 'CLOSED', attachments: [big] });
      const input = { taskName: 'Too big', items: [{ item: 'ACCOUNTING_SLIPS', includeAttachments: true }], splitSize: 'GB_4' };
      const refused = await requestExport(tenant, input);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      const extensions = refused.errors![0].extensions as Record<string, unknown>;
      expect(extensions).toMatchObject({ field: 'splitSize', item: 'ACCOUNTING_SLIPS', document: 'SLIP-BIG', file: 'site-survey.mp4', bytes: SPLIT_BYTES + 50_000 });
      // Every split size is the 100 KB override here: none fits.
      expect(extensions.fittingSplitSize).toBeNull();
      expect(refused.errors![0].message).toContain('site-survey.mp4');
      expect(must(await gql<{ activeDataExport: unknown }>(tenant, ACTIVE)).activeDataExport).toBeNull();
      expect(await auditCount(tenant.companyId, 'data_export.requested')).toBe(0);
      // Without the attachments the same request is fine, and its parts stay within the split size.
      const created = must(await requestExport(tenant, { ...input, items: [{ item: 'ACCOUNTING_SLIPS', includeAttachments: false }] })).requestDataExport;
      const done = await settled(tenant, created.id);
      expect(done.status).toBe('REQUEST_COMPLETED');
      for (const part of done.parts) expect(part.bytes).toBeLessThanOrEqual(SPLIT_BYTES);
    });
    it('names the smallest offered split size that fits the file, or none above 4 GB (real split sizes)', async () => {
      await withRealSplitSizes(async () => {
        const tenant = await newTenant({ subscribedServices: ['ACCOUNTING'] });
        const fileId = await upload(tenant, 'drone.mov', Buffer.from('x'));
        // Sparse: the request is refused before anything reads it.
        const grow = async (bytes: number) => {
          fs.truncateSync(path.join(server.warden.config.filesDir, StoredFilesService.keyOf(tenant.companyId, fileId)), bytes);
          await server.warden.dataSource.getRepository(StoredFile).update({ id: fileId }, { size: bytes });
        };
        await grow(612_000_000);
        await registerSlip(tenant, { slipNumber: 'SLIP-VIDEO', slipDate: '2026-02-01', status: 'CLOSED', attachments: [fileId] });
        const input = (splitSize: string) => ({ taskName: 'Video', items: [{ item: 'ACCOUNTING_SLIPS', includeAttachments: true }], splitSize });
        const small = await requestExport(tenant, input('MB_500'));
        expect(errorCode(small)).toBe('BAD_USER_INPUT');
        expect(small.errors![0].extensions).toMatchObject({ field: 'splitSize', file: 'drone.mov', document: 'SLIP-VIDEO', bytes: 612_000_000, fittingSplitSize: 'GB_1' });
        expect(small.errors![0].message).toBe('The file "drone.mov" of SLIP-VIDEO (612 MB) is larger than a zip part of 500 MB: choose GB_1 or larger.');
        await grow(4_100_000_000);
        const huge = await requestExport(tenant, input('GB_4'));
        expect(huge.errors![0].extensions).toMatchObject({ field: 'splitSize', bytes: 4_100_000_000, fittingSplitSize: null });
        expect(must(await gql<{ dataExports: { edges: unknown[] } }>(tenant, HISTORY)).dataExports.edges).toEqual([]);
      });
    });
  });

  describe('failures', () => {
    it('a missing attachment file fails the build with a reason naming the slip in the company language, and offers no file', async () => {
      const tenant = await newTenant({ subscribedServices: ['ACCOUNTING'], language: 'ko' });
      const present = await upload(tenant, 'ok.bin', randomBytes(1_000));
      const missing = await upload(tenant, 'lost-scan.pdf', randomBytes(1_000));
      await registerSlip(tenant, { slipNumber: 'SLIP-LOST', slipDate: '2026-02-01', status: 'CLOSED', attachments: [present, missing] });
      fs.rmSync(path.join(server.warden.config.filesDir, StoredFilesService.keyOf(tenant.companyId, missing)));
      const created = must(await requestExport(tenant, { taskName: 'Broken', items: [{ item: 'ACCOUNTING_SLIPS', includeAttachments: true }], splitSize: 'MB_500' })).requestDataExport;
      const failed = await settled(tenant, created.id);
      expect(failed.status).toBe('FAILED');
      expect(failed.failureCode).toBe('MISSING_FILE');
      expect(failed.failureReason).toBe('전표 SLIP-LOST: 파일 "lost-scan.pdf"이(가) 파일 저장소에 없습니다.');
      // Stored as a code with parameters, not a sentence: the reason follows the company language when read (R63).
      const stored = await server.warden.dataSource.query('SELECT failure_reason AS reason FROM data_exports WHERE id = ?', [created.id]);
      expect(JSON.parse(stored[0].reason)).toEqual({ code: 'MISSING_FILE', params: { item: 'ACCOUNTING_SLIPS', document: 'SLIP-LOST', file: 'lost-scan.pdf' } });
      await server.warden.dataSource.getRepository(Company).update({ id: tenant.companyId }, { language: 'ja' });
      expect((await getExport(tenant, created.id))!.failureReason).toBe('伝票 SLIP-LOST: ファイル「lost-scan.pdf」がファイルストレージにありません。');
      expect(failed.parts).toEqual([]);
      expect(failed.canCancel).toBe(false);
      expect(errorCode(await gql(tenant, PART_LINK, { exportId: created.id, partNumber: 1 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(tenant, CANCEL, { id: created.id }))).toBe('EXPORT_NOT_CANCELABLE');
      expect(fs.existsSync(path.join(exportDir(tenant.companyId, created.id), 'files'))).toBe(false);
      expect(await auditCount(tenant.companyId, 'data_export.failed')).toBe(1);
      // A failed request is not active: the company can request again.
      expect(must(await gql<{ activeDataExport: ExportView | null }>(tenant, ACTIVE)).activeDataExport).toBeNull();
    });

    it('a generated file larger than the split size fails the build with FILE_TOO_LARGE instead of a larger part (R44)', async () => {
      const tenant = await newTenant({ subscribedServices: ['BOARD'] });
      // Every bare "&" becomes "&amp;" in the exported page: a 64 KB body makes a page of ~320 KB.
      must(
        await graphql(
          server.url,
          'mutation ($input: RegisterBoardNoticeInput!) { registerBoardNotice(input: $input) { id } }',
          { input: { sourceNoticeId: 'N-BIG', title: 'Long notice', authorEmployeeId: tenant.drafterId, postedAt: '2026-02-01T09:00:00Z', bodyHtml: `<p>${'&'.repeat(64_000)}</p>` } },
          { token: tenant.token },
        ),
      );
      // No stored file is too large, so the request is accepted; the page is only known at the build.
      const created = must(await requestExport(tenant, { taskName: 'Pages', items: [{ item: 'BOARD_NOTICES', includeAttachments: false }], splitSize: 'GB_4' })).requestDataExport;
      const failed = await settled(tenant, created.id);
      expect(failed.status).toBe('FAILED');
      expect(failed.failureCode).toBe('FILE_TOO_LARGE');
      expect(failed.failureReason).toMatch(/^The file "Board\/Notices\/2026\/02\/01\/Long notice\/Long notice\.html" \(3\d\d KB\) does not fit a zip file of the split size 100 KB\.$/);
      expect(failed.parts).toEqual([]);
      expect(fs.existsSync(exportDir(tenant.companyId, created.id))).toBe(false);
    });

    it('a build past the maximum build time fails with that reason', async () => {
      const tenant = await newTenant({ subscribedServices: ['HR'] });
      const created = must(await requestExport(tenant, { taskName: 'Slow', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'MB_500' })).requestDataExport;
      await settled(tenant, created.id);
      // Run it again as a retry would after its worker had been stuck for longer than the limit (720 minutes).
      const rows = server.warden.dataSource.getRepository(DataExport);
      await rows.update({ id: created.id }, { status: 'PENDING', buildStartedAt: new Date(clock.now().getTime() - 721 * 60_000) });
      await server.warden.services.dataExportBuilder.run(created.id);
      const failed = (await getExport(tenant, created.id))!;
      expect(failed.status).toBe('FAILED');
      expect(failed.failureReason).toBe('The export took longer than the maximum build time (720 minutes).');
      expect(failed.failureCode).toBe('TIMED_OUT');
      expect(must(await gql<{ activeDataExport: unknown }>(tenant, ACTIVE)).activeDataExport).toBeNull();
    });
  });

  describe('sweep (lost jobs)', () => {
    it('expires overdue exports, closes ended cancel windows and requeues a build past its time', async () => {
      const tenant = await newTenant({ subscribedServices: ['HR'] });
      const input = { taskName: 'Swept', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'MB_500' };
      const first = must(await requestExport(tenant, input)).requestDataExport;
      await settled(tenant, first.id);
      clock.advance(7 * DAY + 60_000);
      const rows = server.warden.dataSource.getRepository(DataExport);
      const result = await server.warden.services.dataExports.sweep();
      expect(result.expired).toBeGreaterThanOrEqual(1);
      expect(await rows.findOneByOrFail({ id: first.id })).toMatchObject({ status: 'EXPIRED', cancelWindowClosed: true, activeCompanyId: null });

      // A completed export whose expiry job has not run yet does not block a new request.
      const second = must(await requestExport(tenant, input)).requestDataExport;
      await settled(tenant, second.id);
      clock.advance(7 * DAY + 60_000);
      const third = must(await requestExport(tenant, input)).requestDataExport;
      expect((await rows.findOneByOrFail({ id: second.id })).status).toBe('EXPIRED');

      // A build whose job was lost after it ran past the maximum time: the sweep queues it and it fails.
      await settled(tenant, third.id);
      await rows.update({ id: third.id }, { status: 'PENDING', buildStartedAt: new Date(clock.now().getTime() - 721 * 60_000) });
      expect((await server.warden.services.dataExports.sweep()).requeued).toBe(1);
      const failed = await settled(tenant, third.id);
      expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'The export took longer than the maximum build time (720 minutes).' });
    });
  });

  describe('automation with an API token', () => {
    it('requests, follows and downloads an export with a token; the download is recorded under the token', async () => {
      const tenant = await newTenant({ subscribedServices: ['HR'] });
      const token = await buildApiToken(server.warden.services, tenant.companyId, [Permission.DATA_EXPORTS_MANAGE]);
      const asToken = <T>(query: string, variables: Record<string, unknown> = {}) => graphql<T>(server.url, query, variables, { token });
      const created = must(
        await asToken<{ requestDataExport: ExportView }>(REQUEST, { input: { taskName: 'Nightly', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'GB_4' } }),
      ).requestDataExport;
      expect(created.requestedBy.id).toBeNull();
      const done = await waitFor('the build', async () => {
        const view = must(await asToken<{ dataExport: ExportView }>(ONE, { id: created.id })).dataExport;
        return view.status !== 'PENDING' ? view : null;
      });
      expect(done.status).toBe('REQUEST_COMPLETED');
      const link = must(await asToken<{ requestDataExportPartDownload: { url: string } }>(PART_LINK, { exportId: created.id, partNumber: 1 })).requestDataExportPartDownload;
      const response = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const file = path.join(scratch, 'token.zip');
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      expect(verifyZip(file)).toContain('HR/Employee list.xlsx');
      const after = must(await asToken<{ dataExport: ExportView }>(ONE, { id: created.id })).dataExport;
      expect(after.downloads).toHaveLength(1);
      expect(after.downloads[0].employeeName).toBe(created.requestedBy.name);
      // An admin session cannot follow the token's link.
      expect((await fetch(`${server.url}${link.url}`, { headers: { cookie: tenant.cookie } })).status).toBe(403);
      must(await asToken(CANCEL, { id: created.id }));
    });
  });

  describe('tenant isolation (R1)', () => {
    it('never shows, cancels or serves another company’s export', async () => {
      const owner = await newTenant({ subscribedServices: ['HR'] });
      const stranger = await newTenant({ subscribedServices: ['HR'] });
      const created = must(await requestExport(owner, { taskName: 'Mine', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'MB_500' })).requestDataExport;
      await settled(owner, created.id);
      expect(await getExport(stranger, created.id)).toBeNull();
      expect(must(await gql<{ dataExports: { edges: unknown[] } }>(stranger, HISTORY, {})).dataExports.edges).toEqual([]);
      expect(must(await gql<{ activeDataExport: unknown }>(stranger, ACTIVE)).activeDataExport).toBeNull();
      expect(errorCode(await gql(stranger, CANCEL, { id: created.id }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(stranger, PART_LINK, { exportId: created.id, partNumber: 1 }))).toBe('NOT_FOUND');
      // The owner's link does not work with the stranger's session.
      const link = must(await gql<{ requestDataExportPartDownload: { url: string } }>(owner, PART_LINK, { exportId: created.id, partNumber: 1 })).requestDataExportPartDownload;
      expect((await fetch(`${server.url}${link.url}`, { headers: { cookie: stranger.cookie } })).status).toBe(403);
      expect((await getExport(owner, created.id))!.downloads).toEqual([]);
      // The stranger's own request is unaffected by the owner's active one.
      expect(errorCode(await requestExport(stranger, { taskName: 'Theirs', items: [{ item: 'HR_EMPLOYEE_LIST', includeAttachments: false }], splitSize: 'MB_500' }))).toBeUndefined();
    });
  });
});
