import { Permission } from '@warden/shared';
import { buildApiToken } from '../support/factories';
import { errorCode, graphql, signIn } from '../support/graphql-client';
import { type TestServer, startTestServer } from '../support/test-server';

describe('tenant isolation (R1)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a token of company A asking for company B with FORBIDDEN and no data', async () => {
    const token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.COMPANY_READ]);
    const response = await graphql(server.url, 'query ($id: ID) { company(id: $id) { id name } }', { id: server.fixtures.otherCompany.id }, { token });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
    expect(JSON.stringify(response)).not.toContain(server.fixtures.otherCompany.name);
  });

  it('gives the token its own company', async () => {
    const token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.COMPANY_READ]);
    const own = await graphql(server.url, '{ company { id name language timeZone securityFeaturesEnabled } }', {}, { token });
    expect(own.data).toEqual({
      company: { id: server.fixtures.company.id, name: 'Hanbit Test', language: 'en', timeZone: 'Asia/Seoul', securityFeaturesEnabled: true },
    });
  });

  it('answers an admin of company A asking for company B with FORBIDDEN', async () => {
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const response = await graphql(server.url, 'query ($id: ID) { company(id: $id) { id } }', { id: server.fixtures.otherCompany.id }, { cookie });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('refuses a token without the permission the field needs', async () => {
    const token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_EVENTS_WRITE]);
    const response = await graphql(server.url, '{ company { id } }', {}, { token });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.errors![0].extensions).toMatchObject({ missing: ['COMPANY_READ'] });
  });

  it('treats an unknown or revoked token as no caller', async () => {
    const response = await graphql(server.url, '{ company { id } }', {}, { token: 'wdn_not-a-real-token' });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');

    const { token, apiToken } = await server.warden.services.auth.issueApiToken(server.fixtures.company.id, {
      name: 'revoked',
      permissions: [Permission.COMPANY_READ],
    });
    await server.warden.dataSource.getRepository(apiToken.constructor).update({ id: apiToken.id }, { revokedAt: new Date() });
    expect(errorCode(await graphql(server.url, '{ company { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
  });
});
