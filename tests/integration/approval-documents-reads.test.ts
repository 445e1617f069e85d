import { ManualClock } from '@warden/api/src/core/clock/clock';
import { streamOf } from '@warden/api/src/core/files/storage/file-storage';
import type { ApprovalDocument } from '@warden/api/src/features/approval-documents/approval-document.entity';
import type { Pledge } from '@warden/api/src/features/pledges/pledge.entity';
import { buildEmployee } from '../support/factories';
import { type TestServer, startTestServer } from '../support/test-server';
import { text } from 'node:stream/consumers';

const T0 = new Date('2026-11-01T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The reads the data export (issue 7) builds on: closed documents and pledges at a snapshot. */
describe('approval document and pledge reads for exports', () => {
  let server: TestServer;
  let clock: ManualClock;
  let companyId: string;
  let drafter: string;

  beforeAll(async () => {
    clock = new ManualClock(T0);
    server = await startTestServer({ clock });
    companyId = server.fixtures.company.id;
    drafter = (await buildEmployee(server.warden.dataSource, companyId, { name: '김민준' })).id;
  });
  afterAll(() => server.close());

  const register = (number: string, status: 'IN_PROGRESS' | 'COMPLETED' | 'DECLINED' | 'CANCELED', createdAt: Date, fileIds: string[] = []) =>
    server.warden.services.approvalDocuments.register(companyId, {
      documentNumber: number,
      title: number,
      formName: 'Form',
      drafterEmployeeId: drafter,
      createdAt,
      status,
      body: '<p>x</p>',
      approvalLine: [
        {
          approverEmployeeId: drafter,
          decision: status === 'COMPLETED' ? 'APPROVED' : status === 'DECLINED' ? 'DECLINED' : 'PENDING',
          decidedAt: status === 'COMPLETED' || status === 'DECLINED' ? new Date(createdAt.getTime() + HOUR) : null,
        },
      ],
      attachments: fileIds.map((fileId) => ({ fileId })),
    });

  it('yields closed, live documents created in the period as of the snapshot, oldest first, with line and attachments', async () => {
    const { services } = server.warden;
    const file = await services.storedFiles.upload(companyId, { originalName: '첨부.txt', contentType: 'text/plain' }, streamOf('attached'), { maxBytes: 100 });
    clock.set(new Date(T0.getTime() + 10 * DAY));
    await register('A-1', 'COMPLETED', new Date(T0.getTime() + 1 * DAY), [file.id]);
    await register('A-2', 'DECLINED', new Date(T0.getTime() + 2 * DAY));
    await register('A-3', 'CANCELED', new Date(T0.getTime() + 3 * DAY));
    await register('A-4', 'IN_PROGRESS', new Date(T0.getTime() + 4 * DAY)); // left out: in progress
    await register('A-5', 'COMPLETED', new Date(T0.getTime() - 5 * DAY)); // left out: before the period
    await register('A-6', 'COMPLETED', new Date(T0.getTime() + 5 * DAY));
    await services.approvalDocuments.softDelete(companyId, 'A-6', drafter, null); // deleted before the snapshot
    const snapshotAt = new Date(T0.getTime() + 11 * DAY);
    clock.set(new Date(T0.getTime() + 12 * DAY));
    await register('A-7', 'COMPLETED', new Date(T0.getTime() + 6 * DAY)); // registered after the snapshot
    await services.approvalDocuments.softDelete(companyId, 'A-2', drafter, null); // deleted after the snapshot: still in

    const window = { from: T0, to: new Date(T0.getTime() + 30 * DAY), snapshotAt };
    const documents: ApprovalDocument[] = await collect(services.approvalDocuments.iterateClosedForExport(companyId, window, 2));
    expect(documents.map((document) => document.documentNumber)).toEqual(['A-1', 'A-2', 'A-3']);
    expect(await services.approvalDocuments.countClosedForExport(companyId, window)).toBe(3);
    expect(documents[0].approvalLine).toHaveLength(1);
    expect(documents[0].attachments).toEqual([{ fileId: file.id, name: '첨부.txt', size: 8, contentType: 'text/plain' }]);
    expect(await text(await services.approvalDocuments.openAttachment(companyId, file.id))).toBe('attached');
    // Another company reads nothing of this one.
    expect(await collect(services.approvalDocuments.iterateClosedForExport(server.fixtures.otherCompany.id, window))).toEqual([]);
    await expect(services.approvalDocuments.openAttachment(server.fixtures.otherCompany.id, file.id)).rejects.toThrow();
  });

  it('yields pledges signed in the period as of the snapshot', async () => {
    const { services } = server.warden;
    clock.set(new Date(T0.getTime() + 20 * DAY));
    const sign = (number: string, signedAt: Date) =>
      services.pledges.register(companyId, { pledgeNumber: number, name: '정보보안 서약서', signerEmployeeId: drafter, signedAt, content: '<p>서약</p>' });
    await sign('P-1', new Date(T0.getTime() + 1 * DAY));
    await sign('P-2', new Date(T0.getTime() + 2 * DAY));
    await services.pledges.softDelete(companyId, 'P-2', drafter, null);
    const snapshotAt = new Date(T0.getTime() + 21 * DAY);
    const pledges: Pledge[] = await collect(services.pledges.iterateForExport(companyId, { from: null, to: null, snapshotAt }));
    expect(pledges.map((pledge) => pledge.pledgeNumber)).toEqual(['P-1']);
    expect(await services.pledges.countForExport(companyId, { from: null, to: null, snapshotAt })).toBe(1);
  });
});
