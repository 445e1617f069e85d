import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { assertPageSize, encodeKeysetCursor } from '../../core/graphql/keyset-cursor';
import { RequiresStepUp } from '../step-up/requires-step-up';
import { AuditEventConnection, AuditEventEdge, AuditEventFilter } from './audit-log.types';

/** R60: the admin audit log, read-only. No mutation edits or deletes audit events. */
@Resolver(() => AuditEventConnection)
export class AuditEventsResolver {
  @Authorized(Permission.AUDIT_LOG_READ)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => AuditEventConnection, { description: 'The company’s admin audit log, newest first (R60)' })
  async auditEvents(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    assertPageSize(first);
    const page = await context.services.auditLog.search(companyIdOf(context), filter ?? {}, { first, after });
    const edges = page.events.map((node) => Object.assign(new AuditEventEdge(), { node, cursor: encodeKeysetCursor(node) }));
    return Object.assign(new AuditEventConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    });
  }
}
