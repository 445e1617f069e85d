import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { encodeDeletionCursor } from '../approval-documents/deletion-list';
import { actorOf } from '../audit-log/audit-log.service';
import { DownloadLinkPayload } from '../login-records/login-records.types';
import { RequiresStepUp, StepUpExempt } from '../step-up/requires-step-up';
import { DELETED_PLEDGES_XLSX, deletedPledgeFilterToParams } from './deleted-pledges-download';
import { Pledge } from './pledge.entity';
import { DeletedPledgeFilter, RegisterPledgeInput } from './pledges.inputs';
import { PermanentlyDeletePledgesPayload, PledgeConnection, PledgeEdge } from './pledges.types';
import { approvedCompany } from '../companies/approved-company';


@Resolver(() => Pledge)
export class PledgesResolver {
  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the pledge service’s API token pushes signed pledges; it is no admin menu')
  @Mutation(() => Pledge, {
    description: 'Stores a signed pledge from the pledge service (attachments uploaded first with POST /integration/files); a signed pledge is final',
  })
  async registerPledge(@Ctx() context: RequestContext, @Arg('input', () => RegisterPledgeInput) input: RegisterPledgeInput): Promise<Pledge> {
    return context.services.pledges.register(companyIdOf(context), input);
  }

  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the pledge service’s API token reports deletions; it is no admin menu')
  @Mutation(() => Pledge, { description: 'Marks a signed pledge deleted in the pledge service (soft delete): it is listed under Pledge deletion status (R50)' })
  async deletePledge(
    @Ctx() context: RequestContext,
    @Arg('pledgeNumber') pledgeNumber: string,
    @Arg('deletedByEmployeeId', () => ID) deletedByEmployeeId: string,
    @Arg('deletedAt', () => Date, { nullable: true, description: 'When it was deleted there; now when omitted' }) deletedAt: Date | null,
  ): Promise<Pledge> {
    return context.services.pledges.softDelete(companyIdOf(context), pledgeNumber, deletedByEmployeeId, deletedAt ?? null);
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.PLEDGE)
  @Query(() => PledgeConnection, { description: 'Signed pledges deleted in the pledge service, newest deletion first (R50, R51)' })
  async deletedPledges(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DeletedPledgeFilter, { nullable: true }) filter: DeletedPledgeFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<PledgeConnection> {
    const company = await approvedCompany(context);
    const page = await context.services.pledges.searchDeleted(company.id, filter ?? {}, { first, after });
    return Object.assign(new PledgeConnection(), {
      edges: page.pledges.map((node) => Object.assign(new PledgeEdge(), { node, cursor: encodeDeletionCursor(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      filter: filter ?? {},
    });
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.PLEDGE)
  @Mutation(() => PermanentlyDeletePledgesPayload, {
    description: 'Deletes deleted pledges for good, with their attachments (R52); live pledges are refused. Audited.',
  })
  async permanentlyDeletePledges(@Ctx() context: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<PermanentlyDeletePledgesPayload> {
    const company = await approvedCompany(context);
    const principal = context.principal!;
    const result = await context.services.pledges.permanentlyDelete(company.id, ids, (manager, deletion) =>
      context.services.auditLog
        .record(
          company.id,
          actorOf(principal),
          {
            action: 'pledges.permanently_deleted',
            targetType: 'pledge',
            targetId: deletion.deleted.length === 1 ? deletion.deleted[0].pledgeNumber : null,
            details: {
              pledgeNumbers: deletion.deleted.map((entry) => entry.pledgeNumber),
              names: deletion.deleted.map((entry) => entry.name),
              count: deletion.deleted.length,
              files: deletion.fileIds.length,
            },
          },
          context.client,
          manager,
        )
        .then(() => undefined),
    );
    return { deletedCount: result.deleted.length, deleted: result.deleted, notFoundIds: result.notFoundIds };
  }

  @Authorized(Permission.DELETED_DOCUMENTS_MANAGE)
  @RequiresStepUp(Service.PLEDGE)
  @Mutation(() => DownloadLinkPayload, {
    description: 'A link (valid 5 minutes, for this caller only) to pledge_list.xlsx with every deleted pledge matching the filter (R53)',
  })
  async requestDeletedPledgesDownload(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DeletedPledgeFilter, { nullable: true }) filter: DeletedPledgeFilter | null,
  ): Promise<DownloadLinkPayload> {
    const company = await approvedCompany(context);
    context.services.pledges.validateFilter(filter ?? {});
    const link = await context.services.downloads.create(context.principal!, company.id, DELETED_PLEDGES_XLSX, deletedPledgeFilterToParams(filter ?? {}));
    return { url: link.path, expiresAt: link.expiresAt };
  }
}

@Resolver(() => PledgeConnection)
export class PledgeConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many deleted pledges match the filter' })
  async totalCount(@Root() connection: PledgeConnection, @Ctx() context: RequestContext): Promise<number> {
    return context.services.pledges.countDeleted(companyIdOf(context), connection.filter);
  }
}
