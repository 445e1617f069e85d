import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import { BadUserInputError } from '../../core/graphql/errors';
import { decodeKeysetCursor } from '../../core/graphql/keyset-cursor';
import type { Principal } from '../../core/graphql/principal';
import { AuditEvent, type AuditActorKind } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
}

export interface AuditSearch {
  actions?: string[] | null;
  actorName?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
  name: string | null;
}

/** Appends admin actions to the audit log (R60). Pass the transaction's manager so the event commits with the change. */
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(
    companyId: string,
    actor: AuditActor,
    entry: AuditEntry,
    client: { ip: string | null; userAgent: string | null } = { ip: null, userAgent: null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AuditEvent> {
    const repository = manager.getRepository(AuditEvent);
    return repository.save(
      repository.create({
        companyId,
        occurredAt: this.clock.now(),
        actorKind: actor.kind,
        actorId: actor.id,
        actorName: actor.name,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        details: entry.details ?? null,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
      }),
    );
  }

  /** One page of the company's events, newest first, by keyset (`after` is the previous page's `endCursor`). */
  async search(
    companyId: string,
    filter: AuditSearch,
    page: { first: number; after: string | null },
  ): Promise<{ events: AuditEvent[]; hasNextPage: boolean }> {
    if (filter.from && filter.to && filter.to <= filter.from) {
      throw new BadUserInputError('The period must end after it starts.', { field: 'to' });
    }
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('a')
      .where('a.companyId = :companyId', { companyId })
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(page.first + 1);
    const actions = filter.actions?.map((action) => action.trim()).filter(Boolean) ?? [];
    if (actions.length > 0) query.andWhere('a.action IN (:...actions)', { actions });
    const name = filter.actorName?.trim();
    if (name) {
      // `!` as the LIKE escape: a backslash means different things in MariaDB and SQLite literals.
      const pattern = `%${name.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
      query.andWhere("LOWER(a.actorName) LIKE :pattern ESCAPE '!'", { pattern });
    }
    if (filter.from) query.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurredAt < :to', { to: filter.to });
    if (page.after) {
      const [at, id] = decodeKeysetCursor(page.after);
      query.andWhere('(a.occurredAt < :cursorAt OR (a.occurredAt = :cursorAt AND a.id < :cursorId))', { cursorAt: at, cursorId: id });
    }
    const rows = await query.getMany();
    return { events: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
  }
}

/** The audit actor for a request's principal. */
export function actorOf(principal: Principal): AuditActor {
  const id = principal.employeeId ?? principal.apiTokenId ?? principal.supportAccountId;
  return { kind: principal.kind, id, name: principal.displayName };
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'SYSTEM', id: null, name: 'Warden' };
