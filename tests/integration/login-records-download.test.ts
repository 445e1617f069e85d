import { Permission } from '@warden/shared';
import * as XLSX from 'xlsx';
import { ManualClock } from '@warden/api/src/core/clock/clock';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { buildApiToken, buildEmployee } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { loginEvent } from '../support/login-events';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const NOW = new Date('2026-11-24T16:30:00Z'); // 01:30 on 25 Nov in Seoul: the file is named by the Seoul date
const REQUEST = 'mutation ($filter: LoginRecordFilter) { requestLoginRecordsDownload(filter: $filter) { url expiresAt } }';

async function requestLink(server: TestServer, credentials: { cookie?: string; token?: string }, filter: Record<string, unknown> | null = null) {
  const response = await graphql<{ requestLoginRecordsDownload: { url: string; expiresAt: string } }>(server.url, REQUEST, { filter }, credentials);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.requestLoginRecordsDownload;
}

async function download(server: TestServer, url: string, credentials: { cookie?: string; token?: string }) {
  return fetch(`${server.url}${url}`, {
    headers: {
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
    },
  });
}

function readSheets(buffer: ArrayBuffer) {
  const workbook = XLSX.read(Buffer.from(buffer), { type: 'buffer', cellFormula: true });
  return workbook.SheetNames.map((name) => ({ name, sheet: workbook.Sheets[name], rows: XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1 }) }));
}

describe('login records download (R15)', () => {
  let server: TestServer;
  let cookie: string;
  const formula = '=HYPERLINK("http://evil.example","click")';

  beforeAll(async () => {
    server = await startTestServer({ clock: new ManualClock(NOW), env: { XLSX_MAX_ROWS_PER_SHEET: '5' } });
    const companyId = server.fixtures.company.id;
    const kim = await buildEmployee(server.warden.dataSource, companyId, { name: '김민준', loginId: 'kim@download.test' });
    const events = Array.from({ length: 11 }, (_, index) =>
      loginEvent(kim.loginId, new Date(NOW.getTime() - (index + 1) * 3_600_000), {
        userAgent: index === 0 ? formula : `Agent ${index}`,
        ...(index === 1 ? { result: 'FAILURE', failureReason: 'WRONG_PASSWORD' } : {}),
      }),
    );
    await server.warden.services.loginRecords.ingest(companyId, events);
    await server.warden.services.loginRecords.ingest(server.fixtures.otherCompany.id, [loginEvent(server.fixtures.otherAdmin.loginId, NOW)]);
    cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
  });
  afterAll(() => server.close());

  it('streams YYYYMMDD_LoginLog.xlsx with safe headers, in the company language and time zone, split across sheets', async () => {
    const link = await requestLink(server, { cookie }, { employee: '김민준' });
    expect(link.url).toMatch(/^\/downloads\/[A-Za-z0-9_-]{43}$/);
    const response = await download(server, link.url, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="20261125_LoginLog.xlsx"; filename*=UTF-8''20261125_LoginLog.xlsx`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');

    const sheets = readSheets(await response.arrayBuffer());
    // 11 rows at 5 per sheet (the limit is lowered for this test): 5 + 5 + 1, headers repeated, none lost.
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Login records', 'Login records (2)', 'Login records (3)']);
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([6, 6, 2]);
    for (const sheet of sheets) expect(sheet.rows[0]).toEqual(expect.arrayContaining(['Time', 'Name', 'Login ID', 'Result', 'IP address']));
    const first = sheets[0].rows[1] as string[];
    expect(first[0]).toBe('2026-11-25 00:30:00 +09:00');
    expect(first[1]).toBe('김민준');
    expect(first[3]).toBe('Success');
    const failure = sheets[0].rows[2] as string[];
    expect([failure[3], failure[4]]).toEqual(['Failure', 'Wrong password']);
  });

  it('reads every record exactly once across its keyset chunks, newest first, ties in time included', async () => {
    // 450 records (more than two of the download's 200-row reads), seven at each instant, so chunk
    // boundaries fall between records of the same second and the (time, id) cursor has to break ties.
    const companyId = server.fixtures.company.id;
    const walker = await buildEmployee(server.warden.dataSource, companyId, { name: 'Chunk Walker', loginId: 'walker@download.test' });
    const events = Array.from({ length: 450 }, (_, index) =>
      loginEvent(walker.loginId, new Date(NOW.getTime() - 86_400_000 - Math.floor(index / 7) * 60_000), { userAgent: `walker ${index}` }),
    );
    await server.warden.services.loginRecords.ingest(companyId, events);

    const link = await requestLink(server, { cookie }, { employee: 'Chunk Walker' });
    const sheets = readSheets(await (await download(server, link.url, { cookie })).arrayBuffer());
    const header = sheets[0].rows[0] as string[];
    const rows = sheets.flatMap((sheet) => sheet.rows.slice(1) as string[][]);
    const agents = rows.map((row) => row[header.indexOf('User agent')]);
    expect(agents).toHaveLength(450);
    expect(new Set(agents)).toEqual(new Set(events.map((event) => event.userAgent)));
    const times = rows.map((row) => row[header.indexOf('Time')]);
    expect(times).toEqual([...times].sort().reverse()); // same-offset text sorts as time does
    expect(new Set(times).size).toBe(Math.ceil(450 / 7));
  });

  it('writes formula payloads as text, never as formulas', async () => {
    const link = await requestLink(server, { cookie }, { employee: '김민준' });
    const sheets = readSheets(await (await download(server, link.url, { cookie })).arrayBuffer());
    const agentColumn = (sheets[0].rows[0] as string[]).indexOf('User agent');
    const cell = sheets[0].sheet[XLSX.utils.encode_cell({ r: 1, c: agentColumn })];
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
    expect(String(cell.v)).toContain('HYPERLINK("http://evil.example","click")');
  });

  it('follows the filter, and records who downloaded what (audit)', async () => {
    const link = await requestLink(server, { cookie }, { results: ['FAILURE'] });
    const sheets = readSheets(await (await download(server, link.url, { cookie })).arrayBuffer());
    expect(sheets).toHaveLength(1);
    expect(sheets[0].rows).toHaveLength(2);
    // The event is written once the last byte is out, so it may land just after the client has the file.
    const audit = await waitFor('the download’s audit event', async () => {
      const events = await server.warden.dataSource
        .getRepository(AuditEvent)
        .find({ where: { action: 'login_records.downloaded', companyId: server.fixtures.company.id }, order: { id: 'DESC' } });
      return events.find((event) => (event.details as { filter: { results: string[] | null } }).filter.results?.[0] === 'FAILURE');
    });
    expect(audit).toMatchObject({
      companyId: server.fixtures.company.id,
      actorName: 'Alex Admin',
      targetId: '20261125_LoginLog.xlsx',
      details: expect.objectContaining({ rows: 1, filter: expect.objectContaining({ results: ['FAILURE'] }) }),
    });
  });

  it('uses the company language for headers and values', async () => {
    const otherCookie = await signIn(server.url, server.fixtures.otherAdmin.loginId, server.fixtures.otherAdmin.password);
    const link = await requestLink(server, { cookie: otherCookie });
    const sheets = readSheets(await (await download(server, link.url, { cookie: otherCookie })).arrayBuffer());
    expect(sheets[0].name).toBe('ログイン記録');
    expect(sheets[0].rows[0]).toEqual(expect.arrayContaining(['日時', '氏名', '結果']));
    // Company B sees only its own records (the seeded one and its admin's sign-in), in Tokyo time.
    const loginIds = sheets[0].rows.slice(1).map((row) => (row as string[])[2]);
    expect(new Set(loginIds)).toEqual(new Set([server.fixtures.otherAdmin.loginId]));
    expect(sheets[0].rows.slice(1).map((row) => (row as string[])[0])).toEqual(['2026-11-25 01:30:00 +09:00', '2026-11-25 01:30:00 +09:00']);
  });

  it('works only for the caller who asked for it: another company gets FORBIDDEN, no one gets it anonymously', async () => {
    const link = await requestLink(server, { cookie });
    const otherToken = await buildApiToken(server.warden.services, server.fixtures.otherCompany.id, [Permission.LOGIN_RECORDS_READ]);
    const stolen = await download(server, link.url, { token: otherToken });
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'This download link belongs to someone else.' } });
    expect((await download(server, link.url, {})).status).toBe(401);
    expect((await download(server, '/downloads/not-a-token', { cookie })).status).toBe(404);
  });

  it('lets an integrator download with its token', async () => {
    const token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_RECORDS_READ]);
    const link = await requestLink(server, { token });
    const response = await download(server, link.url, { token });
    expect(response.status).toBe(200);
    expect(readSheets(await response.arrayBuffer())[0].rows.length).toBeGreaterThan(1);
  });

  it('refuses a bad filter when the link is requested, not when it is followed', async () => {
    const response = await graphql(server.url, REQUEST, { filter: { ip: 'nope' } }, { cookie });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions).toMatchObject({ field: 'ip' });
  });
});
