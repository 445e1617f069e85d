import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { assertPageSize, encodeKeysetCursor } from '../../core/graphql/keyset-cursor';
import { RequiresStepUp } from '../step-up/requires-step-up';
import type { SupportAccessState } from './support-access.service';
import {
  SupportAccess,
  SupportAccessLogConnection,
  SupportAccessLogEdge,
  UpdateSupportAccessInput,
} from './support-access.types';

function toView(state: SupportAccessState): SupportAccess {
  return Object.assign(new SupportAccess(), {
    agreed: state.agreed,
    grantedAt: state.grantedAt,
    grantedBy: state.agreed && state.grantedByName ? { name: state.grantedByName } : null,
    endsAt: state.endsAt,
  });
}

@Resolver(() => SupportAccess)
export class SupportAccessResolver {
  @Authorized(Permission.SUPPORT_ACCESS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => SupportAccess, { description: 'The company’s support access decision (R30)' })
  async supportAccess(@Ctx() context: RequestContext): Promise<SupportAccess> {
    return toView(await context.services.supportAccess.state(companyIdOf(context)));
  }

  @Authorized(Permission.SUPPORT_ACCESS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => SupportAccess, {
    description: 'Agree or withdraw support access, optionally until an end date (audited; the admins get an e-mail)',
  })
  async updateSupportAccess(
    @Ctx() context: RequestContext,
    @Arg('input', () => UpdateSupportAccessInput) input: UpdateSupportAccessInput,
  ): Promise<SupportAccess> {
    const state = await context.services.supportAccess.update(companyIdOf(context), context.principal!, input, context.client);
    return toView(state);
  }

  // SUPPORT_ACCESS_MANAGE is never among support staff's permissions, so they cannot read their own log.
  @Authorized(Permission.SUPPORT_ACCESS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => SupportAccessLogConnection, {
    description: 'Every request vendor support staff sent for the company, allowed or refused, newest first (R31)',
  })
  async supportAccessLog(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SupportAccessLogConnection> {
    assertPageSize(first);
    const page = await context.services.supportAccess.log(companyIdOf(context), { first, after });
    const edges = page.entries.map((node) => Object.assign(new SupportAccessLogEdge(), { node, cursor: encodeKeysetCursor(node) }));
    return Object.assign(new SupportAccessLogConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    });
  }
}
