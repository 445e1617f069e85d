import fs from 'node:fs';
import path from 'node:path';
import { Permission, Service } from '@warden/shared';
import * as XLSX from 'xlsx';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import {
  ApprovalDocument,
  ApprovalDocumentAttachment,
  ApprovalLineEntry,
} from '@warden/api/src/features/approval-documents/approval-document.entity';
import { Company } from '@warden/api/src/features/companies/company.entity';
import { Pledge, PledgeAttachment } from '@warden/api/src/features/pledges/pledge.entity';
import { StoredFile } from '@warden/api/src/features/stored-files/stored-file.entity';
import { buildApiToken, buildEmployee } from '../support/factories';
import { type GraphQLResponse, errorCode, graphql, signIn } from '../support/graphql-client';
import { newAdmin, protect } from '../support/step-up';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const REGISTER = `mutation ($input: RegisterApprovalDocumentInput!) {
  registerApprovalDocument(input: $input) { id documentNumber status drafterName deletedAt attachments { fileId name size contentType } approvalLine { position approverName decision decidedAt } }
}`;
const DELETE = `mutation ($number: String!, $by: ID!, $at: DateTimeISO) {
  deleteApprovalDocument(documentNumber: $number, deletedByEmployeeId: $by, deletedAt: $at) { id deletedAt deletedByName }
}`;
const REGISTER_PLEDGE = `mutation ($input: RegisterPledgeInput!) { registerPledge(input: $input) { id pledgeNumber name signerName attachments { fileId name } } }`;
const DELETE_PLEDGE = `mutation ($number: String!, $by: ID!, $at: DateTimeISO) { deletePledge(pledgeNumber: $number, deletedByEmployeeId: $by, deletedAt: $at) { id deletedAt } }`;
const LIST = `query ($filter: DeletedApprovalDocumentFilter, $first: Int, $after: String) {
  deletedApprovalDocuments(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id documentNumber title formName drafterName createdAt status deletedAt deletedByName attachments { name size } approvalLine { approverName decision } } }
  }
}`;
const PLEDGE_LIST = `query ($filter: DeletedPledgeFilter, $first: Int, $after: String) {
  deletedPledges(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id pledgeNumber name signerName deletedAt deletedByName attachments { name } } } }
}`;
const PURGE = `mutation ($ids: [ID!]!) { permanentlyDeleteApprovalDocuments(ids: $ids) { deletedCount deleted { id documentNumber } notFoundIds } }`;
const PURGE_PLEDGES = `mutation ($ids: [ID!]!) { permanentlyDeletePledges(ids: $ids) { deletedCount deleted { id pledgeNumber name } notFoundIds } }`;
const MENU = '{ securityMenu { items { menu } } }';

type ListNode = {
  id: string;
  documentNumber: string;
  title: string;
  deletedAt: string;
  deletedByName: string;
  attachments: Array<{ name: string; size: number }>;
  approvalLine: Array<{ approverName: string; decision: string }>;
};
type ListData = { deletedApprovalDocuments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: ListNode }> } };

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

describe('deleted approval documents and pledges (R50–R53)', () => {
  let server: TestServer;
  let token: string;
  let otherToken: string;
  let cookie: string;
  let people: { drafter: string; approver: string; deleterKim: string; deleterSato: string; other: string };

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, credentials: { cookie?: string; token?: string } = { cookie }) =>
    graphql<T>(server.url, query, variables, credentials);
  const ok = <T>(response: GraphQLResponse<T>): T => {
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };

  async function upload(name: string, content: string | Buffer, as = token): Promise<string> {
    const response = await fetch(`${server.url}/integration/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'text/plain' },
      body: content,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { fileId: string }).fileId;
  }

  function documentInput(number: string, overrides: Record<string, unknown> = {}) {
    const createdAt = daysAgo(30);
    return {
      documentNumber: number,
      title: `Document ${number}`,
      formName: '지출결의서',
      drafterEmployeeId: people.drafter,
      createdAt: createdAt.toISOString(),
      status: 'COMPLETED',
      body: '<p>본문</p>',
      approvalLine: [{ approverEmployeeId: people.approver, decision: 'APPROVED', decidedAt: new Date(createdAt.getTime() + 3_600_000).toISOString() }],
      attachments: [],
      ...overrides,
    };
  }

  async function registerDeleted(number: string, deletedDaysAgo: number, deleter: string, overrides: Record<string, unknown> = {}) {
    const document = ok(await gql<{ registerApprovalDocument: { id: string } }>(REGISTER, { input: documentInput(number, overrides) }, { token }));
    ok(await gql(DELETE, { number, by: deleter, at: daysAgo(deletedDaysAgo).toISOString() }, { token }));
    return document.registerApprovalDocument.id;
  }

  const filesDir = () => server.warden.config.filesDir;
  const onDisk = (companyId: string, fileId: string) => fs.existsSync(path.join(filesDir(), companyId, fileId));

  beforeAll(async () => {
    server = await startTestServer();
    const companyId = server.fixtures.company.id;
    const { dataSource, services } = server.warden;
    token = await buildApiToken(services, companyId, [Permission.SERVICE_DATA_WRITE]);
    otherToken = await buildApiToken(services, server.fixtures.otherCompany.id, [Permission.SERVICE_DATA_WRITE]);
    people = {
      drafter: (await buildEmployee(dataSource, companyId, { name: '김민준' })).id,
      approver: (await buildEmployee(dataSource, companyId, { name: 'Jane Approver' })).id,
      deleterKim: (await buildEmployee(dataSource, companyId, { name: '김삭제' })).id,
      deleterSato: (await buildEmployee(dataSource, companyId, { name: '佐藤 花子' })).id,
      other: (await buildEmployee(dataSource, server.fixtures.otherCompany.id, { name: '他社 社員' })).id,
    };
    cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
  });
  afterAll(() => server.close());

  describe('menu visibility (R50)', () => {
    it('shows each deletion-status page only once its list has an entry', async () => {
      const menus = async () => ok(await gql<{ securityMenu: { items: Array<{ menu: string }> } }>(MENU)).securityMenu.items.map((item) => item.menu);
      expect(await menus()).not.toContain('APPROVAL_DOCUMENT_DELETION_STATUS');
      expect(await menus()).not.toContain('PLEDGE_DELETION_STATUS');

      ok(await gql(REGISTER, { input: documentInput('MENU-0001') }, { token }));
      expect(await menus()).not.toContain('APPROVAL_DOCUMENT_DELETION_STATUS'); // live documents do not count
      ok(await gql(DELETE, { number: 'MENU-0001', by: people.deleterKim }, { token }));
      expect(await menus()).toContain('APPROVAL_DOCUMENT_DELETION_STATUS');
      expect(await menus()).not.toContain('PLEDGE_DELETION_STATUS');

      ok(await gql(REGISTER_PLEDGE, { input: { pledgeNumber: 'PLG-MENU', name: '정보보안 서약서', signerEmployeeId: people.drafter, signedAt: daysAgo(3).toISOString(), content: '<p>서약</p>' } }, { token }));
      ok(await gql(DELETE_PLEDGE, { number: 'PLG-MENU', by: people.deleterKim }, { token }));
      expect(await menus()).toEqual(expect.arrayContaining(['APPROVAL_DOCUMENT_DELETION_STATUS', 'PLEDGE_DELETION_STATUS']));

      // Another company's deletions show nothing to this company, and vice versa.
      const otherCookie = await signIn(server.url, server.fixtures.otherAdmin.loginId, server.fixtures.otherAdmin.password);
      const otherMenus = ok(await gql<{ securityMenu: { items: Array<{ menu: string }> } }>(MENU, {}, { cookie: otherCookie })).securityMenu.items.map((item) => item.menu);
      expect(otherMenus).not.toContain('APPROVAL_DOCUMENT_DELETION_STATUS');
    });
  });

  describe('registration by the approval and pledge services', () => {
    it('stores a document with its approval line and attachments, then soft-deletes it', async () => {
      const fileId = await upload('견적서 (최종).pdf', 'PDF bytes');
      const input = documentInput('FIN-2026-000123', {
        title: '3분기 예산 집행 품의',
        attachments: [{ fileId }, { fileId: await upload('memo.txt', 'memo'), name: '메모.txt' }],
        approvalLine: [
          { approverEmployeeId: people.approver, decision: 'APPROVED', decidedAt: daysAgo(29).toISOString() },
          { approverEmployeeId: people.deleterSato, decision: 'APPROVED', decidedAt: daysAgo(28).toISOString() },
        ],
      });
      const stored = ok(await gql<{ registerApprovalDocument: Record<string, unknown> }>(REGISTER, { input }, { token })).registerApprovalDocument;
      expect(stored).toMatchObject({
        documentNumber: 'FIN-2026-000123',
        status: 'COMPLETED',
        drafterName: '김민준',
        deletedAt: null,
        attachments: [
          { fileId, name: '견적서 (최종).pdf', size: 9, contentType: 'text/plain' },
          { name: '메모.txt', size: 4 },
        ],
        approvalLine: [
          { position: 1, approverName: 'Jane Approver', decision: 'APPROVED' },
          { position: 2, approverName: '佐藤 花子', decision: 'APPROVED' },
        ],
      });
      // A closed document is final: the same registration again is a no-op, a change is refused.
      expect(ok(await gql<{ registerApprovalDocument: { id: string } }>(REGISTER, { input }, { token })).registerApprovalDocument.id).toBe(stored.id);
      expect(errorCode(await gql(REGISTER, { input: { ...input, title: 'changed' } }, { token }))).toBe('CONFLICT');

      const deleted = ok(await gql<{ deleteApprovalDocument: { deletedAt: string; deletedByName: string } }>(DELETE, { number: 'FIN-2026-000123', by: people.deleterKim }, { token }));
      expect(deleted.deleteApprovalDocument.deletedByName).toBe('김삭제');
      // Deleting again changes nothing (a retried call from the approval service).
      const again = ok(await gql<{ deleteApprovalDocument: { deletedAt: string } }>(DELETE, { number: 'FIN-2026-000123', by: people.deleterSato }, { token }));
      expect(again.deleteApprovalDocument.deletedAt).toBe(deleted.deleteApprovalDocument.deletedAt);
    });

    it.each([
      ['a document number with a slash', { documentNumber: '../../x' }, 'documentNumber'],
      ['an empty title', { title: '  ' }, 'title'],
      ['a title with a line break', { title: 'a\r\nb' }, 'title'],
      ['a drafter of another company', 'OTHER_DRAFTER', 'drafterEmployeeId'],
      ['a drafter id that is no id', { drafterEmployeeId: 'nope' }, 'drafterEmployeeId'],
      ['no approvers', { approvalLine: [] }, 'approvalLine'],
      ['a decision without its time', 'NO_DECIDED_AT', 'approvalLine[0].decidedAt'],
      ['a completed status with a pending approver', 'PENDING_COMPLETED', 'status'],
      ['a creation time in the future', { createdAt: new Date(Date.now() + 3 * DAY).toISOString() }, 'createdAt'],
      ['an unknown file', { attachments: [{ fileId: '00000000-0000-4000-8000-000000000000' }] }, 'attachments[0]'],
      ['another company’s file', 'OTHER_FILE', 'attachments[0]'],
      ['an attachment name with a path', 'PATH_NAME', 'attachments[0].name'],
    ])('refuses %s with BAD_USER_INPUT naming the field, storing nothing', async (_label, change, field) => {
      let overrides: Record<string, unknown> = typeof change === 'object' ? change : {};
      if (change === 'OTHER_DRAFTER') overrides = { drafterEmployeeId: people.other };
      if (change === 'NO_DECIDED_AT') overrides = { approvalLine: [{ approverEmployeeId: people.approver, decision: 'APPROVED' }] };
      if (change === 'PENDING_COMPLETED') overrides = { approvalLine: [{ approverEmployeeId: people.approver, decision: 'PENDING' }] };
      if (change === 'OTHER_FILE') overrides = { attachments: [{ fileId: await upload('theirs.txt', 'x', otherToken) }] };
      if (change === 'PATH_NAME') overrides = { attachments: [{ fileId: await upload('ok.txt', 'x'), name: '../../etc/passwd' }] };
      const before = await server.warden.dataSource.getRepository(ApprovalDocument).count();
      const response = await gql(REGISTER, { input: documentInput('BAD-0001', overrides) }, { token });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions!.field).toBe(field);
      expect(await server.warden.dataSource.getRepository(ApprovalDocument).count()).toBe(before);
    });

    it('updates a document in progress; files the new version drops are removed', async () => {
      const companyId = server.fixtures.company.id;
      const [first, second] = [await upload('v1.txt', 'one'), await upload('v2.txt', 'two')];
      const line = (decision: string) => [{ approverEmployeeId: people.approver, decision, decidedAt: decision === 'PENDING' ? null : daysAgo(29).toISOString() }];
      const draft = documentInput('PROG-0001', { status: 'IN_PROGRESS', approvalLine: line('PENDING'), attachments: [{ fileId: first }] });
      ok(await gql(REGISTER, { input: draft }, { token }));
      const done = ok(
        await gql<{ registerApprovalDocument: { status: string; attachments: Array<{ fileId: string }> } }>(
          REGISTER,
          { input: { ...draft, status: 'COMPLETED', approvalLine: line('APPROVED'), attachments: [{ fileId: second }] } },
          { token },
        ),
      ).registerApprovalDocument;
      expect(done.status).toBe('COMPLETED');
      expect(done.attachments.map((attachment) => attachment.fileId)).toEqual([second]);
      expect(await server.warden.dataSource.getRepository(StoredFile).countBy({ id: first })).toBe(0);
      expect(onDisk(companyId, first)).toBe(false);
      expect(onDisk(companyId, second)).toBe(true);
    });

    it('does not let one file be attached to two documents (a permanent delete would take it from both)', async () => {
      const fileId = await upload('shared.txt', 'x');
      ok(await gql(REGISTER, { input: documentInput('SHARE-0001', { attachments: [{ fileId }] }) }, { token }));
      const second = await gql(REGISTER, { input: documentInput('SHARE-0002', { attachments: [{ fileId }] }) }, { token });
      expect(second.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachments[0]' });
    });

    it('needs an API token with SERVICE_DATA_WRITE, and deletes only the caller’s company’s documents', async () => {
      expect(errorCode(await gql(REGISTER, { input: documentInput('ADMIN-0001') }))).toBe('FORBIDDEN');
      const loginToken = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_EVENTS_WRITE]);
      expect(errorCode(await gql(REGISTER, { input: documentInput('TOKEN-0001') }, { token: loginToken }))).toBe('FORBIDDEN');
      ok(await gql(REGISTER, { input: documentInput('MINE-0001') }, { token }));
      const foreign = await gql(DELETE, { number: 'MINE-0001', by: people.other }, { token: otherToken });
      expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((await server.warden.dataSource.getRepository(ApprovalDocument).findOneByOrFail({ documentNumber: 'MINE-0001' })).deletedAt).toBeNull();
    });
  });

  describe('deletedApprovalDocuments (R51)', () => {
    beforeAll(async () => {
      await registerDeleted('SRCH-2026-0001', 10, people.deleterKim, { title: '=HYPERLINK("http://evil.example","x")' });
      await registerDeleted('SRCH-2026-0002', 5, people.deleterSato, { title: '../../x "quoted"' });
      await registerDeleted('SRCH-2026-0003', 2, people.deleterKim, { title: '出張申請 — 김민준' });
      await registerDeleted('SRCX-2026-0004', 1, people.deleterSato);
      // Another company's deleted document never shows here.
      await server.warden.services.approvalDocuments.register(server.fixtures.otherCompany.id, {
        documentNumber: 'SRCH-2026-9999',
        title: '他社の文書',
        formName: '稟議書',
        drafterEmployeeId: people.other,
        createdAt: daysAgo(20),
        status: 'COMPLETED',
        body: '<p>他社</p>',
        approvalLine: [{ approverEmployeeId: people.other, decision: 'APPROVED', decidedAt: daysAgo(19) }],
      });
      await server.warden.services.approvalDocuments.softDelete(server.fixtures.otherCompany.id, 'SRCH-2026-9999', people.other, daysAgo(1));
    });

    const search = async (filter: Record<string, unknown>, first = 50, after: string | null = null) =>
      ok(await gql<ListData>(LIST, { filter, first, after })).deletedApprovalDocuments;
    const numbers = (list: ListData['deletedApprovalDocuments']) => list.edges.map((edge) => edge.node.documentNumber).filter((n) => /^SRC[HX]-/.test(n));

    it('lists deleted documents newest deletion first, with attachments and approval line', async () => {
      const list = await search({ documentNumber: 'SRC' });
      expect(numbers(list)).toEqual(['SRCX-2026-0004', 'SRCH-2026-0003', 'SRCH-2026-0002', 'SRCH-2026-0001']);
      expect(list.totalCount).toBe(4);
      expect(list.edges[0].node.approvalLine).toEqual([{ approverName: 'Jane Approver', decision: 'APPROVED' }]);
    });

    it('filters by document number (part, any case), deleter and deletion period', async () => {
      expect(numbers(await search({ documentNumber: 'srch-2026' }))).toEqual(['SRCH-2026-0003', 'SRCH-2026-0002', 'SRCH-2026-0001']);
      expect(numbers(await search({ documentNumber: 'SRCH', deletedBy: '佐藤' }))).toEqual(['SRCH-2026-0002']);
      expect(numbers(await search({ documentNumber: 'SRC', deletedBy: '김삭' }))).toEqual(['SRCH-2026-0003', 'SRCH-2026-0001']);
      expect(numbers(await search({ documentNumber: 'SRC', deletedFrom: daysAgo(6).toISOString(), deletedTo: daysAgo(1.5).toISOString() }))).toEqual([
        'SRCH-2026-0003',
        'SRCH-2026-0002',
      ]);
      // % and _ are literal, not wildcards.
      expect(numbers(await search({ documentNumber: 'SRCH%' }))).toEqual([]);
    });

    it('pages by keyset', async () => {
      const first = await search({ documentNumber: 'SRC' }, 3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await search({ documentNumber: 'SRC' }, 3, first.pageInfo.endCursor);
      expect(numbers(second)).toEqual(['SRCH-2026-0001']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it.each([
      [{ first: 201 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ after: 'garbage' }, 'after'],
      [{ filter: { deletedFrom: daysAgo(1).toISOString(), deletedTo: daysAgo(2).toISOString() } }, 'deletedTo'],
      [{ filter: { documentNumber: 'x'.repeat(41) } }, 'documentNumber'],
    ])('refuses %j with BAD_USER_INPUT naming %s', async (variables, field) => {
      const response = await gql(LIST, { first: 50, ...variables });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    // The step-up itself (codes, grants) is covered by step-up.test.ts; here: which service protects the page.
    it('needs DELETED_DOCUMENTS_MANAGE and, when the Approval service is protected, a step-up', async () => {
      const token2 = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_RECORDS_READ]);
      expect(errorCode(await gql(LIST, {}, { token: token2 }))).toBe('FORBIDDEN');

      const admin = await newAdmin(server);
      await protect(server, server.fixtures.company.id, [Service.APPROVAL]);
      try {
        expect(errorCode(await gql(LIST, {}, { cookie: admin.cookie }))).toBe('STEP_UP_REQUIRED');
        // The pledge page follows the Pledge service's setting, which is off.
        expect(errorCode(await gql(PLEDGE_LIST, {}, { cookie: admin.cookie }))).toBeUndefined();
      } finally {
        await protect(server, server.fixtures.company.id, []);
      }
    });

    it('streams doc_list.xlsx: the current search, headers in the company language, times in its zone, formulas as text; audited', async () => {
      await server.warden.dataSource.getRepository(Company).update({ id: server.fixtures.company.id }, { language: 'ko' });
      try {
        const link = ok(
          await gql<{ requestDeletedApprovalDocumentsDownload: { url: string } }>(
            'mutation ($filter: DeletedApprovalDocumentFilter) { requestDeletedApprovalDocumentsDownload(filter: $filter) { url } }',
            { filter: { documentNumber: 'SRCH-2026' } },
          ),
        ).requestDeletedApprovalDocumentsDownload;
        const response = await fetch(`${server.url}${link.url}`, { headers: { cookie } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-disposition')).toBe(`attachment; filename="doc_list.xlsx"; filename*=UTF-8''doc_list.xlsx`);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('cache-control')).toBe('no-store');
        const workbook = XLSX.read(Buffer.from(await response.arrayBuffer()), { type: 'buffer', cellFormula: true });
        const sheet = workbook.Sheets[workbook.SheetNames[0]];
        const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
        expect(workbook.SheetNames[0]).toBe('삭제된 결재 문서');
        expect(rows[0]).toEqual(['문서 번호', '제목', '양식', '기안자', '기안일', '상태', '첨부파일', '삭제일', '삭제자']);
        expect(rows.slice(1).map((row) => row[0])).toEqual(['SRCH-2026-0003', 'SRCH-2026-0002', 'SRCH-2026-0001']);
        expect(rows[3][1]).toBe('=HYPERLINK("http://evil.example","x")');
        expect(Object.values(sheet).some((cell) => typeof cell === 'object' && cell && 'f' in cell)).toBe(false);
        expect(rows[1][5]).toBe('완료');
        expect(String(rows[1][7])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})? \+09:00$/);
        expect(rows[1][8]).toBe('김삭제');
        // The audit row is written once the last byte is out, so it can land just after the client has the file.
        const audit = await waitFor('the download audit', () => server.warden.dataSource.getRepository(AuditEvent).findOneBy({ action: 'approval_documents.downloaded' }));
        expect(audit.details).toMatchObject({ rows: 3 });
      } finally {
        await server.warden.dataSource.getRepository(Company).update({ id: server.fixtures.company.id }, { language: 'en' });
      }
    });
  });

  describe('permanentlyDeleteApprovalDocuments (R52)', () => {
    it('removes rows, approval line, attachments and the files on disk; audited with the document numbers', async () => {
      const companyId = server.fixtures.company.id;
      const files = [await upload('a.txt', 'aaa'), await upload('b.txt', 'bbb')];
      const id = await registerDeleted('PURGE-0001', 1, people.deleterKim, { attachments: files.map((fileId) => ({ fileId })) });
      expect(files.every((fileId) => onDisk(companyId, fileId))).toBe(true);

      const result = ok(await gql<{ permanentlyDeleteApprovalDocuments: Record<string, unknown> }>(PURGE, { ids: [id] }));
      expect(result.permanentlyDeleteApprovalDocuments).toEqual({ deletedCount: 1, deleted: [{ id, documentNumber: 'PURGE-0001' }], notFoundIds: [] });
      const { dataSource } = server.warden;
      expect(await dataSource.getRepository(ApprovalDocument).countBy({ id })).toBe(0);
      expect(await dataSource.getRepository(ApprovalLineEntry).countBy({ documentId: id })).toBe(0);
      expect(await dataSource.getRepository(ApprovalDocumentAttachment).countBy({ documentId: id })).toBe(0);
      for (const fileId of files) {
        expect(await dataSource.getRepository(StoredFile).countBy({ id: fileId })).toBe(0);
        expect(onDisk(companyId, fileId)).toBe(false);
      }
      const audit = await dataSource.getRepository(AuditEvent).findOneByOrFail({ action: 'approval_documents.permanently_deleted', targetId: 'PURGE-0001' });
      expect(audit.details).toMatchObject({ documentNumbers: ['PURGE-0001'], count: 1 });
    });

    it('keeps a file that another feature’s record still holds (here an accounting vendor)', async () => {
      const companyId = server.fixtures.company.id;
      const fileId = await upload('사업자등록증.pdf', 'shared with a vendor');
      const id = await registerDeleted('PURGE-SHARED', 1, people.deleterKim, { attachments: [{ fileId }] });
      ok(
        await gql(
          'mutation ($input: RegisterAccountingVendorInput!) { registerAccountingVendor(input: $input) { id } }',
          { input: { businessRegistrationNumber: '123-45-67890', name: '한빛상사', attachmentFileIds: [fileId] } },
          { token },
        ),
      );
      ok(await gql(PURGE, { ids: [id] }));
      expect(await server.warden.dataSource.getRepository(ApprovalDocument).countBy({ id })).toBe(0);
      expect(await server.warden.dataSource.getRepository(StoredFile).countBy({ id: fileId })).toBe(1);
      expect(onDisk(companyId, fileId)).toBe(true);
    });

    it('refuses live documents and changes nothing', async () => {
      const deleted = await registerDeleted('PURGE-0002', 1, people.deleterKim);
      const live = ok(await gql<{ registerApprovalDocument: { id: string } }>(REGISTER, { input: documentInput('LIVE-0001') }, { token })).registerApprovalDocument.id;
      const response = await gql(PURGE, { ids: [deleted, live] });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[1]' });
      expect(response.errors![0].message).toContain('LIVE-0001');
      expect(await server.warden.dataSource.getRepository(ApprovalDocument).countBy({ id: deleted })).toBe(1);
      expect(await server.warden.dataSource.getRepository(ApprovalDocument).countBy({ id: live })).toBe(1);
    });

    it('never touches another company’s documents', async () => {
      const theirs = await server.warden.dataSource.getRepository(ApprovalDocument).findOneByOrFail({ documentNumber: 'SRCH-2026-9999' });
      const result = ok(await gql<{ permanentlyDeleteApprovalDocuments: { deletedCount: number; notFoundIds: string[] } }>(PURGE, { ids: [theirs.id] }));
      expect(result.permanentlyDeleteApprovalDocuments).toEqual({ deletedCount: 0, deleted: [], notFoundIds: [theirs.id] });
      expect(await server.warden.dataSource.getRepository(ApprovalDocument).countBy({ id: theirs.id })).toBe(1);
    });

    it('deletes once and reports once under a double submit', async () => {
      const fileId = await upload('double.txt', 'dd');
      const id = await registerDeleted('DOUBLE-0001', 1, people.deleterKim, { attachments: [{ fileId }] });
      const auditsBefore = await server.warden.dataSource.getRepository(AuditEvent).countBy({ action: 'approval_documents.permanently_deleted' });
      const results = await Promise.all([1, 2, 3].map(() => gql<{ permanentlyDeleteApprovalDocuments: { deletedCount: number } }>(PURGE, { ids: [id] })));
      expect(results.map((response) => response.errors)).toEqual([undefined, undefined, undefined]);
      expect(results.map((response) => response.data!.permanentlyDeleteApprovalDocuments.deletedCount).sort()).toEqual([0, 0, 1]);
      expect(await server.warden.dataSource.getRepository(AuditEvent).countBy({ action: 'approval_documents.permanently_deleted' })).toBe(auditsBefore + 1);
      expect(onDisk(server.fixtures.company.id, fileId)).toBe(false);
    });

    it('validates the ids', async () => {
      expect((await gql(PURGE, { ids: [] })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
      expect((await gql(PURGE, { ids: ['1 OR 1=1'] })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[0]' });
    });
  });

  describe('deleted pledges', () => {
    it('lists, filters by name, downloads pledge_list.xlsx and deletes permanently with the files', async () => {
      const companyId = server.fixtures.company.id;
      const fileId = await upload('서명본.pdf', 'signed');
      const register = async (pledgeNumber: string, name: string, attachments: Array<{ fileId: string }>, deletedDays: number) => {
        const stored = ok(
          await gql<{ registerPledge: { id: string } }>(
            REGISTER_PLEDGE,
            { input: { pledgeNumber, name, signerEmployeeId: people.drafter, signedAt: daysAgo(30).toISOString(), content: '<p>서약</p>', attachments } },
            { token },
          ),
        ).registerPledge;
        ok(await gql(DELETE_PLEDGE, { number: pledgeNumber, by: people.deleterSato, at: daysAgo(deletedDays).toISOString() }, { token }));
        return stored.id;
      };
      const security = await register('PLG-0001', '정보보안 서약서', [{ fileId }], 2);
      await register('PLG-0002', '秘密保持誓約書', [], 1);

      type PledgeList = { deletedPledges: { totalCount: number; edges: Array<{ node: { pledgeNumber: string; signerName: string; deletedByName: string; attachments: Array<{ name: string }> } }> } };
      const byName = ok(await gql<PledgeList>(PLEDGE_LIST, { filter: { name: '정보보안' } })).deletedPledges;
      expect(byName.edges.map((edge) => edge.node).filter((node) => node.pledgeNumber !== 'PLG-MENU')).toEqual([
        { pledgeNumber: 'PLG-0001', name: '정보보안 서약서', signerName: '김민준', deletedByName: '佐藤 花子', attachments: [{ name: '서명본.pdf' }], id: security, deletedAt: expect.any(String) },
      ]);
      const byDeleter = ok(await gql<PledgeList>(PLEDGE_LIST, { filter: { deletedBy: '佐藤', deletedFrom: daysAgo(1.5).toISOString() } })).deletedPledges;
      expect(byDeleter.edges.map((edge) => edge.node.pledgeNumber)).toEqual(['PLG-0002']);

      const link = ok(await gql<{ requestDeletedPledgesDownload: { url: string } }>('mutation { requestDeletedPledgesDownload { url } }')).requestDeletedPledgesDownload;
      const response = await fetch(`${server.url}${link.url}`, { headers: { cookie } });
      expect(response.headers.get('content-disposition')).toContain('filename="pledge_list.xlsx"');
      const workbook = XLSX.read(Buffer.from(await response.arrayBuffer()), { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1 });
      expect(rows[0]).toEqual(['Pledge number', 'Pledge name', 'Signer', 'Signed', 'Attachments', 'Deleted', 'Deleted by']);
      expect(rows.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(['PLG-0001', 'PLG-0002']));

      const purge = ok(await gql<{ permanentlyDeletePledges: { deletedCount: number; deleted: Array<{ pledgeNumber: string }> } }>(PURGE_PLEDGES, { ids: [security] }));
      expect(purge.permanentlyDeletePledges).toMatchObject({ deletedCount: 1, deleted: [{ pledgeNumber: 'PLG-0001', name: '정보보안 서약서' }] });
      expect(await server.warden.dataSource.getRepository(Pledge).countBy({ id: security })).toBe(0);
      expect(await server.warden.dataSource.getRepository(PledgeAttachment).countBy({ pledgeId: security })).toBe(0);
      expect(onDisk(companyId, fileId)).toBe(false);
      const audit = await server.warden.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: 'pledges.permanently_deleted' });
      expect(audit.details).toMatchObject({ pledgeNumbers: ['PLG-0001'] });
    });
  });
});
