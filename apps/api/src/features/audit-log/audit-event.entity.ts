import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AfterInsert, AfterLoad, Column, Entity, Index } from 'typeorm';
import { AutoIncrementId, TIMESTAMP } from '../../core/database/columns';

export const AuditActorKind = { ADMIN: 'ADMIN', API_TOKEN: 'API_TOKEN', SUPPORT: 'SUPPORT', SYSTEM: 'SYSTEM' } as const;
export type AuditActorKind = (typeof AuditActorKind)[keyof typeof AuditActorKind];
registerEnumType(AuditActorKind, { name: 'AuditActorKind', description: 'Who acted: an admin, an API token, support staff, or Warden itself (jobs)' });

/**
 * One admin action (R60). Append-only: there is no update or delete path in the code, and the
 * API offers no mutation that edits audit events.
 */
@ObjectType({ description: 'One admin action (R60)' })
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_company_time', ['companyId', 'occurredAt', 'id'])
export class AuditEvent {
  @Field(() => ID)
  @AutoIncrementId()
  id: string;

  @AfterLoad()
  @AfterInsert()
  normalizeId() {
    if (this.id !== undefined && this.id !== null) this.id = String(this.id);
  }

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field()
  @Column(TIMESTAMP)
  occurredAt: Date;

  @Field(() => AuditActorKind)
  @Column({ type: 'varchar', length: 16 })
  actorKind: AuditActorKind;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s name at the time' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  /** A dotted verb, e.g. `auth.sign_in`, `step_up.settings_changed`, `export.requested`. */
  @Field({ description: 'A dotted verb, e.g. support_access.granted' })
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed (before/after) or other facts of the action' })
  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;
}
