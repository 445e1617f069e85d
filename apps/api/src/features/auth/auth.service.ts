import type { Request } from 'express';
import { type DataSource, IsNull } from 'typeorm';
import {
  type AdminRole,
  LoginFailureReason,
  LoginResult,
  type Permission,
  PERMISSIONS,
  permissionsForRoles,
} from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { PrincipalKind } from '../../core/graphql/enums';
import { BadUserInputError, InvalidCredentialsError, RateLimitedError } from '../../core/graphql/errors';
import type { Principal } from '../../core/graphql/principal';
import type { Logger } from '../../core/logging/logger';
import { AdminRoleAssignment } from '../employees/admin-role-assignment.entity';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { environmentFromUserAgent, type LoginRecordsService } from '../login-records/login-records.service';
import { ApiToken } from './api-token.entity';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { API_TOKEN_PREFIX, SESSION_COOKIE, newSecret, sha256Hex } from './secrets';
import { Session, SessionKind } from './session.entity';
import { SupportAccount } from './support-account.entity';

/** After this many failed sign-ins within the window, the account refuses sign-in for the window. */
export const SIGN_IN_LOCKOUT = { failures: 10, windowMinutes: 15 } as const;
/** Writing `last_seen_at` on every request would make every read a write; once a minute is enough. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface SignInResult {
  sessionToken: string;
  expiresAt: Date;
  principal: Principal;
}

export interface IssuedApiToken {
  token: string;
  apiToken: ApiToken;
}

/** Sign-in, sign-out, sessions and API tokens: everything that turns a request into a Principal. */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loginRecords: LoginRecordsService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly sessionTtlHours: number,
  ) {}

  /**
   * Checks a login id and password. Employees' attempts, good or bad, become login records (R10);
   * vendor support accounts sign in through the same form.
   */
  async signIn(loginId: string, password: string, client: ClientInfo): Promise<SignInResult> {
    const normalizedLoginId = loginId.trim();
    if (!normalizedLoginId || normalizedLoginId.length > 190) {
      throw new BadUserInputError('Enter your login ID (at most 190 characters).', { field: 'loginId' });
    }
    if (!password || password.length > 1024) {
      throw new BadUserInputError('Enter your password (at most 1,024 characters).', { field: 'password' });
    }

    const employee = await this.dataSource.getRepository(Employee).findOneBy({ loginId: normalizedLoginId });
    if (!employee) return this.signInSupport(normalizedLoginId, password, client);

    const attempt = {
      employeeId: employee.id,
      employeeName: employee.name,
      loginId: employee.loginId,
      environment: environmentFromUserAgent(client.userAgent),
      ip: client.ip,
      userAgent: client.userAgent,
    };
    const failed = async (reason: LoginFailureReason) => {
      await this.loginRecords.record(employee.companyId, { ...attempt, result: LoginResult.FAILURE, failureReason: reason });
    };

    const windowStart = new Date(this.clock.now().getTime() - SIGN_IN_LOCKOUT.windowMinutes * 60_000);
    const recentFailures = await this.loginRecords.countFailuresSince(employee.companyId, employee.id, windowStart);
    if (recentFailures >= SIGN_IN_LOCKOUT.failures) {
      await failed(LoginFailureReason.ACCOUNT_LOCKED);
      throw new RateLimitedError(
        `Too many failed sign-ins: this account is locked for ${SIGN_IN_LOCKOUT.windowMinutes} minutes.`,
        SIGN_IN_LOCKOUT.windowMinutes * 60,
      );
    }
    if (!employee.passwordHash || !(await verifyPassword(employee.passwordHash, password))) {
      await failed(LoginFailureReason.WRONG_PASSWORD);
      throw new InvalidCredentialsError();
    }
    if (employee.status !== EmployeeStatus.ACTIVE) {
      await failed(LoginFailureReason.ACCOUNT_DISABLED);
      throw new InvalidCredentialsError();
    }

    await this.loginRecords.record(employee.companyId, { ...attempt, result: LoginResult.SUCCESS });
    const { token, session } = await this.createSession(
      { kind: SessionKind.ADMIN, companyId: employee.companyId, employeeId: employee.id, supportAccountId: null },
      client,
    );
    const principal = await this.principalForEmployee(employee, session.id);
    return { sessionToken: token, expiresAt: session.expiresAt, principal };
  }

  private async signInSupport(loginId: string, password: string, client: ClientInfo): Promise<SignInResult> {
    const account = await this.dataSource.getRepository(SupportAccount).findOneBy({ loginId });
    if (!account) {
      await verifyAgainstDummy(password);
      this.logger.info('sign-in for unknown login id', { ip: client.ip });
      throw new InvalidCredentialsError();
    }
    if (account.disabled || !(await verifyPassword(account.passwordHash, password))) {
      this.logger.warn('support sign-in failed', { supportAccountId: account.id, ip: client.ip });
      throw new InvalidCredentialsError();
    }
    const { token, session } = await this.createSession(
      { kind: SessionKind.SUPPORT, companyId: null, employeeId: null, supportAccountId: account.id },
      client,
    );
    return { sessionToken: token, expiresAt: session.expiresAt, principal: supportPrincipal(account, session.id) };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Deletes sessions that ended (expired or revoked) more than a day ago; returns how many. */
  async purgeEndedSessions(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - 86_400_000);
    const result = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder()
      .delete()
      .where('expires_at < :cutoff OR revoked_at < :cutoff', { cutoff })
      .execute();
    return result.affected ?? 0;
  }

  /** The caller of a request: a Bearer API token wins over a session cookie. */
  async resolvePrincipal(req: Request): Promise<Principal | null> {
    const authorization = req.headers.authorization;
    if (authorization) return this.principalForToken(authorization);
    const cookieToken = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (cookieToken) return this.principalForSession(cookieToken);
    return null;
  }

  private async principalForToken(authorization: string): Promise<Principal | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match || !match[1].startsWith(API_TOKEN_PREFIX)) return null;
    const repository = this.dataSource.getRepository(ApiToken);
    const apiToken = await repository.findOneBy({ tokenHash: sha256Hex(match[1]) });
    const now = this.clock.now();
    if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt <= now)) return null;
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      await repository.update({ id: apiToken.id }, { lastUsedAt: now });
    }
    return {
      kind: PrincipalKind.API_TOKEN,
      companyId: apiToken.companyId,
      employeeId: null,
      supportAccountId: null,
      apiTokenId: apiToken.id,
      sessionId: null,
      displayName: `API token “${apiToken.name}”`,
      roles: [],
      permissions: new Set(apiToken.permissions.filter((permission) => PERMISSIONS.includes(permission))),
    };
  }

  private async principalForSession(cookieToken: string): Promise<Principal | null> {
    const repository = this.dataSource.getRepository(Session);
    const session = await repository.findOneBy({ id: sha256Hex(cookieToken) });
    const now = this.clock.now();
    if (!session || session.revokedAt || session.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      await repository.update({ id: session.id }, { lastSeenAt: now });
    }
    if (session.kind === SessionKind.SUPPORT) {
      const account = await this.dataSource.getRepository(SupportAccount).findOneBy({ id: session.supportAccountId! });
      return account && !account.disabled ? supportPrincipal(account, session.id) : null;
    }
    const employee = await this.dataSource.getRepository(Employee).findOneBy({ id: session.employeeId! });
    if (!employee || employee.status !== EmployeeStatus.ACTIVE) return null;
    return this.principalForEmployee(employee, session.id);
  }

  private async principalForEmployee(employee: Employee, sessionId: string): Promise<Principal> {
    const assignments = await this.dataSource
      .getRepository(AdminRoleAssignment)
      .findBy({ companyId: employee.companyId, employeeId: employee.id });
    const roles = assignments.map((assignment) => assignment.role);
    return {
      kind: PrincipalKind.ADMIN,
      companyId: employee.companyId,
      employeeId: employee.id,
      supportAccountId: null,
      apiTokenId: null,
      sessionId,
      displayName: employee.name,
      roles,
      permissions: permissionsForRoles(roles),
    };
  }

  private async createSession(
    owner: Pick<Session, 'kind' | 'companyId' | 'employeeId' | 'supportAccountId'>,
    client: ClientInfo,
  ): Promise<{ token: string; session: Session }> {
    const token = newSecret();
    const now = this.clock.now();
    const repository = this.dataSource.getRepository(Session);
    const session = await repository.save(
      repository.create({
        ...owner,
        id: sha256Hex(token),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.sessionTtlHours * 3_600_000),
        revokedAt: null,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
      }),
    );
    return { token, session };
  }

  /** Issues an API token for an integration; the secret is returned once and never stored. */
  async issueApiToken(
    companyId: string,
    input: { name: string; permissions: Permission[]; createdByEmployeeId?: string | null; expiresAt?: Date | null },
  ): Promise<IssuedApiToken> {
    const token = newSecret(API_TOKEN_PREFIX);
    const repository = this.dataSource.getRepository(ApiToken);
    const apiToken = await repository.save(
      repository.create({
        companyId,
        name: input.name,
        tokenHash: sha256Hex(token),
        tokenPrefix: token.slice(0, 12),
        permissions: input.permissions,
        createdByEmployeeId: input.createdByEmployeeId ?? null,
        createdAt: this.clock.now(),
        expiresAt: input.expiresAt ?? null,
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    return { token, apiToken };
  }

  /** Sets an employee's password (seed data, tests, and the future password-change flow). */
  async setPassword(employeeId: string, password: string): Promise<void> {
    await this.dataSource.getRepository(Employee).update({ id: employeeId }, { passwordHash: await hashPassword(password) });
  }

  /** Creates a vendor support account. */
  async createSupportAccount(input: { loginId: string; name: string; email: string; password: string }): Promise<SupportAccount> {
    const repository = this.dataSource.getRepository(SupportAccount);
    return repository.save(
      repository.create({
        ...input,
        passwordHash: await hashPassword(input.password),
        disabled: false,
        createdAt: this.clock.now(),
      }),
    );
  }
}

function supportPrincipal(account: SupportAccount, sessionId: string): Principal {
  return {
    kind: PrincipalKind.SUPPORT,
    // Support staff belong to no company; which company they may read comes with support access (R31).
    companyId: null,
    employeeId: null,
    supportAccountId: account.id,
    apiTokenId: null,
    sessionId,
    displayName: account.name,
    roles: [] as AdminRole[],
    permissions: new Set(),
  };
}
