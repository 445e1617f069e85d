import { Permission } from '@warden/shared';
import { AccountingSlip, AccountingSlipAttachment } from '@warden/api/src/features/accounting/accounting-slip.entity';
import { AccountingVendor, AccountingVendorAttachment } from '@warden/api/src/features/accounting/accounting-vendor.entity';
import { BoardNotice, BoardNoticeFile } from '@warden/api/src/features/board/board-notice.entity';
import { EmployeeProfilePhoto } from '@warden/api/src/features/employees/profile-photo.entity';
import { tinyGif, tinyPng } from '@warden/api/src/features/source-domains/tiny-images';
import { buildApiToken, buildEmployee } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import {
  REGISTER_NOTICE,
  REGISTER_SLIP,
  REGISTER_VENDOR,
  SET_PHOTO,
  mustRegister,
  slipInput,
  uploadFile,
} from '../support/source-domain-fixtures';
import { type TestServer, startTestServer } from '../support/test-server';

describe('source domain registrations (issue 7)', () => {
  let server: TestServer;
  let token: string;
  let otherToken: string;
  let drafter: { id: string; name: string };
  let otherEmployee: { id: string };
  let pdfId: string;
  let otherPdfId: string;
  const repo = <T extends object>(entity: new () => T) => server.warden.dataSource.getRepository(entity);
  const companyId = () => server.fixtures.company.id;

  beforeAll(async () => {
    server = await startTestServer();
    token = await buildApiToken(server.warden.services, companyId(), [Permission.SERVICE_DATA_WRITE]);
    otherToken = await buildApiToken(server.warden.services, server.fixtures.otherCompany.id, [Permission.SERVICE_DATA_WRITE]);
    drafter = await buildEmployee(server.warden.dataSource, companyId(), { name: '김민준' });
    otherEmployee = await buildEmployee(server.warden.dataSource, server.fixtures.otherCompany.id, { name: '他社 社員' });
    pdfId = await uploadFile(server.url, token, '견적서.pdf', '%PDF-1.4 quote', 'application/pdf');
    otherPdfId = await uploadFile(server.url, otherToken, 'other.pdf', '%PDF-1.4 other', 'application/pdf');
  });
  afterAll(() => server.close());

  describe('registerAccountingSlip', () => {
    it('stores a slip with its attachments and the drafter’s name', async () => {
      const input = slipInput(drafter.id, { slipNumber: 'S-1001', amount: '+0012.50', currency: 'krw', attachmentFileIds: [pdfId], status: 'IN_PROGRESS' });
      const { registerAccountingSlip: slip } = await mustRegister<{ registerAccountingSlip: Record<string, unknown> }>(server.url, REGISTER_SLIP, { input }, token);
      expect(slip).toMatchObject({ slipNumber: 'S-1001', amount: '12.50', currency: 'KRW', drafterName: '김민준', status: 'IN_PROGRESS', attachmentFileIds: [pdfId] });
      const row = await repo(AccountingSlip).findOneByOrFail({ companyId: companyId(), slipNumber: 'S-1001' });
      expect(row.closedAt).toBeNull();
    });

    it('updates an in-progress slip when registered again, then keeps a closed slip final', async () => {
      const base = slipInput(drafter.id, { slipNumber: 'S-1002', status: 'IN_PROGRESS', attachmentFileIds: [pdfId] });
      await mustRegister(server.url, REGISTER_SLIP, { input: base }, token);
      const closed = { ...base, title: '사무용품 구입 (확정)', status: 'CLOSED', attachmentFileIds: [] };
      const first = await mustRegister<{ registerAccountingSlip: { id: string; title: string; status: string } }>(server.url, REGISTER_SLIP, { input: closed }, token);
      expect(first.registerAccountingSlip).toMatchObject({ title: '사무용품 구입 (확정)', status: 'CLOSED' });
      const row = await repo(AccountingSlip).findOneByOrFail({ companyId: companyId(), slipNumber: 'S-1002' });
      expect(row.closedAt).toBeInstanceOf(Date);
      expect(await repo(AccountingSlipAttachment).countBy({ slipId: row.id })).toBe(0);

      // A replay of the closed slip changes nothing and answers the same slip.
      const replay = await mustRegister<{ registerAccountingSlip: { id: string } }>(server.url, REGISTER_SLIP, { input: closed }, token);
      expect(replay.registerAccountingSlip.id).toBe(first.registerAccountingSlip.id);
      expect((await repo(AccountingSlip).findOneByOrFail({ id: row.id })).updatedAt).toEqual(row.updatedAt);

      const changed = await graphql(server.url, REGISTER_SLIP, { input: { ...closed, amount: '999' } }, { token });
      expect(errorCode(changed)).toBe('CONFLICT');
      expect(changed.errors![0].extensions).toMatchObject({ field: 'slipNumber' });
      expect((await repo(AccountingSlip).findOneByOrFail({ id: row.id })).amount).toBe('125000');
    });

    it.each([
      ['a date that does not exist', { slipDate: '2026-02-30' }, 'slipDate'],
      ['an amount with separators', { amount: '1,000' }, 'amount'],
      ['an amount with 5 decimals', { amount: '1.00001' }, 'amount'],
      ['a currency that is not a code', { currency: '₩' }, 'currency'],
      ['an empty title', { title: '  ' }, 'title'],
      ['a title with a line break', { title: 'a\nb' }, 'title'],
      ['a slip number longer than 50', { slipNumber: 'S'.repeat(51) }, 'slipNumber'],
      ['a drafter id that is no id', { drafterEmployeeId: 'nobody' }, 'drafterEmployeeId'],
      ['a creation time a week ahead', { createdAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }, 'createdAt'],
    ])('refuses %s, naming the field, storing nothing', async (_what, override, field) => {
      const before = await repo(AccountingSlip).count();
      const response = await graphql(server.url, REGISTER_SLIP, { input: slipInput(drafter.id, override as never) }, { token });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions).toMatchObject({ field });
      expect(response.errors![0].message).toContain(field);
      expect(await repo(AccountingSlip).count()).toBe(before);
    });

    it('refuses another company’s drafter and files, and unknown or repeated files, naming the field', async () => {
      const before = await repo(AccountingSlip).count();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ drafterEmployeeId: otherEmployee.id }, 'drafterEmployeeId'],
        [{ attachmentFileIds: [otherPdfId] }, 'attachmentFileIds[0]'],
        [{ attachmentFileIds: [pdfId, '00000000-0000-4000-8000-000000000000'] }, 'attachmentFileIds[1]'],
        [{ attachmentFileIds: [pdfId, pdfId] }, 'attachmentFileIds[1]'],
      ];
      for (const [override, field] of cases) {
        const response = await graphql(server.url, REGISTER_SLIP, { input: slipInput(drafter.id, override as never) }, { token });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0].extensions).toMatchObject({ field });
      }
      expect(await repo(AccountingSlip).count()).toBe(before);
    });

    it('keeps each company’s slips apart: the same number in two companies is two slips', async () => {
      await mustRegister(server.url, REGISTER_SLIP, { input: slipInput(drafter.id, { slipNumber: 'S-SHARED' }) }, token);
      await mustRegister(server.url, REGISTER_SLIP, { input: slipInput(otherEmployee.id, { slipNumber: 'S-SHARED', attachmentFileIds: [otherPdfId] }) }, otherToken);
      const rows = await repo(AccountingSlip).findBy({ slipNumber: 'S-SHARED' });
      expect(rows.map((row) => row.companyId).sort()).toEqual([companyId(), server.fixtures.otherCompany.id].sort());
    });

    it('stores one slip when the same new slip is registered ten times at once', async () => {
      const input = slipInput(drafter.id, { slipNumber: 'S-RACE', status: 'IN_PROGRESS' });
      const responses = await Promise.all(Array.from({ length: 10 }, () => graphql(server.url, REGISTER_SLIP, { input }, { token })));
      expect(responses.map((response) => response.errors)).toEqual(Array(10).fill(undefined));
      expect(await repo(AccountingSlip).countBy({ companyId: companyId(), slipNumber: 'S-RACE' })).toBe(1);
    });

    it('never reopens a slip when closing and editing race', async () => {
      const input = slipInput(drafter.id, { slipNumber: 'S-RACE-2', status: 'IN_PROGRESS', attachmentFileIds: [pdfId] });
      await mustRegister(server.url, REGISTER_SLIP, { input }, token);
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          graphql(server.url, REGISTER_SLIP, { input: { ...input, status: index % 2 === 0 ? 'CLOSED' : 'IN_PROGRESS', title: `경합 ${index}` } }, { token }),
        ),
      );
      // Once one closing registration has committed, every later change is refused, never applied.
      for (const response of responses) expect([undefined, 'CONFLICT']).toContain(errorCode(response));
      const row = await repo(AccountingSlip).findOneByOrFail({ companyId: companyId(), slipNumber: 'S-RACE-2' });
      expect(row.status).toBe('CLOSED');
      const closer = responses.find((response) => (response.data as { registerAccountingSlip?: { status: string } } | null)?.registerAccountingSlip?.status === 'CLOSED');
      expect((closer!.data as { registerAccountingSlip: { title: string } }).registerAccountingSlip.title).toBe(row.title);
    });

    it('is for integrations holding SERVICE_DATA_WRITE only', async () => {
      const input = slipInput(drafter.id);
      const wrongToken = await buildApiToken(server.warden.services, companyId(), [Permission.LOGIN_EVENTS_WRITE]);
      expect(errorCode(await graphql(server.url, REGISTER_SLIP, { input }, { token: wrongToken }))).toBe('FORBIDDEN');
      // Admins hold every admin permission, but not this token-only one.
      const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
      expect(errorCode(await graphql(server.url, REGISTER_SLIP, { input }, { cookie }))).toBe('FORBIDDEN');
      expect(errorCode(await graphql(server.url, REGISTER_SLIP, { input }))).toBe('UNAUTHENTICATED');
      expect(await repo(AccountingSlip).countBy({ slipNumber: input.slipNumber })).toBe(0);
    });
  });

  describe('registerAccountingVendor', () => {
    const vendor = { businessRegistrationNumber: '123-45-67890', name: '(주)한빛상사', representative: '이서연', contact: '02-1234-5678', address: '서울특별시 중구 세종대로 110\n3층' };

    it('stores a vendor and updates it when the same number is registered again', async () => {
      const first = await mustRegister<{ registerAccountingVendor: { id: string } }>(server.url, REGISTER_VENDOR, { input: { ...vendor, attachmentFileIds: [pdfId] } }, token);
      const second = await mustRegister<{ registerAccountingVendor: { id: string; name: string; attachmentFileIds: string[]; representative: string | null } }>(
        server.url,
        REGISTER_VENDOR,
        { input: { ...vendor, name: '(주)한빛상사 본점', representative: null } },
        token,
      );
      expect(second.registerAccountingVendor).toMatchObject({ id: first.registerAccountingVendor.id, name: '(주)한빛상사 본점', representative: null, attachmentFileIds: [] });
      expect(await repo(AccountingVendor).countBy({ companyId: companyId(), businessRegistrationNumber: '123-45-67890' })).toBe(1);
    });

    it('keeps one vendor with one attachment list when ten registrations of it run at once', async () => {
      const input = { ...vendor, businessRegistrationNumber: '555-55-55555', attachmentFileIds: [pdfId] };
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, index) => graphql(server.url, REGISTER_VENDOR, { input: { ...input, name: `동시 ${index}` } }, { token })),
      );
      expect(responses.map((response) => response.errors)).toEqual(Array(10).fill(undefined));
      const rows = await repo(AccountingVendor).findBy({ companyId: companyId(), businessRegistrationNumber: '555-55-55555' });
      expect(rows).toHaveLength(1);
      expect(await repo(AccountingVendorAttachment).countBy({ vendorId: rows[0].id })).toBe(1);
    });

    it.each([
      ['a number with other characters', { businessRegistrationNumber: '123/45' }, 'businessRegistrationNumber'],
      ['no name', { name: '' }, 'name'],
      ['an address longer than 500', { address: 'x'.repeat(501) }, 'address'],
      ['a contact with a control character', { contact: 'a\u0007b' }, 'contact'],
    ])('refuses %s, naming the field', async (_what, override, field) => {
      const before = await repo(AccountingVendor).count();
      const response = await graphql(server.url, REGISTER_VENDOR, { input: { ...vendor, businessRegistrationNumber: '999-99-99999', ...override } }, { token });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions).toMatchObject({ field });
      expect(await repo(AccountingVendor).count()).toBe(before);
    });

    it('refuses another company’s file', async () => {
      const response = await graphql(server.url, REGISTER_VENDOR, { input: { ...vendor, businessRegistrationNumber: '999-99-99999', attachmentFileIds: [otherPdfId] } }, { token });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions).toMatchObject({ field: 'attachmentFileIds[0]' });
      expect(await repo(AccountingVendor).countBy({ businessRegistrationNumber: '999-99-99999' })).toBe(0);
    });
  });

  describe('setEmployeeProfilePhoto', () => {
    it('sets PNG and GIF photos by their signature, ignores a replay, and removes', async () => {
      const employee = await buildEmployee(server.warden.dataSource, companyId(), { name: '박지우' });
      // Declared as octet-stream: the bytes decide.
      const png = await uploadFile(server.url, token, 'me.bin', tinyPng([0, 120, 200]));
      const gif = await uploadFile(server.url, token, 'me.gif', tinyGif([200, 0, 0]), 'image/gif');
      const set = await mustRegister<{ setEmployeeProfilePhoto: { fileId: string; contentType: string } }>(server.url, SET_PHOTO, { employeeId: employee.id, fileId: png }, token);
      expect(set.setEmployeeProfilePhoto).toMatchObject({ fileId: png, contentType: 'image/png' });
      await mustRegister(server.url, SET_PHOTO, { employeeId: employee.id, fileId: png }, token);
      expect(await repo(EmployeeProfilePhoto).countBy({ employeeId: employee.id })).toBe(1);
      const changed = await mustRegister<{ setEmployeeProfilePhoto: { contentType: string } }>(server.url, SET_PHOTO, { employeeId: employee.id, fileId: gif }, token);
      expect(changed.setEmployeeProfilePhoto.contentType).toBe('image/gif');
      const removed = await mustRegister<{ setEmployeeProfilePhoto: { fileId: string | null } }>(server.url, SET_PHOTO, { employeeId: employee.id, fileId: null }, token);
      expect(removed.setEmployeeProfilePhoto.fileId).toBeNull();
      expect(await repo(EmployeeProfilePhoto).countBy({ employeeId: employee.id })).toBe(3);
    });

    it('refuses what is not a PNG or GIF even when declared as one, and other companies’ employees and files', async () => {
      const employee = await buildEmployee(server.warden.dataSource, companyId());
      const fake = await uploadFile(server.url, token, 'photo.png', Buffer.from('\xff\xd8\xff\xe0 a JPEG, not a PNG', 'latin1'), 'image/png');
      const otherPng = await uploadFile(server.url, otherToken, 'x.png', tinyPng([1, 2, 3]), 'image/png');
      const png = await uploadFile(server.url, token, 'ok.png', tinyPng([1, 2, 3]), 'image/png');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ employeeId: employee.id, fileId: fake }, 'fileId'],
        [{ employeeId: employee.id, fileId: pdfId }, 'fileId'],
        [{ employeeId: employee.id, fileId: otherPng }, 'fileId'],
        [{ employeeId: otherEmployee.id, fileId: png }, 'employeeId'],
        [{ employeeId: 'not-an-id', fileId: png }, 'employeeId'],
      ];
      for (const [variables, field] of cases) {
        const response = await graphql(server.url, SET_PHOTO, variables, { token });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0].extensions).toMatchObject({ field });
      }
      expect(await repo(EmployeeProfilePhoto).countBy({ employeeId: employee.id })).toBe(0);
      expect(errorCode(await graphql(server.url, SET_PHOTO, { employeeId: employee.id, fileId: png }, { token: await buildApiToken(server.warden.services, companyId(), [Permission.COMPANY_READ]) }))).toBe('FORBIDDEN');
    });
  });

  describe('registerBoardNotice', () => {
    const body = '<p>안내 <img src="https://board.example/img/1.png"></p>';
    const notice = (images: Array<{ fileId: string; source: string }>, overrides: Record<string, unknown> = {}) => ({
      sourceNoticeId: 'N-1',
      title: '12월 정기 점검 안내',
      authorEmployeeId: drafter.id,
      bodyHtml: body,
      postedAt: '2026-11-20T10:00:00+09:00',
      images,
      attachmentFileIds: [pdfId],
      ...overrides,
    });

    it('stores a notice with its images and attachments, and updates it by the board’s id', async () => {
      const png = await uploadFile(server.url, token, 'banner.png', tinyPng([0, 0, 0]), 'image/png');
      const first = await mustRegister<{ registerBoardNotice: Record<string, unknown> }>(server.url, REGISTER_NOTICE, { input: notice([{ fileId: png, source: 'https://board.example/img/1.png' }]) }, token);
      expect(first.registerBoardNotice).toMatchObject({ authorName: '김민준', bodyHtml: body, images: [{ fileId: png, source: 'https://board.example/img/1.png' }], attachmentFileIds: [pdfId] });
      const second = await mustRegister<{ registerBoardNotice: Record<string, unknown> }>(server.url, REGISTER_NOTICE, { input: notice([], { title: '12월 정기 점검 안내 (변경)', attachmentFileIds: [] }) }, token);
      expect(second.registerBoardNotice).toMatchObject({ id: first.registerBoardNotice.id, title: '12월 정기 점검 안내 (변경)', images: [], attachmentFileIds: [] });
      expect(await repo(BoardNoticeFile).countBy({ noticeId: first.registerBoardNotice.id as string })).toBe(0);
    });

    it('refuses bad images, a body over 65,000 bytes and bad fields, naming the field, storing nothing', async () => {
      const png = await uploadFile(server.url, token, 'ok.png', tinyPng([0, 0, 0]), 'image/png');
      const before = { notices: await repo(BoardNotice).count(), files: await repo(BoardNoticeFile).count() };
      const cases: Array<[Record<string, unknown>, string]> = [
        [notice([{ fileId: png, source: 'a' }, { fileId: pdfId, source: 'b' }], { sourceNoticeId: 'N-2' }), 'images[1].fileId'],
        [notice([{ fileId: png, source: 'a' }, { fileId: png, source: 'a' }], { sourceNoticeId: 'N-2' }), 'images[1].source'],
        [notice([{ fileId: png, source: ' ' }], { sourceNoticeId: 'N-2' }), 'images[0].source'],
        [notice([], { sourceNoticeId: 'N-2', bodyHtml: '가'.repeat(21_667) }), 'bodyHtml'],
        [notice([], { sourceNoticeId: 'N-2', authorEmployeeId: otherEmployee.id }), 'authorEmployeeId'],
        [notice([], { sourceNoticeId: 'N-2', title: '' }), 'title'],
        [notice([], { sourceNoticeId: '' }), 'sourceNoticeId'],
        [notice([], { sourceNoticeId: 'N-2', attachmentFileIds: [otherPdfId] }), 'attachmentFileIds[0]'],
      ];
      for (const [input, field] of cases) {
        const response = await graphql(server.url, REGISTER_NOTICE, { input }, { token });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0].extensions).toMatchObject({ field });
      }
      expect({ notices: await repo(BoardNotice).count(), files: await repo(BoardNoticeFile).count() }).toEqual(before);
    });

    it('takes a body of 65,000 bytes', async () => {
      const response = await graphql(server.url, REGISTER_NOTICE, { input: notice([], { sourceNoticeId: 'N-BIG', bodyHtml: `<p>${'가'.repeat(21_664)}</p>`, attachmentFileIds: [] }) }, { token });
      expect(response.errors).toBeUndefined();
      expect((await repo(BoardNotice).findOneByOrFail({ companyId: companyId(), sourceNoticeId: 'N-BIG' })).bodyHtml).toHaveLength(21_671);
    });
  });
});
