import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { Principal } from '../../core/graphql/principal';
import { AuditEvent, type AuditActorKind } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
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
}

/** The audit actor for a request's principal. */
export function actorOf(principal: Principal): AuditActor {
  const id = principal.employeeId ?? principal.apiTokenId ?? principal.supportAccountId;
  return { kind: principal.kind, id, name: principal.displayName };
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'SYSTEM', id: null, name: 'Warden' };
