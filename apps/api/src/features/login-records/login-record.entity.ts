import { AfterInsert, AfterLoad, Column, Entity, Index } from 'typeorm';
import type { LoginEnvironment, LoginFailureReason, LoginResult } from '@warden/shared';
import { AutoIncrementId, TIMESTAMP, booleanColumn } from '../../core/database/columns';

/**
 * One login attempt of an employee (R10), from the identity system or from Warden's own sign-in.
 * The employee's name and login id are copied in, so the record still reads right after renames.
 */
@Entity({ name: 'login_records' })
@Index('ix_login_records_company_time', ['companyId', 'occurredAt', 'id'])
@Index('ix_login_records_company_employee_time', ['companyId', 'employeeId', 'occurredAt'])
@Index('ux_login_records_source_event', ['companyId', 'sourceEventId'], { unique: true })
export class LoginRecord {
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

  /** Null when the login id matched no employee of the company (UNKNOWN_ACCOUNT). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  employeeId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  employeeName: string | null;

  @Column({ type: 'varchar', length: 190 })
  loginId: string;

  @Column({ type: 'varchar', length: 16 })
  result: LoginResult;

  @Column({ type: 'varchar', length: 32, nullable: true })
  failureReason: LoginFailureReason | null;

  @Column({ type: 'varchar', length: 16 })
  environment: LoginEnvironment;

  /**
   * Text form for display. `ipHex` is the address as 16 bytes (IPv4 mapped into IPv6) in fixed-width
   * lowercase hex: it sorts like the bytes, so one `BETWEEN lo AND hi` serves exact and CIDR search
   * for v4 and v6 on both engines (SQLite has no BINARY type).
   */
  @Column({ type: 'varchar', length: 45 })
  ip: string;

  @Column({ type: 'varchar', length: 32 })
  ipHex: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  /** The source system's event id: a replayed batch stores nothing twice. Null for Warden's own sign-ins. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  sourceEventId: string | null;

  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  suspicious: boolean;

  /** Why the record was flagged, as explainable rule results. */
  @Column({ type: 'simple-json', nullable: true })
  suspiciousReasons: Array<{ rule: string; detail: string }> | null;
}
