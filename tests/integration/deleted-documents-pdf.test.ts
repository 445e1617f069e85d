/**
 * R54 over HTTP: documents registered and deleted through the integration API (as the approval and
 * pledge services do), then downloaded as PDFs by an admin and read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Permission, Service } from '@warden/shared';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { buildAdmin, buildApiToken, buildCompany, buildEmployee } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { protect } from '../support/step-up';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const REQUEST_DOCUMENT_PDF = 'mutation ($id: ID!) { requestDeletedApprovalDocumentPdfDownload(id: $id) { url expiresAt } }';
const REQUEST_PLEDGE_PDF = 'mutation ($id: ID!) { requestDeletedPledgePdfDownload(id: $id) { url expiresAt } }';
const REGISTER_DOCUMENT = 'mutation ($input: RegisterApprovalDocumentInput!) { registerApprovalDocument(input: $input) { id documentNumber } }';
const DELETE_DOCUMENT =
  'mutation ($documentNumber: String!, $deletedByEmployeeId: ID!) { deleteApprovalDocument(documentNumber: $documentNumber, deletedByEmployeeId: $deletedByEmployeeId) { id deletedAt } }';
const REGISTER_PLEDGE = 'mutation ($input: RegisterPledgeInput!) { registerPledge(input: $input) { id pledgeNumber } }';
const DELETE_PLEDGE =
  'mutation ($pledgeNumber: String!, $deletedByEmployeeId: ID!) { deletePledge(pledgeNumber: $pledgeNumber, deletedByEmployeeId: $deletedByEmployeeId) { id deletedAt } }';

type Credentials = { cookie?: string; token?: string };

const PARAGRAPH = '본 문서는 2026년 하반기 마케팅 예산 집행에 관한 품의입니다. 담당 부서의 검토를 거쳐 결재를 요청하며, 세부 집행 내역과 견적은 첨부 파일을 참고하시기 바랍니다.';

describe('deleted document PDFs (R54)', () => {
  let server: TestServer;
  let dir: string;
  /** A Korean company of its own, so labels and times are Korean. */
  let korean: { companyId: string; cookie: string; integration: string; drafterId: string; approverIds: string[]; deleterId: string };
  let deletedDocumentId: string;
  let liveDocumentId: string;
  let deletedPledgeId: string;

  async function ok<T>(query: string, variables: Record<string, unknown>, credentials: Credentials): Promise<T> {
    const response = await graphql<T>(server.url, query, variables, credentials);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  }

  async function upload(token: string, name: string, body: string): Promise<string> {
    const response = await fetch(`${server.url}/integration/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { fileId: string }).fileId;
  }

  async function registerDocument(documentNumber: string, title: string, options: { deleted: boolean; fileIds?: string[] }): Promise<string> {
    const data = await ok<{ registerApprovalDocument: { id: string } }>(
      REGISTER_DOCUMENT,
      {
        input: {
          documentNumber,
          title,
          formName: '지출 품의서',
          drafterEmployeeId: korean.drafterId,
          createdAt: '2026-11-24T23:30:00Z',
          status: 'COMPLETED',
          body: `<h2>개요</h2>${Array.from({ length: 14 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('')}<script>alert(1)</script><img src="http://evil.example/x.png" alt="도표">`,
          approvalLine: korean.approverIds.map((approverEmployeeId, index) => ({
            approverEmployeeId,
            decision: 'APPROVED',
            decidedAt: `2026-11-25T0${index + 1}:00:00Z`,
          })),
          attachments: (options.fileIds ?? []).map((fileId) => ({ fileId })),
        },
      },
      { token: korean.integration },
    );
    if (options.deleted) {
      await ok(DELETE_DOCUMENT, { documentNumber, deletedByEmployeeId: korean.deleterId }, { token: korean.integration });
    }
    return data.registerApprovalDocument.id;
  }

  const download = (url: string, credentials: Credentials) =>
    fetch(`${server.url}${url}`, {
      headers: {
        ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
        ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
      },
    });

  async function savePdf(response: Response, name: string): Promise<string> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return file;
  }
  const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file]).toString('utf8'))![1]);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-deleted-pdf-'));
    server = await startTestServer();
    const { dataSource, services } = server.warden;
    const company = await buildCompany(dataSource, { name: '한빛 테스트', language: 'ko', timeZone: 'Asia/Seoul' });
    const admin = await buildAdmin(dataSource, company.id, { name: '관리자' });
    const drafter = await buildEmployee(dataSource, company.id, { name: '홍길동' });
    const approvers = [await buildEmployee(dataSource, company.id, { name: '김민준' }), await buildEmployee(dataSource, company.id, { name: '山田太郎' })];
    const deleter = await buildEmployee(dataSource, company.id, { name: '이서연' });
    korean = {
      companyId: company.id,
      cookie: await signIn(server.url, admin.loginId, admin.password),
      integration: await buildApiToken(services, company.id, [Permission.SERVICE_DATA_WRITE]),
      drafterId: drafter.id,
      approverIds: approvers.map((approver) => approver.id),
      deleterId: deleter.id,
    };
    const quote = await upload(korean.integration, '견적서 (최종).pdf', 'x'.repeat(48_213));
    deletedDocumentId = await registerDocument('FIN-2026-000123', '2026년 하반기 마케팅 예산 집행 품의', { deleted: true, fileIds: [quote] });
    liveDocumentId = await registerDocument('FIN-2026-000124', '진행 중인 문서', { deleted: false });

    const pledge = await ok<{ registerPledge: { id: string } }>(
      REGISTER_PLEDGE,
      {
        input: {
          pledgeNumber: 'PLG-2026-000045',
          name: '정보보안 서약서',
          signerEmployeeId: approvers[0].id,
          signedAt: '2026-03-02T00:15:00Z',
          content: '<p>본인은 회사의 정보보안 규정을 준수할 것을 서약합니다.</p><ol><li>기밀 유지</li><li>자산 반납</li></ol>',
        },
      },
      { token: korean.integration },
    );
    await ok(DELETE_PLEDGE, { pledgeNumber: 'PLG-2026-000045', deletedByEmployeeId: deleter.id }, { token: korean.integration });
    deletedPledgeId = pledge.registerPledge.id;
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('downloads a deleted approval document as <number>.pdf that poppler reads back: Korean title, labels, times in the zone, 2 pages', async () => {
    const { requestDeletedApprovalDocumentPdfDownload: link } = await ok<{ requestDeletedApprovalDocumentPdfDownload: { url: string; expiresAt: string } }>(
      REQUEST_DOCUMENT_PDF,
      { id: deletedDocumentId },
      { cookie: korean.cookie },
    );
    expect(link.url).toMatch(/^\/downloads\/[A-Za-z0-9_-]{43}$/);
    const response = await download(link.url, { cookie: korean.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="FIN-2026-000123.pdf"; filename*=UTF-8''FIN-2026-000123.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');

    const file = await savePdf(response, 'document.pdf');
    const text = pdfText(file);
    expect(text).toContain('2026년 하반기 마케팅 예산 집행 품의');
    for (const expected of ['결재 문서', '문서 번호', 'FIN-2026-000123', '지출 품의서', '홍길동', '완료', '결재선', '김민준', '山田太郎', '승인', '삭제자', '이서연', '첨부 파일 (1)', '견적서 (최종).pdf', '47 KB', '[이미지: 도표]']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('2026-11-25 08:30:00 +09:00');
    expect(text).not.toMatch(/alert|evil\.example/);
    expect(pdfPages(file)).toBe(2);

    // One render to PNG proves the file is a valid PDF, not just text in a PDF-looking wrapper.
    execFileSync('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '1', file, path.join(dir, 'document')]);
    expect(fs.readFileSync(path.join(dir, 'document-1.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('records the download in the audit log with the document number', async () => {
    const { requestDeletedApprovalDocumentPdfDownload: link } = await ok<{ requestDeletedApprovalDocumentPdfDownload: { url: string } }>(
      REQUEST_DOCUMENT_PDF,
      { id: deletedDocumentId },
      { cookie: korean.cookie },
    );
    await (await download(link.url, { cookie: korean.cookie })).arrayBuffer();
    const event = await waitFor('the PDF download audit event', () =>
      server.warden.dataSource.getRepository(AuditEvent).findOneBy({ companyId: korean.companyId, action: 'approval_document.pdf_downloaded' }),
    );
    expect(event).toMatchObject({
      actorName: '관리자',
      targetType: 'approval_document',
      targetId: deletedDocumentId,
      details: expect.objectContaining({ documentNumber: 'FIN-2026-000123', fileName: 'FIN-2026-000123.pdf' }),
    });
  });

  it('downloads a deleted pledge as <pledge number>.pdf', async () => {
    const { requestDeletedPledgePdfDownload: link } = await ok<{ requestDeletedPledgePdfDownload: { url: string } }>(
      REQUEST_PLEDGE_PDF,
      { id: deletedPledgeId },
      { cookie: korean.cookie },
    );
    const response = await download(link.url, { cookie: korean.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="PLG-2026-000045.pdf"; filename*=UTF-8''PLG-2026-000045.pdf`);
    const file = await savePdf(response, 'pledge.pdf');
    const text = pdfText(file);
    for (const expected of ['서약서', '정보보안 서약서', 'PLG-2026-000045', '김민준', '2026-03-02 09:15:00 +09:00', '1. 기밀 유지', '이서연']) expect(text).toContain(expected);
    expect(pdfPages(file)).toBe(1);
  });

  it('refuses a live document: BAD_USER_INPUT naming the id, and no link', async () => {
    const links = await server.warden.dataSource.query('SELECT COUNT(*) AS n FROM download_links');
    const response = await graphql(server.url, REQUEST_DOCUMENT_PDF, { id: liveDocumentId }, { cookie: korean.cookie });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions).toMatchObject({ field: 'id' });
    expect(await server.warden.dataSource.query('SELECT COUNT(*) AS n FROM download_links')).toEqual(links);
  });

  it('refuses another company’s documents (NOT_FOUND, nothing revealed) and its links (403)', async () => {
    const otherCookie = await signIn(server.url, server.fixtures.otherAdmin.loginId, server.fixtures.otherAdmin.password);
    expect(errorCode(await graphql(server.url, REQUEST_DOCUMENT_PDF, { id: deletedDocumentId }, { cookie: otherCookie }))).toBe('NOT_FOUND');
    expect(errorCode(await graphql(server.url, REQUEST_PLEDGE_PDF, { id: deletedPledgeId }, { cookie: otherCookie }))).toBe('NOT_FOUND');

    const { requestDeletedApprovalDocumentPdfDownload: link } = await ok<{ requestDeletedApprovalDocumentPdfDownload: { url: string } }>(
      REQUEST_DOCUMENT_PDF,
      { id: deletedDocumentId },
      { cookie: korean.cookie },
    );
    const stolen = await download(link.url, { cookie: otherCookie });
    expect(stolen.status).toBe(403);
    expect((await download(link.url, {})).status).toBe(401);
  });

  it('refuses an id that is not one (BAD_USER_INPUT) and an unknown one (NOT_FOUND)', async () => {
    const bad = await graphql(server.url, REQUEST_DOCUMENT_PDF, { id: '../../etc/passwd' }, { cookie: korean.cookie });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ field: 'id' });
    expect(errorCode(await graphql(server.url, REQUEST_PLEDGE_PDF, { id: '00000000-0000-4000-8000-000000000000' }, { cookie: korean.cookie }))).toBe('NOT_FOUND');
  });

  it('needs DELETED_DOCUMENTS_MANAGE, and a step-up when the Approval or Pledge service is protected', async () => {
    expect(errorCode(await graphql(server.url, REQUEST_DOCUMENT_PDF, { id: deletedDocumentId }, { token: korean.integration }))).toBe('FORBIDDEN');
    const manager = await buildApiToken(server.warden.services, korean.companyId, [Permission.DELETED_DOCUMENTS_MANAGE]);
    expect(errorCode(await graphql(server.url, REQUEST_DOCUMENT_PDF, { id: deletedDocumentId }, { token: manager }))).toBeUndefined();

    await protect(server, korean.companyId, [Service.APPROVAL]);
    expect(errorCode(await graphql(server.url, REQUEST_DOCUMENT_PDF, { id: deletedDocumentId }, { cookie: korean.cookie }))).toBe('STEP_UP_REQUIRED');
    // The Pledge service is not protected: its PDFs need no step-up.
    expect(errorCode(await graphql(server.url, REQUEST_PLEDGE_PDF, { id: deletedPledgeId }, { cookie: korean.cookie }))).toBeUndefined();
    await protect(server, korean.companyId, []);
  });

  it('answers NOT_FOUND when the document is gone by the time the link is followed', async () => {
    const id = await registerDocument('FIN-2026-000200', '곧 사라질 문서', { deleted: true });
    const { requestDeletedApprovalDocumentPdfDownload: link } = await ok<{ requestDeletedApprovalDocumentPdfDownload: { url: string } }>(
      REQUEST_DOCUMENT_PDF,
      { id },
      { cookie: korean.cookie },
    );
    await server.warden.services.approvalDocuments.permanentlyDelete(korean.companyId, [id], async () => undefined);
    const response = await download(link.url, { cookie: korean.cookie });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
