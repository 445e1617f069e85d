import { Service } from '@warden/shared';
import { Company } from '@warden/api/src/features/companies/company.entity';
import { buildAdmin, buildCompany } from '../support/factories';
import { graphql, signIn } from '../support/graphql-client';
import { type TestServer, startTestServer } from '../support/test-server';

const SECURITY_MENU = '{ securityMenu { available unavailableReason items { menu path } } }';

describe('securityMenu', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  // The deletion-status menus also need something deleted to show (R50): see deleted-documents.test.ts.
  it('lists every Security menu for a super admin of an approved company, in the guide’s order', async () => {
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const response = await graphql(server.url, SECURITY_MENU, {}, { cookie });
    expect(response.data).toEqual({
      securityMenu: {
        available: true,
        unavailableReason: null,
        items: [
          { menu: 'LOGIN_STATUS', path: 'login-status' },
          { menu: 'TWO_FACTOR_AUTHENTICATION', path: 'two-factor-authentication' },
          { menu: 'SUPPORT_ACCESS', path: 'support-access' },
          { menu: 'EXPORT_DATA', path: 'export-data' },
        ],
      },
    });
  });

  it('shows no menus, with the reason, when the company has not obtained WORKS Approval (R0)', async () => {
    const company = await buildCompany(server.warden.dataSource, { securityFeaturesEnabled: false });
    const admin = await buildAdmin(server.warden.dataSource, company.id);
    const cookie = await signIn(server.url, admin.loginId, admin.password);
    const response = await graphql(server.url, SECURITY_MENU, {}, { cookie });
    expect(response.data).toEqual({
      securityMenu: { available: false, unavailableReason: 'SECURITY_FEATURES_NOT_ENABLED', items: [] },
    });
  });

  it('hides the deletion-status menus of services the company does not subscribe to', async () => {
    const company = await buildCompany(server.warden.dataSource, { subscribedServices: [Service.SECURITY, Service.HR] });
    const admin = await buildAdmin(server.warden.dataSource, company.id);
    const cookie = await signIn(server.url, admin.loginId, admin.password);
    const response = await graphql<{ securityMenu: { items: Array<{ menu: string }> } }>(server.url, SECURITY_MENU, {}, { cookie });
    expect(response.data!.securityMenu.items.map((item) => item.menu)).toEqual([
      'LOGIN_STATUS',
      'TWO_FACTOR_AUTHENTICATION',
      'SUPPORT_ACCESS',
      'EXPORT_DATA',
    ]);
  });

  it('tells an employee without an admin role that the role is missing', async () => {
    const employee = await buildAdmin(server.warden.dataSource, server.fixtures.company.id, { role: null });
    const cookie = await signIn(server.url, employee.loginId, employee.password);
    const response = await graphql(server.url, SECURITY_MENU, {}, { cookie });
    expect(response.data).toEqual({
      securityMenu: { available: false, unavailableReason: 'NO_SECURITY_PERMISSION', items: [] },
    });
  });

  it('follows the company switch without a new sign-in', async () => {
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const repository = server.warden.dataSource.getRepository(Company);
    await repository.update({ id: server.fixtures.company.id }, { securityFeaturesEnabled: false });
    try {
      const response = await graphql<{ securityMenu: { available: boolean } }>(server.url, SECURITY_MENU, {}, { cookie });
      expect(response.data!.securityMenu.available).toBe(false);
    } finally {
      await repository.update({ id: server.fixtures.company.id }, { securityFeaturesEnabled: true });
    }
  });
});
