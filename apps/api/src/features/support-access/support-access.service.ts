import { type DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';
import { type LabelKey, Permission, t } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { PrincipalKind } from '../../core/graphql/enums';
import { BadUserInputError } from '../../core/graphql/errors';
import { decodeKeysetCursor } from '../../core/graphql/keyset-cursor';
import type { Principal } from '../../core/graphql/principal';
import type { JobQueue } from '../../core/jobs/job-queue';
import { JobName } from '../../core/jobs/job-names';
import type { Logger } from '../../core/logging/logger';
import type { MailService } from '../../core/mail/mail.service';
import { formatInZone } from '../../core/time/zoned-time';
import { type AuditLogService, SYSTEM_ACTOR, actorOf } from '../audit-log/audit-log.service';
import { Company } from '../companies/company.entity';
import type { CompaniesService } from '../companies/companies.service';
import { AdminRoleAssignment } from '../employees/admin-role-assignment.entity';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { SupportAccessLogEntry } from './support-access-log.entity';
import { SupportAccessSetting } from './support-access.entity';

/** The header support staff name the company they act for with, per request (e.g. `works-10342`). */
export const SUPPORT_COMPANY_HEADER = 'x-warden-company';

/**
 * What support staff may do for a company that agrees: read, never change (R31). No *_MANAGE,
 * *_WRITE or *_REVIEW permission is ever in this list; mutations are refused centrally as well.
 */
export const SUPPORT_READ_PERMISSIONS: readonly Permission[] = [
  Permission.COMPANY_READ,
  Permission.LOGIN_RECORDS_READ,
  Permission.JOBS_READ,
  Permission.AUDIT_LOG_READ,
];

export const SUPPORT_ACCESS_REFUSED = 'This company does not allow support access.';

/** The farthest an end date may be: a standing agreement is "no end date", not a date years away. */
export const SUPPORT_ACCESS_MAX_DAYS = 90;
const DAY_MS = 86_400_000;
const COMPANY_ID_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

export interface SupportAccessState {
  agreed: boolean;
  grantedAt: Date | null;
  grantedByName: string | null;
  endsAt: Date | null;
  version: number;
}

export interface SupportAccessLogInput {
  companyId: string;
  supportAccountId: string;
  supportAccountName: string;
  operationType: string | null;
  operationName: string | null;
  fields: string[];
  variables: Record<string, unknown> | null;
  allowed: boolean;
  refusalReason: string | null;
  ip: string | null;
  userAgent: string | null;
}

type Client = { ip: string | null; userAgent: string | null };

interface Deps {
  auditLog: AuditLogService;
  companies: CompaniesService;
  mail: MailService;
  jobs: JobQueue;
}

/** Support access (R30, R31): the company's agreement, its expiry, support principals' scope, and the access log. */
export class SupportAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly deps: Deps,
  ) {}

  /** The company's current decision (not agreed when it never saved one). */
  async state(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<SupportAccessState> {
    const row = await manager.getRepository(SupportAccessSetting).findOneBy({ companyId });
    if (!row?.agreed) return { agreed: false, grantedAt: null, grantedByName: null, endsAt: null, version: row?.version ?? 0 };
    return { agreed: true, grantedAt: row.grantedAt, grantedByName: row.grantedByName, endsAt: row.endsAt, version: row.version };
  }

  /**
   * Whether support staff may read the company right now. An end date already passed counts as
   * withdrawn even before the expiry job runs.
   */
  async allows(companyId: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(SupportAccessSetting).findOneBy({ companyId });
    return Boolean(row?.agreed && (!row.endsAt || row.endsAt > this.clock.now()));
  }

  /**
   * Scopes a support principal to the company in `X-Warden-Company`: with the company's agreement it
   * gets that company and read-only permissions; without, `actingFor.allowed` is false and the auth
   * checker refuses every operation. Other principals pass unchanged (their company is their own).
   */
  async scopePrincipal(principal: Principal | null, header: string | undefined): Promise<Principal | null> {
    if (!principal || principal.kind !== PrincipalKind.SUPPORT) return principal;
    const companyId = header?.trim();
    if (!companyId) return principal;
    if (!COMPANY_ID_PATTERN.test(companyId)) {
      return { ...principal, actingFor: { companyId: companyId.slice(0, 40), allowed: false, known: false } };
    }
    const known = await this.dataSource.getRepository(Company).existsBy({ id: companyId });
    const allowed = known && (await this.allows(companyId));
    if (!allowed) return { ...principal, actingFor: { companyId, allowed: false, known } };
    return { ...principal, companyId, permissions: new Set(SUPPORT_READ_PERMISSIONS), actingFor: { companyId, allowed: true, known } };
  }

  /**
   * An admin's Save (R30): agree (optionally until `endsAt`, at most 90 days ahead) or withdraw.
   * Audited; the admins get an e-mail when access is granted or withdrawn; an end date queues the
   * expiry job (one per company: a new save replaces the pending one). A save that changes nothing
   * records nothing.
   */
  async update(
    companyId: string,
    principal: Principal,
    input: { agreed: boolean; endsAt?: Date | null },
    client: Client,
  ): Promise<SupportAccessState> {
    const now = this.clock.now();
    const endsAt = input.endsAt ?? null;
    if (endsAt && !input.agreed) {
      throw new BadUserInputError('endsAt applies only when agreeing to support access.', { field: 'endsAt' });
    }
    if (endsAt && endsAt.getTime() <= now.getTime()) {
      throw new BadUserInputError('endsAt must be in the future.', { field: 'endsAt' });
    }
    if (endsAt && endsAt.getTime() > now.getTime() + SUPPORT_ACCESS_MAX_DAYS * DAY_MS) {
      throw new BadUserInputError(`endsAt may be at most ${SUPPORT_ACCESS_MAX_DAYS} days ahead.`, { field: 'endsAt' });
    }
    const actor = actorOf(principal);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SupportAccessSetting);
      const before = await this.state(companyId, manager);
      const sameEnd = (before.endsAt?.getTime() ?? null) === (endsAt?.getTime() ?? null);
      if (before.agreed === input.agreed && (!input.agreed || sameEnd)) return { before, after: before, action: null };
      const version = before.version + 1;
      await repository.save(
        repository.create({
          companyId,
          agreed: input.agreed,
          version,
          grantedAt: input.agreed ? now : null,
          grantedByEmployeeId: input.agreed ? principal.employeeId : null,
          grantedByName: input.agreed ? principal.displayName.slice(0, 100) : null,
          endsAt: input.agreed ? endsAt : null,
          updatedAt: now,
        }),
      );
      const action = !input.agreed ? 'support_access.withdrawn' : before.agreed ? 'support_access.changed' : 'support_access.granted';
      await this.deps.auditLog.record(
        companyId,
        actor,
        {
          action,
          targetType: 'support_access',
          targetId: companyId,
          details: {
            before: { agreed: before.agreed, endsAt: before.endsAt?.toISOString() ?? null },
            after: { agreed: input.agreed, endsAt: endsAt?.toISOString() ?? null },
          },
        },
        client,
        manager,
      );
      return { before, after: await this.state(companyId, manager), action };
    });
    // After the commit: a job or mail about a change that rolled back must not exist, and on MariaDB
    // the queue writes on its own connection (a worker could otherwise run before the commit).
    if (outcome.action && outcome.after.agreed && outcome.after.endsAt) {
      await this.deps.jobs.enqueue(
        JobName.ExpireSupportAccess,
        { companyId, version: outcome.after.version },
        { at: outcome.after.endsAt, uniqueKey: { companyId } },
      );
    }
    if (outcome.action === 'support_access.granted') {
      await this.mailAdmins(companyId, 'supportAccess.mail.grantedSubject', (company) => ({
        key: 'supportAccess.mail.grantedBody',
        params: {
          actor: actor.name ?? '',
          until: outcome.after.endsAt
            ? t(company.language, 'supportAccess.mail.untilDate', { date: formatInZone(outcome.after.endsAt, company.timeZone) })
            : t(company.language, 'supportAccess.mail.untilWithdrawn'),
        },
      }));
    } else if (outcome.action === 'support_access.withdrawn') {
      await this.mailAdmins(companyId, 'supportAccess.mail.withdrawnSubject', () => ({
        key: 'supportAccess.mail.withdrawnBody',
        params: { actor: actor.name ?? '' },
      }));
    }
    return outcome.after;
  }

  /**
   * The expiry job: withdraws access if the grant it was queued for (`version`) is still the
   * current one and still agreed. Idempotent: a second run, a newer grant, or a withdrawal makes it
   * a no-op. Audited as SYSTEM; the admins get an e-mail. Returns whether it withdrew.
   */
  async expire(companyId: string, version: number): Promise<boolean> {
    const withdrawn = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SupportAccessSetting);
      const row = await repository.findOneBy({ companyId });
      if (!row?.agreed || row.version !== version || !row.endsAt) return null;
      const result = await repository.update(
        { companyId, version, agreed: true },
        { agreed: false, version: version + 1, grantedAt: null, grantedByEmployeeId: null, grantedByName: null, endsAt: null, updatedAt: this.clock.now() },
      );
      if (!result.affected) return null;
      await this.deps.auditLog.record(
        companyId,
        SYSTEM_ACTOR,
        {
          action: 'support_access.expired',
          targetType: 'support_access',
          targetId: companyId,
          details: { endsAt: row.endsAt.toISOString(), grantedBy: row.grantedByName, grantedAt: row.grantedAt?.toISOString() ?? null },
        },
        { ip: null, userAgent: null },
        manager,
      );
      return row.endsAt;
    });
    if (!withdrawn) return false;
    await this.mailAdmins(companyId, 'supportAccess.mail.withdrawnSubject', (company) => ({
      key: 'supportAccess.mail.expiredBody',
      params: { date: formatInZone(withdrawn, company.timeZone) },
    }));
    this.logger.info('support access expired', { companyId });
    return true;
  }

  /** The safety sweep: expires every grant whose end date passed (a lost or failed expiry job). */
  async expireDue(): Promise<number> {
    const due = await this.dataSource
      .getRepository(SupportAccessSetting)
      .findBy({ agreed: true, endsAt: LessThanOrEqual(this.clock.now()) });
    let expired = 0;
    for (const row of due) {
      try {
        if (await this.expire(row.companyId, row.version)) expired += 1;
      } catch (error) {
        // One company's failure must not keep the others' access open.
        this.logger.error('support access sweep failed for a company', { companyId: row.companyId, error });
      }
    }
    return expired;
  }

  /** Appends one support request to the company's access log. */
  async logRequest(entry: SupportAccessLogInput): Promise<void> {
    const repository = this.dataSource.getRepository(SupportAccessLogEntry);
    await repository.save(
      repository.create({
        ...entry,
        occurredAt: this.clock.now(),
        supportAccountName: entry.supportAccountName.slice(0, 100),
        operationName: entry.operationName?.slice(0, 100) ?? null,
        refusalReason: entry.refusalReason?.slice(0, 255) ?? null,
        userAgent: entry.userAgent?.slice(0, 512) ?? null,
      }),
    );
  }

  /** The company's support access log, newest first, by keyset (`after` is the previous page's `endCursor`). */
  async log(companyId: string, page: { first: number; after: string | null }): Promise<{ entries: SupportAccessLogEntry[]; hasNextPage: boolean }> {
    const query = this.dataSource
      .getRepository(SupportAccessLogEntry)
      .createQueryBuilder('l')
      .where('l.companyId = :companyId', { companyId })
      .orderBy('l.occurredAt', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(page.first + 1);
    if (page.after) {
      const [at, id] = decodeKeysetCursor(page.after);
      query.andWhere('(l.occurredAt < :cursorAt OR (l.occurredAt = :cursorAt AND l.id < :cursorId))', { cursorAt: at, cursorId: id });
    }
    const rows = await query.getMany();
    return { entries: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
  }

  /** One e-mail per active admin of the company (nobody sees the others' addresses), in the company language. */
  private async mailAdmins(
    companyId: string,
    subjectKey: LabelKey,
    body: (company: Company) => { key: LabelKey; params: Record<string, string> },
  ): Promise<void> {
    const company = await this.deps.companies.get(companyId);
    const admins = await this.dataSource
      .getRepository(Employee)
      .createQueryBuilder('e')
      .where('e.companyId = :companyId AND e.status = :active AND e.email IS NOT NULL', { companyId, active: EmployeeStatus.ACTIVE })
      .andWhere(
        `e.id IN (${this.dataSource
          .getRepository(AdminRoleAssignment)
          .createQueryBuilder('a')
          .select('a.employeeId')
          .where('a.companyId = :companyId')
          .getQuery()})`,
      )
      .getMany();
    const { key, params } = body(company);
    const text = t(company.language, key, { company: company.name, ...params });
    const subject = t(company.language, subjectKey);
    for (const admin of admins) {
      await this.deps.mail.queue(companyId, { to: [admin.email!], subject, text });
    }
  }
}
