import { Field, InputType, ObjectType } from 'type-graphql';
import { PageInfo } from '../login-records/login-records.types';
import { SupportAccessLogEntry } from './support-access-log.entity';

@ObjectType({ description: 'Who granted support access' })
export class SupportAccessGrantor {
  @Field({ description: 'The admin’s name at the time of the grant' })
  name: string;
}

@ObjectType({ description: 'Whether vendor support may read the company’s data (R30)' })
export class SupportAccess {
  @Field()
  agreed: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current agreement was saved; null when not agreed' })
  grantedAt: Date | null;

  @Field(() => SupportAccessGrantor, { nullable: true })
  grantedBy: SupportAccessGrantor | null;

  @Field(() => Date, { nullable: true, description: 'When access is withdrawn automatically; null = until an admin withdraws it' })
  endsAt: Date | null;
}

@InputType()
export class UpdateSupportAccessInput {
  @Field({ description: 'True: Agree. False: Do not agree (withdraws access at once)' })
  agreed: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only with agreed: true. An instant in the future, at most 90 days ahead, after which access is withdrawn automatically. "Today" means the end of today in the company time zone; the client computes it.',
  })
  endsAt?: Date | null;
}

@ObjectType()
export class SupportAccessLogEdge {
  @Field()
  cursor: string;

  @Field(() => SupportAccessLogEntry)
  node: SupportAccessLogEntry;
}

@ObjectType({ description: 'Requests vendor support staff sent for the company, newest first' })
export class SupportAccessLogConnection {
  @Field(() => [SupportAccessLogEdge])
  edges: SupportAccessLogEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
