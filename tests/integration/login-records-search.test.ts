import { Permission } from '@warden/shared';
import { ManualClock } from '@warden/api/src/core/clock/clock';
import { LoginRecord } from '@warden/api/src/features/login-records/login-record.entity';
import { buildAdmin, buildApiToken, buildCompany, buildEmployee } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { loginEvent } from '../support/login-events';
import { type TestServer, startTestServer } from '../support/test-server';

const NOW = new Date('2026-11-25T03:00:00Z'); // 12:00 in Seoul
const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000);

const SEARCH = `query Search($filter: LoginRecordFilter, $first: Int, $after: String) {
  loginRecords(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id occurredAt employeeName loginId result environment ip country suspicious } }
    pageInfo { hasNextPage endCursor }
    totalCount { count capped }
  }
}`;

type SearchResult = {
  loginRecords: {
    edges: Array<{ cursor: string; node: { id: string; occurredAt: string; employeeName: string | null; loginId: string; result: string; environment: string; ip: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: { count: number; capped: boolean };
  };
};

describe('loginRecords search (R13)', () => {
  let server: TestServer;
  let clock: ManualClock;
  let token: string;
  const search = async (filter: Record<string, unknown> | null, first = 50, after?: string) => {
    const response = await graphql<SearchResult>(server.url, SEARCH, { filter, first, after }, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.loginRecords;
  };
  const names = async (filter: Record<string, unknown>) => (await search(filter)).edges.map((edge) => edge.node.loginId);

  beforeAll(async () => {
    clock = new ManualClock(NOW);
    server = await startTestServer({ clock });
    const companyId = server.fixtures.company.id;
    token = await buildApiToken(server.warden.services, companyId, [Permission.LOGIN_RECORDS_READ]);
    const db = server.warden.dataSource;
    const kim = await buildEmployee(db, companyId, { name: '김민준', loginId: 'kim@search.test' });
    const sato = await buildEmployee(db, companyId, { name: '佐藤 結衣', loginId: 'sato@search.test' });
    const olivia = await buildEmployee(db, companyId, { name: 'Olivia Smith', loginId: 'olivia@search.test' });
    await server.warden.services.loginRecords.ingest(companyId, [
      loginEvent(kim.loginId, at(10), { ip: '10.1.2.3', environment: 'PC_WEB' }),
      loginEvent(kim.loginId, at(20), { ip: '10.1.200.4', environment: 'IOS_APP', result: 'FAILURE', failureReason: 'WRONG_PASSWORD' }),
      loginEvent(sato.loginId, at(30), { ip: '2001:db8:1::5', environment: 'ANDROID_APP' }),
      loginEvent(sato.loginId, at(40), { ip: '2001:db8:2::5', environment: 'MOBILE_WEB', result: 'FAILURE', failureReason: 'SECOND_FACTOR_FAILED' }),
      loginEvent(olivia.loginId, at(50), { ip: '192.0.2.7', environment: 'PC_APP' }),
      loginEvent(olivia.loginId, at(60 * 24 * 40), { ip: '192.0.2.7', environment: 'PC_APP' }),
    ]);
    // Another company's records must never show up.
    await server.warden.services.loginRecords.ingest(server.fixtures.otherCompany.id, [
      loginEvent(server.fixtures.otherAdmin.loginId, at(15), { ip: '10.1.2.3' }),
    ]);
  });
  afterAll(() => server.close());

  it('lists the company’s records newest first, with an exact count', async () => {
    const result = await search(null);
    expect(result.edges.map((edge) => edge.node.loginId)).toEqual([
      'kim@search.test',
      'kim@search.test',
      'sato@search.test',
      'sato@search.test',
      'olivia@search.test',
      'olivia@search.test',
    ]);
    expect(result.totalCount).toEqual({ count: 6, capped: false });
    expect(result.edges[0].node.occurredAt).toBe(at(10).toISOString());
  });

  it.each([
    ['Korean name part', { employee: '민준' }, ['kim@search.test', 'kim@search.test']],
    ['Japanese name part', { employee: '結衣' }, ['sato@search.test', 'sato@search.test']],
    ['Latin name, any case', { employee: 'SMITH' }, ['olivia@search.test', 'olivia@search.test']],
    ['login id part', { employee: 'sato@' }, ['sato@search.test', 'sato@search.test']],
    ['a name nobody has', { employee: 'Nobody' }, []],
    ['LIKE wildcards taken literally', { employee: '%' }, []],
    ['the escape character taken literally', { employee: '!%' }, []],
    ['environments', { environments: ['IOS_APP', 'ANDROID_APP'] }, ['kim@search.test', 'sato@search.test']],
    ['result', { results: ['FAILURE'] }, ['kim@search.test', 'sato@search.test']],
    ['exact IPv4', { ip: '10.1.2.3' }, ['kim@search.test']],
    ['IPv4 CIDR', { ip: '10.1.0.0/16' }, ['kim@search.test', 'kim@search.test']],
    ['IPv6 CIDR', { ip: '2001:db8:1::/48' }, ['sato@search.test']],
    ['IPv4-mapped IPv6', { ip: '::ffff:192.0.2.7' }, ['olivia@search.test', 'olivia@search.test']],
    ['period', { from: at(45).toISOString(), to: at(15).toISOString() }, ['kim@search.test', 'sato@search.test', 'sato@search.test']],
    ['a combination', { employee: 'kim', results: ['FAILURE'], ip: '10.1.0.0/16' }, ['kim@search.test']],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
    expect((await search(filter)).totalCount.count).toBe(expected.length);
  });

  it('pages by cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const result = await search(null, 2, after);
      seen.push(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor!;
    }
    const all = (await search(null)).edges.map((edge) => edge.node.id);
    expect(seen).toEqual(all);
  });

  it('refuses a period that starts before three months ago in the company time zone', async () => {
    // Three months before 25 Nov 12:00 Seoul is 25 Aug 00:00 Seoul = 24 Aug 15:00 UTC.
    const fine = await graphql(server.url, SEARCH, { filter: { from: '2026-08-24T15:00:00Z' } }, { token });
    expect(fine.errors).toBeUndefined();
    const tooEarly = await graphql(server.url, SEARCH, { filter: { from: '2026-08-24T14:59:59Z' } }, { token });
    expect(errorCode(tooEarly)).toBe('BAD_USER_INPUT');
    expect(tooEarly.errors![0].extensions).toMatchObject({ field: 'from', earliest: '2026-08-24T15:00:00.000Z' });
  });

  it.each([
    ['a page larger than 200', { first: 201 }, 'first'],
    ['a cursor it did not issue', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ['an IP that is not one', { filter: { ip: '10.0.0.0/33' } }, 'ip'],
    ['a period that ends before it starts', { filter: { from: at(10).toISOString(), to: at(20).toISOString() } }, 'to'],
  ])('names the problem for %s', async (_what, variables, field) => {
    const response = await graphql(server.url, SEARCH, variables, { token });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions).toMatchObject({ field });
  });

  it('caps the count at 10,000 and says so', async () => {
    const company = await buildCompany(server.warden.dataSource);
    const busy = await buildEmployee(server.warden.dataSource, company.id, { name: 'Busy' });
    for (let batch = 0; batch < 11; batch += 1) {
      const events = Array.from({ length: 1000 }, (_, index) =>
        loginEvent(busy.loginId, new Date(NOW.getTime() - (batch * 1000 + index + 1) * 60_000), { country: null }),
      );
      await server.warden.services.loginRecords.ingest(company.id, events);
    }
    const busyToken = await buildApiToken(server.warden.services, company.id, [Permission.LOGIN_RECORDS_READ]);
    const response = await graphql<SearchResult>(server.url, SEARCH, { first: 1 }, { token: busyToken });
    expect(response.data!.loginRecords.totalCount).toEqual({ count: 10000, capped: true });
  });

  it('answers SECURITY_FEATURES_DISABLED for a company without WORKS Approval (R0)', async () => {
    const company = await buildCompany(server.warden.dataSource, { securityFeaturesEnabled: false });
    const admin = await buildAdmin(server.warden.dataSource, company.id);
    const cookie = await signIn(server.url, admin.loginId, admin.password);
    expect(errorCode(await graphql(server.url, SEARCH, {}, { cookie }))).toBe('SECURITY_FEATURES_DISABLED');
  });

  it('never shows another company’s records, whatever the filter', async () => {
    const otherToken = await buildApiToken(server.warden.services, server.fixtures.otherCompany.id, [Permission.LOGIN_RECORDS_READ]);
    const response = await graphql<SearchResult>(server.url, SEARCH, { filter: { ip: '10.0.0.0/8' } }, { token: otherToken });
    expect(response.data!.loginRecords.edges.map((edge) => edge.node.loginId)).toEqual([server.fixtures.otherAdmin.loginId]);
  });
});

describe('retention (R12)', () => {
  it('deletes records older than three months in batches, and only those', async () => {
    const clock = new ManualClock('2026-11-25T03:00:00Z');
    const server = await startTestServer({ clock });
    try {
      const { loginRecords } = server.warden.services;
      const employee = await buildEmployee(server.warden.dataSource, server.fixtures.company.id);
      const day = 86_400_000;
      const events = [80, 60, 30, 1].map((days) => loginEvent(employee.loginId, new Date(clock.now().getTime() - days * day)));
      await loginRecords.ingest(server.fixtures.company.id, events);

      // Forty days later the 80- and 60-day-old records are past three months (plus a day of margin).
      clock.advance(40 * day);
      const batches: number[] = [];
      const removed = await loginRecords.purgeExpired({ batchSize: 1, onBatch: async (count) => void batches.push(count) });
      expect(removed).toBe(2);
      expect(batches).toEqual([1, 1]);
      const left = await server.warden.dataSource.getRepository(LoginRecord).find({ where: { companyId: server.fixtures.company.id } });
      expect(left.map((record) => record.sourceEventId).sort()).toEqual([events[2].sourceEventId, events[3].sourceEventId].sort());
      expect(await loginRecords.purgeExpired()).toBe(0);
    } finally {
      await server.close();
    }
  });
});
