import fs from 'node:fs';
import path from 'node:path';
import { ApprovalDocument } from '@warden/api/src/features/approval-documents/approval-document.entity';
import { seedApprovalDocumentsDemo } from '@warden/api/src/features/approval-documents/demo-approval-documents';
import { Pledge } from '@warden/api/src/features/pledges/pledge.entity';
import { StoredFile } from '@warden/api/src/features/stored-files/stored-file.entity';
import { buildCompany, buildEmployee } from '../support/factories';
import { type TestServer, startTestServer } from '../support/test-server';

describe('demo approval documents and pledges', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('seeds documents in every status and pledges, some deleted, with attachment files on disk, through the same services', async () => {
    const { dataSource, config, services } = server.warden;
    const demo = await buildCompany(dataSource, { name: '한빛 데모', language: 'ko' });
    const names = ['관리자', '보안 관리자', '김민준', '佐藤 陽翔', 'Jane Doe', '이서연'];
    const employees = [];
    for (const name of names) employees.push(await buildEmployee(dataSource, demo.id, { name }));
    await seedApprovalDocumentsDemo(services, demo, employees);

    const documents = await dataSource.getRepository(ApprovalDocument).findBy({ companyId: demo.id });
    expect(new Set(documents.map((document) => document.status))).toEqual(new Set(['IN_PROGRESS', 'COMPLETED', 'DECLINED', 'CANCELED']));
    expect(documents.filter((document) => document.deletedAt).length).toBeGreaterThanOrEqual(3);
    expect(documents.some((document) => /[가-힣]/.test(document.title))).toBe(true);
    expect(documents.some((document) => /[ぁ-んァ-ン]/.test(document.title))).toBe(true);
    expect(documents.some((document) => /^[\x20-\x7e]+$/.test(document.title))).toBe(true);
    const pledges = await dataSource.getRepository(Pledge).findBy({ companyId: demo.id });
    expect(pledges.filter((pledge) => pledge.deletedAt).length).toBeGreaterThanOrEqual(2);
    const files = await dataSource.getRepository(StoredFile).findBy({ companyId: demo.id });
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(fs.statSync(path.join(config.filesDir, file.companyId, file.id)).size).toBe(file.size);
    expect(await services.approvalDocuments.hasDeleted(demo.id)).toBe(true);
    expect(await services.pledges.hasDeleted(demo.id)).toBe(true);
  });
});
