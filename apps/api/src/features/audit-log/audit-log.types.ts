import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { PageInfo } from '../login-records/login-records.types';
import { AuditEvent } from './audit-event.entity';

@InputType({ description: 'Every given condition must hold' })
export class AuditEventFilter {
  @Field(() => [String], { nullable: true, description: 'Exact actions, e.g. ["support_access.granted", "support_access.withdrawn"]' })
  @ArrayMaxSize(50)
  @MaxLength(64, { each: true })
  actions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the actor’s name, any case' })
  @MaxLength(100)
  actorName?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive)' })
  to?: Date | null;
}

@ObjectType()
export class AuditEventEdge {
  @Field()
  cursor: string;

  @Field(() => AuditEvent)
  node: AuditEvent;
}

@ObjectType({ description: 'Audit events of the company, newest first' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
