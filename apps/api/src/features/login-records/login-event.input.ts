import { Field, ID, InputType } from 'type-graphql';
import { LoginEnvironment, LoginFailureReason, LoginResult } from '@warden/shared';

/**
 * One login attempt pushed by the identity system (R11). Validation happens in the service so an
 * error can name the event's index and field.
 */
@InputType({ description: 'A login attempt from the identity system' })
export class LoginEventInput {
  @Field({ description: 'The source system’s id of the event; a replayed event is stored once' })
  sourceEventId: string;

  @Field({ description: 'ISO 8601 with an offset, e.g. 2026-11-25T09:30:00+09:00' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The employee’s id; give this or loginId' })
  employeeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The employee’s login id; give this or employeeId' })
  loginId?: string | null;

  @Field(() => LoginResult)
  result: LoginResult;

  @Field(() => LoginFailureReason, { nullable: true, description: 'Required when result is FAILURE' })
  failureReason?: LoginFailureReason | null;

  @Field(() => LoginEnvironment)
  environment: LoginEnvironment;

  @Field({ description: 'IPv4 or IPv6 address' })
  ip: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, when known' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  userAgent?: string | null;
}
