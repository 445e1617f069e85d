import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LoginEnvironment, LoginResult } from '@warden/shared';

/** The Login status search window (R13), as the SPA and integrators send it. */
@InputType({ description: 'Login record search; every condition is optional and they combine with AND' })
export class LoginRecordFilter {
  @Field(() => String, { nullable: true, description: 'Part of the employee’s name or login id, any case' })
  @MaxLength(100)
  employee?: string | null;

  @Field(() => [LoginEnvironment], { nullable: true })
  @ArrayMaxSize(10)
  environments?: LoginEnvironment[] | null;

  @Field(() => [LoginResult], { nullable: true })
  @ArrayMaxSize(2)
  results?: LoginResult[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only records flagged by a suspicious-login rule' })
  suspiciousOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'An IPv4/IPv6 address, or a CIDR block such as 10.1.0.0/16 or 2001:db8::/32' })
  @MaxLength(64)
  ip?: string | null;

  @Field(() => Date, { nullable: true, description: 'From (inclusive); not before three months ago, company time zone' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'To (exclusive)' })
  to?: Date | null;
}
