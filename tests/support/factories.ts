import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AdminRole, Language, type Permission, SERVICES, type Service } from '@warden/shared';
import { Company } from '@warden/api/src/features/companies/company.entity';
import { AdminRoleAssignment } from '@warden/api/src/features/employees/admin-role-assignment.entity';
import { Employee } from '@warden/api/src/features/employees/employee.entity';
import { hashPassword } from '@warden/api/src/features/auth/password';
import type { Services } from '@warden/api/src/core/services';

const unique = () => randomBytes(4).toString('hex');

/** A company row; by default security features on, every service subscribed, English, Seoul time. */
export async function buildCompany(
  dataSource: DataSource,
  overrides: Partial<Pick<Company, 'id' | 'name' | 'language' | 'timeZone' | 'securityFeaturesEnabled'>> & {
    subscribedServices?: Service[];
  } = {},
): Promise<Company> {
  const repository = dataSource.getRepository(Company);
  return repository.save(
    repository.create({
      id: overrides.id ?? `works-${unique()}`,
      name: overrides.name ?? 'Test Company',
      language: overrides.language ?? Language.en,
      timeZone: overrides.timeZone ?? 'Asia/Seoul',
      subscribedServices: overrides.subscribedServices ?? [...SERVICES],
      securityFeaturesEnabled: overrides.securityFeaturesEnabled ?? true,
      createdAt: new Date(),
    }),
  );
}

export async function buildEmployee(
  dataSource: DataSource,
  companyId: string,
  overrides: Partial<Pick<Employee, 'name' | 'loginId' | 'email' | 'mobileNumber' | 'department' | 'status'>> & {
    password?: string;
  } = {},
): Promise<Employee> {
  const repository = dataSource.getRepository(Employee);
  const loginId = overrides.loginId ?? `user-${unique()}@${companyId}.test`;
  return repository.save(
    repository.create({
      companyId,
      name: overrides.name ?? 'Test Employee',
      loginId,
      email: overrides.email ?? loginId,
      mobileNumber: overrides.mobileNumber ?? '+82-10-1234-5678',
      department: overrides.department ?? 'IT',
      status: overrides.status ?? 'ACTIVE',
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
      createdAt: new Date(),
    }),
  );
}

/** An employee with an admin role and a password, ready to sign in. */
export async function buildAdmin(
  dataSource: DataSource,
  companyId: string,
  options: { role?: AdminRole | null; password?: string; name?: string; loginId?: string } = {},
): Promise<{ employee: Employee; loginId: string; password: string }> {
  const password = options.password ?? `pw-${unique()}-${unique()}`;
  const employee = await buildEmployee(dataSource, companyId, {
    password,
    name: options.name ?? 'Test Admin',
    loginId: options.loginId,
  });
  if (options.role !== null) {
    await dataSource.getRepository(AdminRoleAssignment).insert({
      companyId,
      employeeId: employee.id,
      role: options.role ?? AdminRole.SUPER_ADMIN,
      grantedAt: new Date(),
    });
  }
  return { employee, loginId: employee.loginId, password };
}

/** An API token of the company with exactly these permissions; returns the secret. */
export async function buildApiToken(services: Services, companyId: string, permissions: Permission[]): Promise<string> {
  const { token } = await services.auth.issueApiToken(companyId, { name: `test-${unique()}`, permissions });
  return token;
}
