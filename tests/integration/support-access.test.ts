import {
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildWardenSchema } from '@warden/api/src/core/graphql/build-schema';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { SupportAccessLogEntry } from '@warden/api/src/features/support-access/support-access-log.entity';
import { buildAdmin } from '../support/factories';
import { type GraphQLResponse, errorCode, graphql, signIn } from '../support/graphql-client';
import { SmtpSink } from '../support/smtp-sink';
import { newAdmin, protect } from '../support/step-up';
import { type TestServer, startTestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const SUPPORT_ACCESS = '{ supportAccess { agreed grantedAt grantedBy { name } endsAt } }';
const UPDATE = 'mutation ($input: UpdateSupportAccessInput!) { updateSupportAccess(input: $input) { agreed grantedAt grantedBy { name } endsAt } }';
const LOG = 'query ($first: Int, $after: String) { supportAccessLog(first: $first, after: $after) { edges { cursor node { id occurredAt supportAccountId supportAccountName operationType operationName fields variables allowed refusalReason ip userAgent } } pageInfo { hasNextPage endCursor } } }';

type Access = { agreed: boolean; grantedAt: string | null; grantedBy: { name: string } | null; endsAt: string | null };
type LogNode = {
  id: string;
  supportAccountName: string;
  operationType: string | null;
  operationName: string | null;
  fields: string[];
  variables: Record<string, unknown> | null;
  allowed: boolean;
  refusalReason: string | null;
  userAgent: string | null;
};

describe('support access (R30, R31)', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let admin: string;
  let support: string;
  let supportAccountId: string;
  let companyId: string;
  const adminEmail = () => server.fixtures.admin.loginId;

  const asSupport = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, company: string | null = companyId) =>
    graphql<T>(server.url, query, variables, {
      cookie: support,
      headers: { 'user-agent': 'support-test-agent', ...(company ? { 'x-warden-company': company } : {}) },
    });
  const update = (input: Record<string, unknown>) => graphql<{ updateSupportAccess: Access }>(server.url, UPDATE, { input }, { cookie: admin });
  const access = async () => (await graphql<{ supportAccess: Access }>(server.url, SUPPORT_ACCESS, {}, { cookie: admin })).data!.supportAccess;
  const auditCount = (action: string) => server.warden.dataSource.getRepository(AuditEvent).countBy({ companyId, action });
  const mailsTo = (address: string, subject: string) =>
    sink.received.filter((mail) => mail.to.includes(address) && mail.raw.includes(subject));

  beforeAll(async () => {
    sink = new SmtpSink(await SmtpSink.freePort());
    await sink.start();
    server = await startTestServer({ env: { JOBS: 'on', SMTP_URL: `smtp://127.0.0.1:${sink.port}` } });
    companyId = server.fixtures.company.id;
    admin = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const account = await server.warden.services.auth.createSupportAccount({
      loginId: 'kim.support@vendor.example',
      name: 'Kim Support',
      email: 'kim.support@vendor.example',
      password: 'support-password-1',
    });
    supportAccountId = account.id;
    support = await signIn(server.url, 'kim.support@vendor.example', 'support-password-1');
  });
  afterAll(async () => {
    await server.close();
    await sink.stop();
  });

  it('starts as not agreed', async () => {
    expect(await access()).toEqual({ agreed: false, grantedAt: null, grantedBy: null, endsAt: null });
  });

  it('refuses every support request for the company before it agrees', async () => {
    for (const query of ['query Company { company { id name } }', 'query Me { me { kind } }', '{ loginRecords(first: 1) { edges { cursor } } }']) {
      const response = await asSupport(query);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors![0].message).toBe('This company does not allow support access.');
      expect(response.data?.company ?? null).toBeNull();
    }
    // Without a company, support staff see only themselves.
    const me = await asSupport<{ me: { kind: string; company: unknown } }>('{ me { kind company { id } } }', {}, null);
    expect(me.data!.me).toEqual({ kind: 'SUPPORT', company: null });
    expect(errorCode(await asSupport('{ company { id } }', {}, null))).toBe('FORBIDDEN');
  });

  it('agreeing is audited once and e-mails the company’s admins (and nobody else’s)', async () => {
    const second = await buildAdmin(server.warden.dataSource, companyId, { name: 'Second Admin' });
    const response = await update({ agreed: true });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateSupportAccess).toMatchObject({ agreed: true, grantedBy: { name: 'Alex Admin' }, endsAt: null });
    expect(await access()).toMatchObject({ agreed: true, grantedBy: { name: 'Alex Admin' } });
    expect(await auditCount('support_access.granted')).toBe(1);
    await waitFor('the grant e-mails', async () => mailsTo(adminEmail(), 'Support access was granted').length === 1 && mailsTo(second.employee.email!, 'Support access was granted').length === 1);
    const mail = mailsTo(adminEmail(), 'Support access was granted')[0];
    expect(mail.to).toEqual([adminEmail()]);
    expect(mail.raw).toContain('until an admin withdraws it');
    expect(sink.received.some((received) => received.to.includes(server.fixtures.otherAdmin.loginId))).toBe(false);
    // Saving the same decision again changes nothing and records nothing.
    await update({ agreed: true });
    expect(await auditCount('support_access.granted')).toBe(1);
  });

  it('lets support staff read the agreeing company, and only it, without a step-up', async () => {
    await protect(server, companyId, ['SECURITY']);
    const company = await asSupport<{ company: { id: string } }>('query Company { company { id name } }');
    expect(company.errors).toBeUndefined();
    expect(company.data!.company.id).toBe(companyId);
    const records = await asSupport('query Records($first: Int!) { loginRecords(first: $first) { edges { cursor } } }', { first: 5 });
    expect(records.errors).toBeUndefined();
    const audit = await asSupport('{ auditEvents(first: 5) { edges { node { action } } } }');
    expect(audit.errors).toBeUndefined();
    const me = await asSupport<{ me: { kind: string; permissions: string[] } }>('{ me { kind permissions } }');
    expect(me.data!.me.kind).toBe('SUPPORT');
    expect(me.data!.me.permissions.filter((permission) => /MANAGE|WRITE|REVIEW/.test(permission))).toEqual([]);
    // The other company never agreed.
    expect(errorCode(await asSupport('{ company { id } }', {}, server.fixtures.otherCompany.id))).toBe('FORBIDDEN');
    expect(errorCode(await asSupport('{ company { id } }', {}, 'works-no-such-company'))).toBe('FORBIDDEN');
    // Admins still step up for the same menus.
    const fresh = await newAdmin(server);
    expect(errorCode(await graphql(server.url, SUPPORT_ACCESS, {}, { cookie: fresh.cookie }))).toBe('STEP_UP_REQUIRED');
    await protect(server, companyId, []);
  });

  it('never lets support staff read or change support access or its log', async () => {
    expect(errorCode(await asSupport(SUPPORT_ACCESS))).toBe('FORBIDDEN');
    expect(errorCode(await asSupport(LOG, { first: 10 }))).toBe('FORBIDDEN');
    expect(errorCode(await asSupport(UPDATE, { input: { agreed: true } }))).toBe('FORBIDDEN');
  });

  it('refuses every mutation for support staff, with or without a company (schema walk)', async () => {
    const schema = await buildWardenSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => !['signIn', 'signOut'].includes(field.name));
    expect(mutations.map((field) => field.name)).toEqual(expect.arrayContaining(['updateSupportAccess', 'reviewLoginRecord', 'updateStepUpSettings']));
    for (const field of mutations) {
      // Each mutation gets valid required arguments, so only the support-staff rule can refuse it.
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `mutation${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''} { __typename } }`;
      const variables = Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)]));
      for (const company of [companyId, null]) {
        const response = await asSupport(query, variables, company);
        expect({ mutation: field.name, company, code: errorCode(response) }).toEqual({ mutation: field.name, company, code: 'FORBIDDEN' });
      }
    }
    expect(await access()).toMatchObject({ agreed: true });
  });

  it('withdrawal refuses the same support session on its very next request, audited and e-mailed', async () => {
    expect((await asSupport('{ company { id } }')).errors).toBeUndefined();
    const response = await update({ agreed: false });
    expect(response.data!.updateSupportAccess).toEqual({ agreed: false, grantedAt: null, grantedBy: null, endsAt: null });
    const refused = await asSupport('{ company { id } }');
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe('This company does not allow support access.');
    expect(await auditCount('support_access.withdrawn')).toBe(1);
    await waitFor('the withdrawal e-mail', async () => mailsTo(adminEmail(), 'Support access was withdrawn').length === 1);
  });

  it('refuses an end date in the past, beyond 90 days, or without agreeing, naming endsAt and changing nothing', async () => {
    const day = 86_400_000;
    for (const input of [
      { agreed: true, endsAt: new Date(Date.now() - 60_000).toISOString() },
      { agreed: true, endsAt: new Date(Date.now() + 91 * day).toISOString() },
      { agreed: false, endsAt: new Date(Date.now() + day).toISOString() },
    ]) {
      const response = await update(input);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions!.field).toBe('endsAt');
    }
    expect(await access()).toMatchObject({ agreed: false });
    const ok = await update({ agreed: true, endsAt: new Date(Date.now() + 89 * day).toISOString() });
    expect(ok.errors).toBeUndefined();
    await update({ agreed: false });
  });

  it('queues one expiry job per company at the end date; a new end date replaces it, and a stale one does nothing', async () => {
    const { services } = server.warden;
    const expiryJobs = async () => (await services.jobs.list({ companyId, names: ['expire-support-access'] })).filter((job) => job.state !== 'completed');
    const first = new Date(Date.now() + 86_400_000);
    await update({ agreed: true, endsAt: first.toISOString() });
    let jobs = await expiryJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0].nextRunAt!.getTime()).toBe(first.getTime());
    const staleVersion = (await services.supportAccess.state(companyId)).version;

    const second = new Date(Date.now() + 2 * 86_400_000);
    await update({ agreed: true, endsAt: second.toISOString() });
    jobs = await expiryJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0].nextRunAt!.getTime()).toBe(second.getTime());
    expect(await auditCount('support_access.changed')).toBe(1);

    // The job for the earlier grant finds a newer version: nothing happens.
    expect(await services.supportAccess.expire(companyId, staleVersion)).toBe(false);
    expect(await access()).toMatchObject({ agreed: true });
    const current = (await services.supportAccess.state(companyId)).version;
    expect(await services.supportAccess.expire(companyId, current)).toBe(true);
    expect(await services.supportAccess.expire(companyId, current)).toBe(false);
    expect(await access()).toMatchObject({ agreed: false });
    expect(await auditCount('support_access.expired')).toBe(1);
  });

  it('the expiry job withdraws access when the end date comes, as SYSTEM, and e-mails the admins', async () => {
    const expiryMails = () => mailsTo(adminEmail(), 'Support access was withdrawn').filter((mail) => mail.raw.includes('ended automatically'));
    // One so far: the earlier test called expire() directly.
    await waitFor('the earlier expiry e-mail', async () => expiryMails().length === 1);
    const endsAt = new Date(Date.now() + 1_500);
    expect((await update({ agreed: true, endsAt: endsAt.toISOString() })).errors).toBeUndefined();
    expect((await asSupport('{ company { id } }')).errors).toBeUndefined();
    await waitFor('the expiry job', async () => !(await access()).agreed);
    expect(Date.now()).toBeGreaterThanOrEqual(endsAt.getTime());
    expect(errorCode(await asSupport('{ company { id } }'))).toBe('FORBIDDEN');
    const expired = await server.warden.dataSource.getRepository(AuditEvent).findBy({ companyId, action: 'support_access.expired' });
    expect(expired).toHaveLength(2);
    expect(expired.every((event) => event.actorKind === 'SYSTEM')).toBe(true);
    await waitFor('the expiry e-mail', async () => expiryMails().length === 2);
  });

  it('the log lists every support request for the company, allowed and refused, newest first, with secrets redacted', async () => {
    const repository = server.warden.dataSource.getRepository(SupportAccessLogEntry);
    const before = await repository.countBy({ companyId });
    expect(before).toBeGreaterThan(10);
    await update({ agreed: true });
    const allowed = await asSupport('query Probe($id: ID) { company(id: $id) { id } }', { id: companyId, token: 'wdn_secret', nested: { password: 'p' } });
    expect(allowed.errors).toBeUndefined();
    const refusedChange = await asSupport(UPDATE, { input: { agreed: false } });
    expect(errorCode(refusedChange)).toBe('FORBIDDEN');
    await update({ agreed: false });
    expect(errorCode(await asSupport('query Refused { company { id } }'))).toBe('FORBIDDEN');
    // Requests without a company, or for another company, are not in this company's log.
    await asSupport('{ me { kind } }', {}, null);
    await asSupport('{ me { kind } }', {}, server.fixtures.otherCompany.id);
    expect(await repository.countBy({ companyId })).toBe(before + 3);

    const page = await graphql<{ supportAccessLog: { edges: Array<{ node: LogNode }> } }>(server.url, LOG, { first: 3 }, { cookie: admin });
    expect(page.errors).toBeUndefined();
    const [refused, change, probe] = page.data!.supportAccessLog.edges.map((edge) => edge.node);
    expect(refused).toMatchObject({ operationName: 'Refused', fields: ['company'], allowed: false, refusalReason: 'This company does not allow support access.' });
    expect(change).toMatchObject({ operationType: 'mutation', fields: ['updateSupportAccess'], allowed: false, variables: { input: { agreed: false } } });
    expect(probe).toMatchObject({
      supportAccountName: 'Kim Support',
      operationType: 'query',
      operationName: 'Probe',
      fields: ['company'],
      allowed: true,
      refusalReason: null,
      userAgent: 'support-test-agent',
      variables: { id: companyId, token: '[redacted]', nested: { password: '[redacted]' } },
    });
    // The other company never agreed: its log holds only refusals (one from an earlier test, one here).
    const other = await repository.findBy({ companyId: server.fixtures.otherCompany.id });
    expect(other).toHaveLength(2);
    expect(other.every((entry) => entry.supportAccountId === supportAccountId && !entry.allowed)).toBe(true);
  });

  it('pages through the log by keyset without repeats', async () => {
    const total = await server.warden.dataSource.getRepository(SupportAccessLogEntry).countBy({ companyId });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<{ supportAccessLog: { edges: Array<{ node: LogNode }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> =
        await graphql(server.url, LOG, { first: 4, after }, { cookie: admin });
      expect(response.errors).toBeUndefined();
      seen.push(...response.data!.supportAccessLog.edges.map((edge) => edge.node.id));
      if (!response.data!.supportAccessLog.pageInfo.hasNextPage) break;
      after = response.data!.supportAccessLog.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort((a, b) => Number(b) - Number(a))).toEqual(seen);
    expect(errorCode(await graphql(server.url, LOG, { first: 201 }, { cookie: admin }))).toBe('BAD_USER_INPUT');
  });

  it('has no mutation that edits the support access log', async () => {
    const schema = await buildWardenSchema();
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((name) => /accesslog|audit/i.test(name))).toEqual([]);
  });
});

/** A value GraphQL accepts for a required input (as in step-up-coverage.test.ts). */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int' || inner.name === 'Float') return 1;
    if (inner.name === 'Boolean') return false;
    if (inner.name === 'DateTimeISO') return new Date(Date.now() + 86_400_000).toISOString();
    return 'x';
  }
  throw new Error(`no sample for ${String(type)}`);
}
