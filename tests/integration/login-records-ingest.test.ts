import { Permission } from '@warden/shared';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { LoginRecord } from '@warden/api/src/features/login-records/login-record.entity';
import { buildApiToken, buildEmployee } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { asVariables, daysAgo, loginEvent, minutesAgo } from '../support/login-events';
import { type TestServer, startTestServer } from '../support/test-server';

const RECORD = `mutation Record($events: [LoginEventInput!]!) {
  recordLoginEvents(events: $events) { received stored duplicates flagged }
}`;

describe('recordLoginEvents (R11)', () => {
  let server: TestServer;
  let token: string;
  let employee: { id: string; loginId: string; name: string };
  const stored = () => server.warden.dataSource.getRepository(LoginRecord).countBy({ companyId: server.fixtures.company.id });

  beforeAll(async () => {
    server = await startTestServer();
    token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_EVENTS_WRITE]);
    employee = await buildEmployee(server.warden.dataSource, server.fixtures.company.id, { name: '김민준', loginId: 'minjun.kim@ingest.test' });
  });
  afterAll(() => server.close());

  it('stores a batch and, replayed, stores nothing twice', async () => {
    const events = [0, 1, 2].map((index) => asVariables(loginEvent(employee.loginId, minutesAgo(100 - index))));
    const first = await graphql(server.url, RECORD, { events }, { token });
    expect(first.data).toEqual({ recordLoginEvents: { received: 3, stored: 3, duplicates: 0, flagged: 0 } });
    const before = await stored();
    const replay = await graphql(server.url, RECORD, { events }, { token });
    expect(replay.data).toEqual({ recordLoginEvents: { received: 3, stored: 0, duplicates: 3, flagged: 0 } });
    expect(await stored()).toBe(before);
  });

  it('resolves employees by id or login id, within the caller’s company only', async () => {
    const byId = loginEvent('', minutesAgo(50), { loginId: null, employeeId: employee.id });
    const response = await graphql(server.url, RECORD, { events: [asVariables(byId)] }, { token });
    expect(response.data).toMatchObject({ recordLoginEvents: { stored: 1 } });
    const record = await server.warden.dataSource.getRepository(LoginRecord).findOneByOrFail({ sourceEventId: byId.sourceEventId });
    expect(record).toMatchObject({ employeeId: employee.id, employeeName: '김민준', loginId: 'minjun.kim@ingest.test' });

    // Company B's admin exists, but not in company A: A's token cannot write records about B's people.
    const foreign = await graphql(server.url, RECORD, { events: [asVariables(loginEvent(server.fixtures.otherAdmin.loginId, minutesAgo(5)))] }, { token });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].message).toContain('events[0].loginId: no employee with login id');
  });

  it('keeps attempts on accounts that do not exist when they say so', async () => {
    const event = loginEvent('ghost@nowhere.test', minutesAgo(3), { result: 'FAILURE', failureReason: 'UNKNOWN_ACCOUNT' });
    expect((await graphql(server.url, RECORD, { events: [asVariables(event)] }, { token })).data).toMatchObject({ recordLoginEvents: { stored: 1 } });
    const record = await server.warden.dataSource.getRepository(LoginRecord).findOneByOrFail({ sourceEventId: event.sourceEventId });
    expect(record).toMatchObject({ employeeId: null, loginId: 'ghost@nowhere.test', failureReason: 'UNKNOWN_ACCOUNT' });
  });

  it.each([
    ['an IP that is not one', { ip: '10.0.0.300' }, 'events[1].ip'],
    ['a failure without its reason', { result: 'FAILURE' }, 'events[1].failureReason'],
    ['a time beyond retention', { occurredAt: daysAgo(120) }, 'events[1].occurredAt'],
    ['a time in the future', { occurredAt: new Date(Date.now() + 3_600_000) }, 'events[1].occurredAt'],
    ['a country that is not a code', { country: 'Korea' }, 'events[1].country'],
    ['both employeeId and loginId', { employeeId: 'x' }, 'events[1].loginId'],
    ['an empty source event id', { sourceEventId: ' ' }, 'events[1].sourceEventId'],
  ])('refuses the whole batch for %s, naming the index and field', async (_what, override, where) => {
    const before = await stored();
    const events = [loginEvent(employee.loginId, minutesAgo(20)), loginEvent(employee.loginId, minutesAgo(19), override as never)].map(asVariables);
    const response = await graphql(server.url, RECORD, { events }, { token });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(where);
    expect(response.errors![0].extensions).toMatchObject({ index: 1 });
    expect(await stored()).toBe(before);
  });

  it('names the field when a time has no offset', async () => {
    const event = { ...asVariables(loginEvent(employee.loginId, minutesAgo(5))), occurredAt: '2026-11-25T09:30:00' };
    const response = await graphql(server.url, RECORD, { events: [event] }, { token });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/occurredAt/);
  });

  it('takes at most 1,000 events a call', async () => {
    const events = Array.from({ length: 1001 }, (_, index) => asVariables(loginEvent(employee.loginId, minutesAgo(2000 - index))));
    const response = await graphql(server.url, RECORD, { events }, { token });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('at most 1000 events');
  });

  it('needs the LOGIN_EVENTS_WRITE permission (an admin session does not have it)', async () => {
    const readOnly = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_RECORDS_READ]);
    const events = [asVariables(loginEvent(employee.loginId, minutesAgo(1)))];
    expect(errorCode(await graphql(server.url, RECORD, { events }, { token: readOnly }))).toBe('FORBIDDEN');
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    expect(errorCode(await graphql(server.url, RECORD, { events }, { cookie }))).toBe('FORBIDDEN');
  });

  describe('suspicious-login rules (R14)', () => {
    it('flags a success after a burst of failures, explains it, and lets an admin confirm it (audited)', async () => {
      const target = await buildEmployee(server.warden.dataSource, server.fixtures.company.id, { name: 'Burst Target' });
      const history = [3, 2, 1].map((day) => loginEvent(target.loginId, daysAgo(day)));
      const burst = [6, 5, 4, 3, 2].map((minute) => loginEvent(target.loginId, minutesAgo(minute), { result: 'FAILURE', failureReason: 'WRONG_PASSWORD' }));
      const success = loginEvent(target.loginId, minutesAgo(1));
      const response = await graphql(server.url, RECORD, { events: [...history, ...burst, success].map(asVariables) }, { token });
      expect(response.data).toMatchObject({ recordLoginEvents: { stored: 9, flagged: 1 } });

      const record = await server.warden.dataSource.getRepository(LoginRecord).findOneByOrFail({ sourceEventId: success.sourceEventId });
      expect(record.suspicious).toBe(true);
      expect(record.suspiciousReasons).toEqual([{ rule: 'FAILURE_BURST', detail: '5 failed attempts in 10 min, then a success', facts: { failures: 5, windowMinutes: 10 } }]);

      const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
      const review = await graphql(
        server.url,
        'mutation ($id: ID!) { reviewLoginRecord(id: $id, verdict: CONFIRMED_COMPROMISED) { id reviewStatus reviewedByName } }',
        { id: record.id },
        { cookie },
      );
      expect(review.data).toEqual({ reviewLoginRecord: { id: record.id, reviewStatus: 'CONFIRMED_COMPROMISED', reviewedByName: 'Alex Admin' } });
      const audit = await server.warden.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: 'login_record.reviewed', targetId: record.id });
      expect(audit).toMatchObject({ companyId: server.fixtures.company.id, actorName: 'Alex Admin', details: expect.objectContaining({ verdict: 'CONFIRMED_COMPROMISED' }) });

      // Company B cannot review A's record: it does not exist for B.
      const otherCookie = await signIn(server.url, server.fixtures.otherAdmin.loginId, server.fixtures.otherAdmin.password);
      const foreign = await graphql(server.url, 'mutation ($id: ID!) { reviewLoginRecord(id: $id, verdict: CONFIRMED_SAFE) { id } }', { id: record.id }, { cookie: otherCookie });
      expect(errorCode(foreign)).toBe('NOT_FOUND');
    });

    it('reads the history stored by earlier calls, also for a late batch older than what is stored', async () => {
      const record = (sourceEventId: string) => server.warden.dataSource.getRepository(LoginRecord).findOneByOrFail({ sourceEventId });
      // A burst stored by one call, the success in the next.
      const target = await buildEmployee(server.warden.dataSource, server.fixtures.company.id, { name: 'Split Burst' });
      const burst = [9, 8, 7, 6, 5].map((minute) => loginEvent(target.loginId, minutesAgo(minute), { result: 'FAILURE', failureReason: 'WRONG_PASSWORD' }));
      await graphql(server.url, RECORD, { events: burst.map(asVariables) }, { token });
      const success = loginEvent(target.loginId, minutesAgo(4));
      await graphql(server.url, RECORD, { events: [asVariables(success)] }, { token });
      expect((await record(success.sourceEventId)).suspiciousReasons).toEqual([{ rule: 'FAILURE_BURST', detail: '5 failed attempts in 10 min, then a success', facts: { failures: 5, windowMinutes: 10 } }]);

      // Ten logins from KR weeks ago, then 25 in the last hour: a late batch with a login from the US
      // ten days ago is judged against the ten logins before it, not against the latest 20.
      const late = await buildEmployee(server.warden.dataSource, server.fixtures.company.id, { name: 'Late Batch' });
      const weeksAgo = Array.from({ length: 10 }, (_, i) => loginEvent(late.loginId, daysAgo(20 - i), { country: 'KR' }));
      const lastHour = Array.from({ length: 25 }, (_, i) => loginEvent(late.loginId, minutesAgo(60 - i), { country: 'KR' }));
      await graphql(server.url, RECORD, { events: [...weeksAgo, ...lastHour].map(asVariables) }, { token });
      const fromUs = loginEvent(late.loginId, daysAgo(10), { country: 'US', ip: '2001:db8::7' });
      const fromKr = loginEvent(late.loginId, minutesAgo(30), { country: 'KR' });
      const response = await graphql(server.url, RECORD, { events: [fromUs, fromKr].map(asVariables) }, { token });
      expect(response.data).toMatchObject({ recordLoginEvents: { stored: 2, flagged: 1 } });
      expect((await record(fromUs.sourceEventId)).suspiciousReasons!.map((reason) => reason.rule)).toEqual(['NEW_COUNTRY']);
      // The batch's later login is judged against the 20 before it: all from KR.
      expect((await record(fromKr.sourceEventId)).suspicious).toBe(false);
    });

    it('flags impossible travel and a new country, with the company’s thresholds', async () => {
      const traveller = await buildEmployee(server.warden.dataSource, server.fixtures.company.id, { name: 'Traveller' });
      const events = [
        ...[5, 4, 3].map((day) => loginEvent(traveller.loginId, daysAgo(day))),
        loginEvent(traveller.loginId, minutesAgo(120), { country: 'KR' }),
        loginEvent(traveller.loginId, minutesAgo(30), { country: 'US', ip: '2001:db8::1' }),
      ];
      await graphql(server.url, RECORD, { events: events.map(asVariables) }, { token });
      const record = await server.warden.dataSource.getRepository(LoginRecord).findOneByOrFail({ sourceEventId: events[4].sourceEventId });
      expect(record.suspiciousReasons!.map((reason) => reason.rule)).toEqual(['NEW_COUNTRY', 'IMPOSSIBLE_TRAVEL']);

      const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
      const update = await graphql(
        server.url,
        'mutation { updateLoginRuleSettings(input: { newCountryEnabled: false, impossibleTravelEnabled: false, impossibleTravelKmh: 1200 }) { newCountryEnabled impossibleTravelEnabled impossibleTravelKmh failureBurstCount } }',
        {},
        { cookie },
      );
      expect(update.data).toEqual({
        updateLoginRuleSettings: { newCountryEnabled: false, impossibleTravelEnabled: false, impossibleTravelKmh: 1200, failureBurstCount: 5 },
      });
      const again = loginEvent(traveller.loginId, minutesAgo(10), { country: 'DE' });
      await graphql(server.url, RECORD, { events: [asVariables(again)] }, { token });
      expect((await server.warden.dataSource.getRepository(LoginRecord).findOneByOrFail({ sourceEventId: again.sourceEventId })).suspicious).toBe(false);

      const bad = await graphql(server.url, 'mutation { updateLoginRuleSettings(input: { failureBurstCount: 1 }) { failureBurstCount } }', {}, { cookie });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].message).toContain('failureBurstCount');
    });
  });
});
