import { ManualClock } from '@warden/api/src/core/clock/clock';
import { buildWardenSchema } from '@warden/api/src/core/graphql/build-schema';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { buildApiToken } from '../support/factories';
import { type GraphQLResponse, errorCode, graphql, signIn } from '../support/graphql-client';
import { newAdmin, protect } from '../support/step-up';
import { type TestServer, startTestServer } from '../support/test-server';

const AUDIT_EVENTS = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id occurredAt actorKind actorName action targetType targetId details ip userAgent } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Node = {
  id: string;
  occurredAt: string;
  actorKind: string;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
  userAgent: string | null;
};
type Page = { auditEvents: { edges: Array<{ cursor: string; node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('auditEvents (R60)', () => {
  const clock = new ManualClock('2026-11-25T02:00:00.000Z');
  let server: TestServer;
  let admin: string;
  let companyId: string;

  const query = (variables: Record<string, unknown>, cookie = admin) => graphql<Page>(server.url, AUDIT_EVENTS, variables, { cookie });
  const nodes = (response: GraphQLResponse<Page>) => {
    expect(response.errors).toBeUndefined();
    return response.data!.auditEvents.edges.map((edge) => edge.node);
  };
  const record = (company: string, action: string, actorName: string, at: string) => {
    clock.set(at);
    return server.warden.services.auditLog.record(
      company,
      { kind: 'ADMIN', id: null, name: actorName },
      { action, targetType: 'thing', targetId: action, details: { n: 1 } },
      { ip: '203.0.113.9', userAgent: 'seed' },
    );
  };

  beforeAll(async () => {
    server = await startTestServer({ clock });
    companyId = server.fixtures.company.id;
    admin = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    // Seven events of this company (two at the same instant) and two of the other company.
    await record(companyId, 'export.requested', 'Kim Min-jun', '2026-11-20T01:00:00.000Z');
    await record(companyId, 'export.canceled', 'Kim Min-jun', '2026-11-21T01:00:00.000Z');
    await record(companyId, 'export.requested', 'Sato 100%', '2026-11-22T01:00:00.000Z');
    await record(companyId, 'login_rules.updated', 'Lee Ji-eun', '2026-11-23T01:00:00.000Z');
    await record(companyId, 'export.downloaded', 'lee ji-eun', '2026-11-23T01:00:00.000Z');
    await record(companyId, 'step_up.verified', 'Park Seo-yeon', '2026-11-24T01:00:00.000Z');
    await record(companyId, 'export.requested', 'Park Seo-yeon', '2026-11-24T09:00:00.000Z');
    await record(server.fixtures.otherCompany.id, 'export.requested', 'Kim Min-jun', '2026-11-22T01:00:00.000Z');
    await record(server.fixtures.otherCompany.id, 'support_access.granted', '他社 管理者', '2026-11-23T01:00:00.000Z');
    clock.set('2026-11-25T02:00:00.000Z');
  });
  afterAll(() => server.close());

  it('lists the company’s events newest first with every field, and never another company’s', async () => {
    const events = nodes(await query({ first: 50 }));
    expect(events.map((event) => event.action)).toEqual([
      'export.requested',
      'step_up.verified',
      'export.downloaded',
      'login_rules.updated',
      'export.requested',
      'export.canceled',
      'export.requested',
    ]);
    expect(events[0]).toEqual({
      id: expect.any(String),
      occurredAt: '2026-11-24T09:00:00.000Z',
      actorKind: 'ADMIN',
      actorName: 'Park Seo-yeon',
      action: 'export.requested',
      targetType: 'thing',
      targetId: 'export.requested',
      details: { n: 1 },
      ip: '203.0.113.9',
      userAgent: 'seed',
    });
    const other = await signIn(server.url, server.fixtures.otherAdmin.loginId, server.fixtures.otherAdmin.password);
    expect(nodes(await query({ first: 50 }, other)).map((event) => event.action)).toEqual(['support_access.granted', 'export.requested']);
  });

  it('filters by actions, actor name (contains, any case, wildcards literal) and period', async () => {
    const actions = (filter: Record<string, unknown>) => query({ filter, first: 50 }).then((response) => nodes(response).map((event) => `${event.action}/${event.actorName}`));
    expect(await actions({ actions: ['export.requested', 'export.canceled'] })).toEqual([
      'export.requested/Park Seo-yeon',
      'export.requested/Sato 100%',
      'export.canceled/Kim Min-jun',
      'export.requested/Kim Min-jun',
    ]);
    expect(await actions({ actorName: 'LEE JI' })).toEqual(['export.downloaded/lee ji-eun', 'login_rules.updated/Lee Ji-eun']);
    expect(await actions({ actorName: '0%' })).toEqual(['export.requested/Sato 100%']);
    expect(await actions({ actorName: '%' })).toEqual(['export.requested/Sato 100%']);
    expect(await actions({ from: '2026-11-23T01:00:00.000Z', to: '2026-11-24T01:00:00.000Z' })).toEqual([
      'export.downloaded/lee ji-eun',
      'login_rules.updated/Lee Ji-eun',
    ]);
    expect(await actions({ actions: ['export.requested'], actorName: 'kim', from: '2026-11-01T00:00:00+09:00' })).toEqual(['export.requested/Kim Min-jun']);
    const bad = await query({ filter: { from: '2026-11-24T00:00:00Z', to: '2026-11-23T00:00:00Z' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('to');
  });

  it('pages by keyset without repeats or gaps, ties included', async () => {
    const all = nodes(await query({ first: 200 })).map((event) => event.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response = await query({ first: 2, after });
      seen.push(...nodes(response).map((event) => event.id));
      if (!response.data!.auditEvents.pageInfo.hasNextPage) break;
      after = response.data!.auditEvents.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(errorCode(await query({ first: 201 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await query({ first: 0 }))).toBe('BAD_USER_INPUT');
    const bad = await query({ first: 2, after: 'not-a-cursor' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('after');
  });

  it('records each admin action exactly once', async () => {
    const count = (action: string) => server.warden.dataSource.getRepository(AuditEvent).countBy({ companyId, action });
    const grant = await graphql(server.url, 'mutation { updateSupportAccess(input: { agreed: true }) { agreed } }', {}, { cookie: admin });
    expect(grant.errors).toBeUndefined();
    const rules = await graphql(
      server.url,
      'mutation { updateLoginRuleSettings(input: { newCountryLookback: 7 }) { newCountryLookback } }',
      {},
      { cookie: admin },
    );
    expect(rules.errors).toBeUndefined();
    expect(await count('support_access.granted')).toBe(1);
    expect(await count('login_rules.updated')).toBe(2);
    const latest = nodes(await query({ first: 2 }));
    expect(latest.map((event) => event.action)).toEqual(['login_rules.updated', 'support_access.granted']);
    expect(latest[1]).toMatchObject({
      actorKind: 'ADMIN',
      actorName: 'Alex Admin',
      targetType: 'support_access',
      targetId: companyId,
      details: { before: { agreed: false, endsAt: null }, after: { agreed: true, endsAt: null } },
      ip: expect.any(String),
    });
  });

  it('needs AUDIT_LOG_READ, and a step-up where the company protects Security', async () => {
    const without = await buildApiToken(server.warden.services, companyId, ['LOGIN_RECORDS_READ']);
    expect(errorCode(await graphql(server.url, AUDIT_EVENTS, { first: 1 }, { token: without }))).toBe('FORBIDDEN');
    const withIt = await buildApiToken(server.warden.services, companyId, ['AUDIT_LOG_READ']);
    expect((await graphql(server.url, AUDIT_EVENTS, { first: 1 }, { token: withIt })).errors).toBeUndefined();
    await protect(server, companyId, ['SECURITY']);
    const fresh = await newAdmin(server);
    const refused = await query({ first: 1 }, fresh.cookie);
    expect(errorCode(refused)).toBe('STEP_UP_REQUIRED');
    await protect(server, companyId, []);
  });

  it('has no mutation that edits or deletes audit events (schema walk)', async () => {
    const schema = await buildWardenSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(5);
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    const queries = Object.keys(schema.getQueryType()!.getFields()).filter((name) => /audit/i.test(name));
    expect(queries).toEqual(['auditEvents']);
  });
});
