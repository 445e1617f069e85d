import { Field, Int, ObjectType } from 'type-graphql';
import { LoginRecord } from './login-record.entity';
import type { LoginRecordFilter } from './login-record-filter';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor: string | null;
}

@ObjectType()
export class LoginRecordEdge {
  @Field()
  cursor: string;

  @Field(() => LoginRecord)
  node: LoginRecord;
}

@ObjectType({ description: 'How many records match: exact up to 10,000, then capped ("10,000+")' })
export class CappedCount {
  @Field(() => Int)
  count: number;

  @Field({ description: 'True when more than `count` match' })
  capped: boolean;
}

@ObjectType({ description: 'Login records, newest first' })
export class LoginRecordConnection {
  @Field(() => [LoginRecordEdge])
  edges: LoginRecordEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Kept for the lazily computed `totalCount`. */
  filter: LoginRecordFilter;
}

@ObjectType()
export class RecordLoginEventsPayload {
  @Field(() => Int) received: number;
  @Field(() => Int, { description: 'New records stored' }) stored: number;
  @Field(() => Int, { description: 'Events already stored by an earlier call (same sourceEventId), skipped' }) duplicates: number;
  @Field(() => Int, { description: 'Stored records flagged as suspicious' }) flagged: number;
}

@ObjectType({ description: 'A short-lived link to a file; follow it with the same session or token' })
export class DownloadLinkPayload {
  @Field({ description: 'Path on this server, e.g. /downloads/…' })
  url: string;

  @Field()
  expiresAt: Date;
}
