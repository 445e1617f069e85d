import { createHash } from 'node:crypto';
import { type DataSource, IsNull, MoreThan } from 'typeorm';
import { ErrorCode, SERVICES, Service, t } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { PrincipalKind } from '../../core/graphql/enums';
import { AppError, BadUserInputError, ForbiddenError, RateLimitedError } from '../../core/graphql/errors';
import type { Principal } from '../../core/graphql/principal';
import type { Logger } from '../../core/logging/logger';
import type { MailService } from '../../core/mail/mail.service';
import type { SmsService } from '../../core/sms/sms.service';
import { type AuditActor, type AuditLogService, actorOf } from '../audit-log/audit-log.service';
import type { CompaniesService } from '../companies/companies.service';
import type { Company } from '../companies/company.entity';
import { Employee } from '../employees/employee.entity';
import { maskEmail, maskMobileNumber } from './masking';
import type { StepUpRequirement } from './requires-step-up';
import { StepUpChallenge } from './step-up-challenge.entity';
import { codeMatches, generateCode, hashCode, isWellFormedCode } from './step-up-codes';
import { StepUpFailure, StepUpLockout } from './step-up-failure.entity';
import { StepUpGrant } from './step-up-grant.entity';
import { StepUpSettings } from './step-up-settings.entity';
import { StepUpCodeRejectedError, StepUpRequiredError } from './step-up.errors';
import { StepUpChannel, type StepUpChannelOption, type StepUpStatus } from './step-up.types';

const MINUTE = 60_000;

/** R22/R23, after NIST SP 800-63B §5.1.3 and OWASP ASVS V2.7/V2.8. */
export const STEP_UP_POLICY = {
  /** A code works for 10 minutes after it was sent. */
  codeTtlMs: 10 * MINUTE,
  /** A verified step-up covers every protected menu of the session for 30 minutes. */
  grantTtlMs: 30 * MINUTE,
  /** The 5th wrong entry voids the code. */
  wrongEntriesPerCode: 5,
  /** 10 failed entries within 15 minutes lock step-up for the admin for 15 minutes. */
  failuresBeforeLock: 10,
  failureWindowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  /** At most 5 codes per admin per 15 minutes. */
  sendsPerWindow: 5,
  sendWindowMs: 15 * MINUTE,
} as const;

type Client = { ip: string | null; userAgent: string | null };

interface AdminSession {
  companyId: string;
  employeeId: string;
  sessionId: string;
  actor: AuditActor;
  roles: readonly string[];
}

/** Step-up authentication for management menus (R20–R24): settings, codes, grants. */
export class StepUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly deps: { auditLog: AuditLogService; companies: CompaniesService; mail: MailService; sms: SmsService },
  ) {}

  // ── Settings (R20) ────────────────────────────────────────────────────────────────────────────

  /** Services the company may protect: Security itself, then its subscribed services. */
  offeredServices(company: Company): Service[] {
    return SERVICES.filter((service) => service === Service.SECURITY || company.subscribedServices.includes(service));
  }

  async protectedServices(companyId: string): Promise<Service[]> {
    const row = await this.dataSource.getRepository(StepUpSettings).findOneBy({ companyId });
    return row?.protectedServices ?? [];
  }

  async settings(companyId: string): Promise<Array<{ service: Service; isProtected: boolean }>> {
    const company = await this.deps.companies.get(companyId);
    const protectedServices = new Set(await this.protectedServices(companyId));
    return this.offeredServices(company).map((service) => ({ service, isProtected: protectedServices.has(service) }));
  }

  /** Stores which services are protected and audits the change (R60). */
  async updateSettings(
    companyId: string,
    protectedServices: readonly Service[],
    principal: Principal,
    client: Client,
  ): Promise<Array<{ service: Service; isProtected: boolean }>> {
    const company = await this.deps.companies.get(companyId);
    const offered = this.offeredServices(company);
    for (const service of protectedServices) {
      if (!offered.includes(service)) {
        throw new BadUserInputError(`${service} is not a service your company subscribes to, so it cannot be protected.`, {
          field: 'protectedServices',
          service,
        });
      }
    }
    const after = offered.filter((service) => protectedServices.includes(service));
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StepUpSettings);
      const before = (await repository.findOneBy({ companyId }))?.protectedServices ?? [];
      await repository.save(repository.create({ companyId, protectedServices: after, updatedAt: this.clock.now() }));
      await this.deps.auditLog.record(
        companyId,
        actorOf(principal),
        { action: 'step_up.settings_changed', targetType: 'step_up_settings', targetId: companyId, details: { before, after } },
        client,
        manager,
      );
    });
    return this.settings(companyId);
  }

  // ── Enforcement (R24) ─────────────────────────────────────────────────────────────────────────

  /**
   * Throws STEP_UP_REQUIRED when the requirement applies to this caller and its session holds no
   * valid grant. Only admin sessions step up; API tokens are governed by their permissions.
   */
  async assertStepUp(principal: Principal, requirement: StepUpRequirement): Promise<void> {
    const admin = adminSessionOf(principal);
    if (!admin) return;
    const protectedServices = await this.protectedServices(admin.companyId);
    const needed =
      requirement.when === 'ANY_SERVICE_PROTECTED' ? protectedServices.length > 0 : protectedServices.includes(requirement.service);
    if (!needed) return;
    if (!(await this.validGrant(admin))) throw new StepUpRequiredError(requirement.service);
  }

  /** What the SPA shows: which services are protected, whether this session is verified, where codes can go. */
  async status(principal: Principal): Promise<StepUpStatus> {
    const protectedServices = principal.companyId ? await this.protectedServices(principal.companyId) : [];
    const admin = adminSessionOf(principal);
    if (!admin) return { protectedServices, applies: false, verified: false, validUntil: null, channels: [] };
    const grant = await this.validGrant(admin);
    const employee = await this.employeeOf(admin);
    return {
      protectedServices,
      applies: protectedServices.length > 0,
      verified: grant !== null,
      validUntil: grant?.validUntil ?? null,
      channels: channelsOf(employee),
    };
  }

  /** Ends the session's step-up (sign-out). */
  async endGrant(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(StepUpGrant).delete({ sessionId });
  }

  /** Deletes grants, codes, failures and locks that ended more than a day ago; returns how many. */
  async purgeEnded(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - 86_400_000);
    const targets: Array<[Function, string]> = [
      [StepUpGrant, 'valid_until < :cutoff'],
      [StepUpChallenge, 'expires_at < :cutoff'],
      [StepUpFailure, 'occurred_at < :cutoff'],
      [StepUpLockout, 'locked_until < :cutoff'],
    ];
    let removed = 0;
    for (const [entity, condition] of targets) {
      const result = await this.dataSource.createQueryBuilder().delete().from(entity).where(condition, { cutoff }).execute();
      removed += result.affected ?? 0;
    }
    return removed;
  }

  private async validGrant(admin: AdminSession): Promise<StepUpGrant | null> {
    const grant = await this.dataSource.getRepository(StepUpGrant).findOneBy({ sessionId: admin.sessionId });
    if (!grant || grant.employeeId !== admin.employeeId || grant.companyId !== admin.companyId) return null;
    if (this.clock.now() >= grant.validUntil) return null;
    // A password or role change since verification ends the step-up (R22).
    const employee = await this.employeeOf(admin);
    return grant.fingerprint === fingerprintOf(employee, admin.roles) ? grant : null;
  }

  // ── Codes (R21, R23) ──────────────────────────────────────────────────────────────────────────

  /** Sends a new code to the admin's e-mail or mobile number; the session's previous code stops working. */
  async requestCode(principal: Principal, channel: StepUpChannel, client: Client): Promise<{ channel: StepUpChannel; maskedDestination: string; expiresAt: Date }> {
    const admin = requireAdminSession(principal);
    const employee = await this.employeeOf(admin);
    const destination = channel === StepUpChannel.EMAIL ? employee.email : employee.mobileNumber;
    if (!destination) {
      throw new BadUserInputError(
        channel === StepUpChannel.EMAIL ? 'You have no e-mail address on file.' : 'You have no mobile number on file.',
        { field: 'channel' },
      );
    }
    const now = this.clock.now();
    const lockedUntil = await this.lockedUntil(admin.employeeId, now);
    if (lockedUntil) {
      throw new RateLimitedError(
        'Too many failed attempts: additional authentication is paused. Try again later.',
        Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000),
      );
    }
    const challenges = this.dataSource.getRepository(StepUpChallenge);
    const recent = await challenges.find({
      where: { employeeId: admin.employeeId, createdAt: MoreThan(new Date(now.getTime() - STEP_UP_POLICY.sendWindowMs)) },
      order: { createdAt: 'ASC' },
      take: STEP_UP_POLICY.sendsPerWindow,
    });
    if (recent.length >= STEP_UP_POLICY.sendsPerWindow) {
      const retryAt = recent[0].createdAt.getTime() + STEP_UP_POLICY.sendWindowMs;
      throw new RateLimitedError(
        `At most ${STEP_UP_POLICY.sendsPerWindow} codes can be sent in ${STEP_UP_POLICY.sendWindowMs / MINUTE} minutes. Use the last code you received, or try again later.`,
        Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)),
      );
    }

    const code = generateCode();
    const { salt, hash } = hashCode(code);
    const expiresAt = new Date(now.getTime() + STEP_UP_POLICY.codeTtlMs);
    const challenge = await challenges.save(
      challenges.create({
        companyId: admin.companyId,
        employeeId: admin.employeeId,
        sessionId: admin.sessionId,
        channel,
        codeSalt: salt,
        codeHash: hash,
        wrongAttempts: 0,
        createdAt: now,
        expiresAt,
        consumedAt: null,
        voidedAt: null,
      }),
    );
    // A resend voids every earlier code of the session. Voiding after the insert (not before) means
    // two racing sends void each other rather than leave two live codes.
    await challenges
      .createQueryBuilder()
      .update()
      .set({ voidedAt: now })
      .where('session_id = :sessionId AND id <> :id AND consumed_at IS NULL AND voided_at IS NULL', {
        sessionId: admin.sessionId,
        id: challenge.id,
      })
      .execute();

    const company = await this.deps.companies.get(admin.companyId);
    const minutes = STEP_UP_POLICY.codeTtlMs / MINUTE;
    const maskedDestination = channel === StepUpChannel.EMAIL ? maskEmail(destination) : maskMobileNumber(destination);
    if (channel === StepUpChannel.EMAIL) {
      await this.deps.mail.queue(admin.companyId, {
        to: [destination],
        subject: t(company.language, 'stepUp.mail.subject'),
        text: t(company.language, 'stepUp.mail.body', { name: employee.name, code, minutes }),
        redactAfterDelivery: true,
      });
    } else {
      await this.deps.sms.queue(admin.companyId, {
        to: destination,
        text: t(company.language, 'stepUp.sms.text', { code, minutes }),
        discardAfter: expiresAt,
      });
    }
    await this.audit(admin, 'step_up.code_sent', { channel, destination: maskedDestination, expiresAt: expiresAt.toISOString() }, client);
    return { channel, maskedDestination, expiresAt };
  }

  /**
   * Checks a code. Success grants the session 30 minutes of access to every protected menu. Every
   * refusal (wrong, expired, used, replaced, locked) answers the same error.
   */
  async verifyCode(principal: Principal, code: string, client: Client): Promise<{ validUntil: Date }> {
    const admin = requireAdminSession(principal);
    const entered = code.trim();
    // Not a guess at all (wrong length, letters): refused without counting, it cannot match.
    if (!isWellFormedCode(entered)) throw new BadUserInputError('Enter the 6-digit code.', { field: 'code' });
    const now = this.clock.now();

    if (await this.lockedUntil(admin.employeeId, now)) {
      // Not counted: attempts during a lock neither extend it nor reach the code.
      await this.audit(admin, 'step_up.failed', { reason: 'LOCKED' }, client);
      throw new StepUpCodeRejectedError();
    }

    const challenges = this.dataSource.getRepository(StepUpChallenge);
    const challenge = await challenges.findOne({
      // A resend voided the earlier codes, so at most one is live (two racing sends leave none).
      where: { sessionId: admin.sessionId, employeeId: admin.employeeId, consumedAt: IsNull(), voidedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    const usable =
      challenge &&
      challenge.expiresAt > now &&
      challenge.wrongAttempts < STEP_UP_POLICY.wrongEntriesPerCode;
    if (!usable) return this.failed(admin, 'NO_VALID_CODE', client, now);

    if (!codeMatches(entered, challenge.codeSalt, challenge.codeHash)) {
      await challenges
        .createQueryBuilder()
        .update()
        .set({ wrongAttempts: () => 'wrong_attempts + 1' })
        .where('id = :id', { id: challenge.id })
        .execute();
      // The 5th wrong entry voids the code, so even the right code fails after it.
      await challenges
        .createQueryBuilder()
        .update()
        .set({ voidedAt: now })
        .where('id = :id AND wrong_attempts >= :limit AND voided_at IS NULL', { id: challenge.id, limit: STEP_UP_POLICY.wrongEntriesPerCode })
        .execute();
      return this.failed(admin, 'WRONG_CODE', client, now);
    }

    // Single use: of two requests with the right code, only the one whose UPDATE changes the row wins.
    const consumed = await challenges
      .createQueryBuilder()
      .update()
      .set({ consumedAt: now })
      .where('id = :id AND consumed_at IS NULL AND voided_at IS NULL AND expires_at > :now AND wrong_attempts < :limit', {
        id: challenge.id,
        now,
        limit: STEP_UP_POLICY.wrongEntriesPerCode,
      })
      .execute();
    if (consumed.affected !== 1) return this.failed(admin, 'NO_VALID_CODE', client, now);

    const employee = await this.employeeOf(admin);
    const validUntil = new Date(now.getTime() + STEP_UP_POLICY.grantTtlMs);
    const grants = this.dataSource.getRepository(StepUpGrant);
    await grants.save(
      grants.create({
        sessionId: admin.sessionId,
        companyId: admin.companyId,
        employeeId: admin.employeeId,
        verifiedAt: now,
        validUntil,
        fingerprint: fingerprintOf(employee, admin.roles),
      }),
    );
    await this.audit(admin, 'step_up.verified', { channel: challenge.channel, validUntil: validUntil.toISOString() }, client);
    return { validUntil };
  }

  /** Records a failed entry, locks the admin at the 10th within the window, and refuses. */
  private async failed(admin: AdminSession, reason: 'WRONG_CODE' | 'NO_VALID_CODE', client: Client, now: Date): Promise<never> {
    const failures = this.dataSource.getRepository(StepUpFailure);
    await failures.insert({ companyId: admin.companyId, employeeId: admin.employeeId, occurredAt: now });
    await this.audit(admin, 'step_up.failed', { reason }, client);
    const recent = await failures.countBy({
      employeeId: admin.employeeId,
      occurredAt: MoreThan(new Date(now.getTime() - STEP_UP_POLICY.failureWindowMs)),
    });
    if (recent >= STEP_UP_POLICY.failuresBeforeLock) {
      const lockedUntil = new Date(now.getTime() + STEP_UP_POLICY.lockMs);
      if (await this.lock(admin, now, lockedUntil)) {
        this.logger.warn('step-up locked', { companyId: admin.companyId, employeeId: admin.employeeId });
        await this.audit(admin, 'step_up.locked', { lockedUntil: lockedUntil.toISOString(), failures: recent }, client);
      }
    }
    throw new StepUpCodeRejectedError();
  }

  /** Sets the lock unless one is already in force; true when this call set it (so it is audited once). */
  private async lock(admin: AdminSession, now: Date, lockedUntil: Date): Promise<boolean> {
    const lockouts = this.dataSource.getRepository(StepUpLockout);
    const renewed = await lockouts
      .createQueryBuilder()
      .update()
      .set({ lockedUntil, companyId: admin.companyId })
      .where('employee_id = :employeeId AND locked_until <= :now', { employeeId: admin.employeeId, now })
      .execute();
    if (renewed.affected) return true;
    if (await lockouts.existsBy({ employeeId: admin.employeeId })) return false;
    try {
      await lockouts.insert({ employeeId: admin.employeeId, companyId: admin.companyId, lockedUntil });
      return true;
    } catch {
      // Another request inserted the lock first.
      return false;
    }
  }

  private async lockedUntil(employeeId: string, now: Date): Promise<Date | null> {
    const lockout = await this.dataSource.getRepository(StepUpLockout).findOneBy({ employeeId });
    return lockout && lockout.lockedUntil > now ? lockout.lockedUntil : null;
  }

  private async employeeOf(admin: AdminSession): Promise<Employee> {
    const employee = await this.dataSource.getRepository(Employee).findOneBy({ id: admin.employeeId, companyId: admin.companyId });
    if (!employee) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in again.');
    return employee;
  }

  private async audit(admin: AdminSession, action: string, details: Record<string, unknown>, client: Client): Promise<void> {
    await this.deps.auditLog.record(
      admin.companyId,
      admin.actor,
      { action, targetType: 'employee', targetId: admin.employeeId, details },
      client,
    );
  }
}

/** The admin session behind a principal, or null for API tokens and support staff (who do not step up). */
function adminSessionOf(principal: Principal): AdminSession | null {
  if (principal.kind !== PrincipalKind.ADMIN || !principal.sessionId || !principal.companyId || !principal.employeeId) return null;
  return {
    companyId: principal.companyId,
    employeeId: principal.employeeId,
    sessionId: principal.sessionId,
    actor: actorOf(principal),
    roles: principal.roles,
  };
}

function requireAdminSession(principal: Principal): AdminSession {
  const admin = adminSessionOf(principal);
  if (!admin) throw new ForbiddenError('Additional authentication is for admins signed in to the console; API tokens do not need it.');
  return admin;
}

/** Changes when the password or the role set changes; a grant is valid only while it is the same. */
function fingerprintOf(employee: Employee, roles: readonly string[]): string {
  return createHash('sha256')
    .update(`${employee.passwordHash ?? ''}\n${[...roles].sort().join(',')}`)
    .digest('hex');
}

function channelsOf(employee: Employee): StepUpChannelOption[] {
  const channels: StepUpChannelOption[] = [];
  if (employee.email) channels.push({ kind: StepUpChannel.EMAIL, maskedDestination: maskEmail(employee.email) });
  if (employee.mobileNumber) channels.push({ kind: StepUpChannel.SMS, maskedDestination: maskMobileNumber(employee.mobileNumber) });
  return channels;
}
