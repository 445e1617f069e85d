import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { approvedCompany } from '../companies/approved-company';
import { actorOf } from '../audit-log/audit-log.service';
import { RequiresStepUp, StepUpExempt } from '../step-up/requires-step-up';
import { LoginEventInput } from './login-event.input';
import { LoginRecordFilter } from './login-record-filter';
import { LoginRecord, LoginReviewStatus } from './login-record.entity';
import { LOGIN_RECORDS_DOWNLOAD, filterToParams } from './login-records-download';
import {
  CappedCount,
  DownloadLinkPayload,
  LoginRecordConnection,
  LoginRecordEdge,
  RecordLoginEventsPayload,
} from './login-records.types';
import { LoginRuleSettings, LoginRuleSettingsInput } from './login-rule-settings.entity';

@Resolver(() => LoginRecordConnection)
export class LoginRecordsResolver {
  @Authorized(Permission.LOGIN_RECORDS_READ)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => LoginRecordConnection, { description: 'Login records of the last three months, newest first (R13)' })
  async loginRecords(
    @Ctx() context: RequestContext,
    @Arg('filter', () => LoginRecordFilter, { nullable: true }) filter: LoginRecordFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<LoginRecordConnection> {
    const company = await approvedCompany(context);
    const page = await context.services.loginRecords.search(company, filter ?? {}, { first, after });
    return Object.assign(new LoginRecordConnection(), {
      edges: page.records.map((node) => Object.assign(new LoginRecordEdge(), { node, cursor: cursorOf(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      filter: filter ?? {},
    });
  }

  @FieldResolver(() => CappedCount, { description: 'Matching records: exact up to 10,000, then capped' })
  async totalCount(@Root() connection: LoginRecordConnection, @Ctx() context: RequestContext): Promise<CappedCount> {
    const company = await context.services.companies.get(companyIdOf(context));
    return context.services.loginRecords.count(company, connection.filter);
  }

  @Authorized(Permission.LOGIN_EVENTS_WRITE)
  @StepUpExempt('the identity system’s API token pushes events; it is no admin menu')
  @Mutation(() => RecordLoginEventsPayload, {
    description: 'Stores up to 1,000 login events from the identity system, all or nothing; replays are skipped (R11)',
  })
  async recordLoginEvents(
    @Ctx() context: RequestContext,
    @Arg('events', () => [LoginEventInput]) events: LoginEventInput[],
  ): Promise<RecordLoginEventsPayload> {
    return context.services.loginRecords.ingest(companyIdOf(context), events);
  }

  @Authorized(Permission.LOGIN_RECORDS_REVIEW)
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => LoginRecord, { description: 'Marks a flagged record as confirmed safe or confirmed compromised (audited)' })
  async reviewLoginRecord(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('verdict', () => LoginReviewStatus) verdict: LoginReviewStatus,
  ): Promise<LoginRecord> {
    const companyId = (await approvedCompany(context)).id;
    const principal = context.principal!;
    const { services } = context;
    return services.dataSource.transaction(async (manager) => {
      const { before, after } = await services.loginRecords.review(
        companyId,
        id,
        verdict,
        { id: principal.employeeId, name: principal.displayName },
        manager,
      );
      await services.auditLog.record(
        companyId,
        actorOf(principal),
        {
          action: 'login_record.reviewed',
          targetType: 'login_record',
          targetId: id,
          details: { verdict, previous: before.reviewStatus, loginId: before.loginId, occurredAt: before.occurredAt.toISOString() },
        },
        context.client,
        manager,
      );
      return after;
    });
  }

  @Authorized(Permission.LOGIN_RECORDS_READ)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => LoginRuleSettings, { description: 'Thresholds of the suspicious-login rules' })
  async loginRuleSettings(@Ctx() context: RequestContext): Promise<LoginRuleSettings> {
    return context.services.loginRecords.settings(companyIdOf(context));
  }

  @Authorized(Permission.SECURITY_SETTINGS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => LoginRuleSettings, { description: 'Changes the suspicious-login thresholds (audited)' })
  async updateLoginRuleSettings(
    @Ctx() context: RequestContext,
    @Arg('input', () => LoginRuleSettingsInput) input: LoginRuleSettingsInput,
  ): Promise<LoginRuleSettings> {
    const companyId = (await approvedCompany(context)).id;
    const { services } = context;
    return services.dataSource.transaction(async (manager) => {
      const before = await services.loginRecords.settings(companyId, manager);
      const after = await services.loginRecords.updateSettings(companyId, input, manager);
      const { updatedAt: _before, companyId: _c1, ...beforeValues } = before;
      const { updatedAt: _after, companyId: _c2, ...afterValues } = after;
      await services.auditLog.record(
        companyId,
        actorOf(context.principal!),
        { action: 'login_rules.updated', targetType: 'login_rule_settings', targetId: companyId, details: { before: beforeValues, after: afterValues } },
        context.client,
        manager,
      );
      return after;
    });
  }

  @Authorized(Permission.LOGIN_RECORDS_READ)
  // The link is issued only here, so the download route needs no check of its own.
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => DownloadLinkPayload, {
    description: 'A link (valid 5 minutes, for this caller only) to YYYYMMDD_LoginLog.xlsx with every record matching the filter (R15)',
  })
  async requestLoginRecordsDownload(
    @Ctx() context: RequestContext,
    @Arg('filter', () => LoginRecordFilter, { nullable: true }) filter: LoginRecordFilter | null,
  ): Promise<DownloadLinkPayload> {
    const company = await approvedCompany(context);
    // Validate now, so a bad filter is a clear error here rather than a failed download.
    await context.services.loginRecords.resolveFilter(company, filter ?? {});
    const link = await context.services.downloads.create(context.principal!, company.id, LOGIN_RECORDS_DOWNLOAD, filterToParams(filter ?? {}));
    return { url: link.path, expiresAt: link.expiresAt };
  }
}

function cursorOf(record: LoginRecord): string {
  return Buffer.from(JSON.stringify([record.occurredAt.getTime(), String(record.id)])).toString('base64url');
}
