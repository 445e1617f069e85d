import { LoginRecord } from '@warden/api/src/features/login-records/login-record.entity';
import { buildAdmin } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { type TestServer, startTestServer } from '../support/test-server';

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { me { kind displayName roles } expiresAt } }';

describe('sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const records = () =>
    server.warden.dataSource.getRepository(LoginRecord).find({ where: { companyId: server.fixtures.company.id }, order: { id: 'ASC' } });

  it('signs an admin in with an httpOnly, SameSite session cookie and records a SUCCESS login', async () => {
    const before = (await records()).length;
    const response = await graphql(server.url, SIGN_IN, {
      input: { loginId: server.fixtures.admin.loginId, password: server.fixtures.admin.password },
    }, { headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Chrome/131' } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ signIn: { me: { kind: 'ADMIN', displayName: 'Alex Admin', roles: ['SUPER_ADMIN'] } } });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^warden_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const after = await records();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      result: 'SUCCESS',
      failureReason: null,
      loginId: server.fixtures.admin.loginId,
      employeeName: 'Alex Admin',
      environment: 'PC_WEB',
      ip: '127.0.0.1',
    });
  });

  it('refuses a wrong password with INVALID_CREDENTIALS, sets no cookie, and records a FAILURE', async () => {
    const before = (await records()).length;
    const response = await graphql(server.url, SIGN_IN, {
      input: { loginId: server.fixtures.admin.loginId, password: 'not-the-password' },
    });
    expect(errorCode(response)).toBe('INVALID_CREDENTIALS');
    expect(response.errors![0].message).toBe('The login ID or password is incorrect.');
    expect(response.headers.get('set-cookie')).toBeNull();
    const after = await records();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ result: 'FAILURE', failureReason: 'WRONG_PASSWORD' });
  });

  it('answers an unknown login id exactly like a wrong password', async () => {
    const response = await graphql(server.url, SIGN_IN, { input: { loginId: 'nobody@nowhere.test', password: 'x' } });
    expect(errorCode(response)).toBe('INVALID_CREDENTIALS');
    expect(response.errors![0].message).toBe('The login ID or password is incorrect.');
  });

  it('names the field when the input is malformed', async () => {
    const response = await graphql(server.url, SIGN_IN, { input: { loginId: 'x'.repeat(191), password: 'x' } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('loginId');
  });

  it('serves `me` with the session cookie and forgets it after sign-out', async () => {
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const me = await graphql(server.url, '{ me { kind employee { name loginId } company { id name } permissions } }', {}, { cookie });
    expect(me.data).toMatchObject({
      me: { kind: 'ADMIN', employee: { name: 'Alex Admin' }, company: { id: server.fixtures.company.id } },
    });
    expect((me.data as { me: { permissions: string[] } }).me.permissions).toContain('LOGIN_RECORDS_READ');

    const signOut = await graphql(server.url, 'mutation { signOut }', {}, { cookie });
    expect(signOut.data).toEqual({ signOut: true });
    expect(signOut.headers.get('set-cookie')).toMatch(/warden_session=;/);

    const afterwards = await graphql(server.url, '{ me { kind } }', {}, { cookie });
    expect(errorCode(afterwards)).toBe('UNAUTHENTICATED');
  });

  it('locks an account for 15 minutes after 10 failed sign-ins, and records the lock', async () => {
    const target = await buildAdmin(server.warden.dataSource, server.fixtures.company.id, { name: 'Locked Out' });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await graphql(server.url, SIGN_IN, { input: { loginId: target.loginId, password: 'wrong' } });
      expect(errorCode(response)).toBe('INVALID_CREDENTIALS');
    }
    const locked = await graphql(server.url, SIGN_IN, { input: { loginId: target.loginId, password: target.password } });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    const last = (await records()).at(-1);
    expect(last).toMatchObject({ employeeId: target.employee.id, result: 'FAILURE', failureReason: 'ACCOUNT_LOCKED' });
  });
});
