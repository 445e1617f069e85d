import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AfterInsert, AfterLoad, Column, Entity, Index } from 'typeorm';
import { AutoIncrementId, TIMESTAMP, booleanColumn } from '../../core/database/columns';

/**
 * One GraphQL request a vendor support account sent for a company (R31), allowed or refused.
 * Append-only: written by the support-access Apollo plugin, never updated, and no mutation edits it.
 */
@ObjectType({ description: 'One request vendor support staff sent for the company (allowed or refused)' })
@Entity({ name: 'support_access_log' })
@Index('ix_support_access_log_company_time', ['companyId', 'occurredAt', 'id'])
export class SupportAccessLogEntry {
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

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  supportAccountId: string;

  @Field({ description: 'The support account’s name at the time of the request' })
  @Column({ type: 'varchar', length: 100 })
  supportAccountName: string;

  @Field(() => String, { nullable: true, description: '`query` or `mutation`; null when the request did not parse' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  operationType: string | null;

  @Field(() => String, { nullable: true, description: 'The operation name the client sent, if any' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  operationName: string | null;

  @Field(() => [String], { description: 'The top-level fields requested, e.g. ["loginRecords"]' })
  @Column({ type: 'simple-json' })
  fields: string[];

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The variables, shortened, with anything that looks like a secret replaced by "[redacted]"',
  })
  @Column({ type: 'simple-json', nullable: true })
  variables: Record<string, unknown> | null;

  @Field({ description: 'False when the request was refused (no agreement, or a change)' })
  @Column({ type: 'boolean', transformer: booleanColumn })
  allowed: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  refusalReason: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;
}
