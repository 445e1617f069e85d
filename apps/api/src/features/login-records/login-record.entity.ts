import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AfterInsert, AfterLoad, Column, Entity, Index } from 'typeorm';
import { LoginEnvironment, LoginFailureReason, LoginResult, type SuspiciousReasonFacts as SharedReasonFacts } from '@warden/shared';
import { AutoIncrementId, TIMESTAMP, booleanColumn } from '../../core/database/columns';
import '../../core/graphql/enums';

export const LoginReviewStatus = {
  CONFIRMED_SAFE: 'CONFIRMED_SAFE',
  CONFIRMED_COMPROMISED: 'CONFIRMED_COMPROMISED',
} as const;
export type LoginReviewStatus = (typeof LoginReviewStatus)[keyof typeof LoginReviewStatus];
registerEnumType(LoginReviewStatus, { name: 'LoginReviewStatus', description: 'An admin’s verdict on a flagged login' });

export const SuspiciousRule = {
  FAILURE_BURST: 'FAILURE_BURST',
  NEW_COUNTRY: 'NEW_COUNTRY',
  IMPOSSIBLE_TRAVEL: 'IMPOSSIBLE_TRAVEL',
} as const;
export type SuspiciousRule = (typeof SuspiciousRule)[keyof typeof SuspiciousRule];
registerEnumType(SuspiciousRule, { name: 'SuspiciousRule' });

@ObjectType({ description: 'The numbers behind a suspicious-login reason, to show it in any language (see suspiciousReasonText in @warden/shared)' })
export class SuspiciousReasonFacts implements SharedReasonFacts {
  @Field(() => Int, { nullable: true, description: 'FAILURE_BURST: failed attempts in a row inside the window' })
  failures?: number | null;

  @Field(() => Int, { nullable: true, description: 'FAILURE_BURST: the window in minutes' })
  windowMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'NEW_COUNTRY, IMPOSSIBLE_TRAVEL: the login’s country' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'NEW_COUNTRY: the commonest country of the logins looked at' })
  usualCountry?: string | null;

  @Field(() => Int, { nullable: true, description: 'NEW_COUNTRY: how many earlier logins were looked at' })
  lookback?: number | null;

  @Field(() => String, { nullable: true, description: 'IMPOSSIBLE_TRAVEL: the previous login’s country' })
  previousCountry?: string | null;

  @Field(() => Int, { nullable: true, description: 'IMPOSSIBLE_TRAVEL: distance between the countries’ centres' })
  km?: number | null;

  @Field(() => Float, { nullable: true, description: 'IMPOSSIBLE_TRAVEL: minutes between the two logins' })
  minutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'IMPOSSIBLE_TRAVEL: the implied speed; null when no time passed' })
  kmh?: number | null;

  @Field(() => Int, { nullable: true, description: 'IMPOSSIBLE_TRAVEL: the company’s limit' })
  limitKmh?: number | null;
}

@ObjectType({ description: 'Why a login was flagged: the rule, a sentence an admin can check, and its numbers' })
export class SuspiciousReason {
  @Field(() => SuspiciousRule)
  rule: SuspiciousRule;

  @Field({ description: 'In English, e.g. "5 failed attempts in 10 min, then a success"; `facts` gives the numbers for other languages' })
  detail: string;

  @Field(() => SuspiciousReasonFacts, { nullable: true, description: 'Null for records flagged before facts were stored' })
  facts?: SuspiciousReasonFacts | null;
}

/**
 * One login attempt of an employee (R10), from the identity system or from Warden's own sign-in.
 * The employee's name and login id are copied in, so the record still reads right after renames.
 */
@ObjectType({ description: 'One login attempt (R10)' })
@Entity({ name: 'login_records' })
// Every search is newest-first within one company: each index starts with company_id, then the
// filter's equality column, then occurred_at and id (the keyset order). See docs/login-records.md.
// The time index also holds every filtered column: a dense filter (many employees, a busy CIDR
// block) is checked in the index while it is read newest first, without reading the rows.
@Index('ix_login_records_company_time', ['companyId', 'occurredAt', 'id', 'employeeId', 'result', 'environment', 'suspicious', 'ipHex'])
// Result and country ride along so the suspicious-login rules read an employee's recent attempts
// from the index alone (with row lookups, those reads cost 4× as much and halved ingest).
@Index('ix_login_records_company_employee_time', ['companyId', 'employeeId', 'occurredAt', 'id', 'result', 'country'])
// Names with a result (and an environment, checked in the index), and capped counts of names.
@Index('ix_login_records_company_employee_result', ['companyId', 'employeeId', 'result', 'occurredAt', 'id', 'environment'])
// A result with names and environments ("박" + FAILURE + mobile) is checked in the index while it
// is read newest first, without row lookups.
@Index('ix_login_records_company_result_time', ['companyId', 'result', 'occurredAt', 'id', 'employeeId', 'environment'])
@Index('ix_login_records_company_environment_time', ['companyId', 'environment', 'occurredAt', 'id'])
@Index('ix_login_records_company_suspicious_time', ['companyId', 'suspicious', 'occurredAt', 'id'])
@Index('ix_login_records_company_ip', ['companyId', 'ipHex', 'occurredAt'])
// Retention deletes across companies by age.
@Index('ix_login_records_time', ['occurredAt'])
@Index('ux_login_records_source_event', ['companyId', 'sourceEventId'], { unique: true })
export class LoginRecord {
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

  @Field({ description: 'When the attempt happened (ISO 8601)' })
  @Column(TIMESTAMP)
  occurredAt: Date;

  /** Null when the login id matched no employee of the company (UNKNOWN_ACCOUNT). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  employeeId: string | null;

  @Field(() => String, { nullable: true, description: 'The employee’s name at the time of the attempt' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  employeeName: string | null;

  @Field()
  @Column({ type: 'varchar', length: 190 })
  loginId: string;

  @Field(() => LoginResult)
  @Column({ type: 'varchar', length: 16 })
  result: LoginResult;

  @Field(() => LoginFailureReason, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  failureReason: LoginFailureReason | null;

  @Field(() => LoginEnvironment)
  @Column({ type: 'varchar', length: 16 })
  environment: LoginEnvironment;

  /**
   * Text form for display. `ipHex` is the address as 16 bytes (IPv4 mapped into IPv6) in fixed-width
   * lowercase hex: it sorts like the bytes, so one `BETWEEN lo AND hi` serves exact and CIDR search
   * for v4 and v6 on both engines (SQLite has no BINARY type).
   */
  @Field({ description: 'IPv4 or IPv6 address' })
  @Column({ type: 'varchar', length: 45 })
  ip: string;

  @Column({ type: 'varchar', length: 32 })
  ipHex: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, when known' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  /** The source system's event id: a replayed batch stores nothing twice. Null for Warden's own sign-ins. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  sourceEventId: string | null;

  @Field({ description: 'Flagged by a suspicious-login rule (R14)' })
  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  suspicious: boolean;

  @Field(() => [SuspiciousReason], { description: 'Why it was flagged; empty when it was not' })
  get reasons(): SuspiciousReason[] {
    return this.suspiciousReasons ?? [];
  }

  @Column({ type: 'simple-json', nullable: true })
  suspiciousReasons: SuspiciousReason[] | null;

  @Field(() => LoginReviewStatus, { nullable: true, description: 'An admin’s verdict on a flagged record' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  reviewStatus: LoginReviewStatus | null;

  @Field(() => Date, { nullable: true })
  @Column({ ...TIMESTAMP, nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the admin who reviewed it' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reviewedByName: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  reviewedById: string | null;
}
