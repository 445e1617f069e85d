import { AfterInsert, AfterLoad, Column, Entity, Index } from 'typeorm';
import { AutoIncrementId, TIMESTAMP } from '../../core/database/columns';

export type AuditActorKind = 'ADMIN' | 'API_TOKEN' | 'SUPPORT' | 'SYSTEM';

/**
 * One admin action (R60). Append-only: there is no update or delete path in the code, and the
 * API offers no mutation that edits audit events.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_company_time', ['companyId', 'occurredAt', 'id'])
export class AuditEvent {
  @AutoIncrementId()
  id: string;

  @AfterLoad()
  @AfterInsert()
  normalizeId() {
    if (this.id !== undefined && this.id !== null) this.id = String(this.id);
  }

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column(TIMESTAMP)
  occurredAt: Date;

  @Column({ type: 'varchar', length: 16 })
  actorKind: AuditActorKind;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  /** A dotted verb, e.g. `auth.sign_in`, `step_up.settings_changed`, `export.requested`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetType: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;
}
