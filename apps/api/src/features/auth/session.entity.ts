import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

export const SessionKind = { ADMIN: 'ADMIN', SUPPORT: 'SUPPORT' } as const;
export type SessionKind = (typeof SessionKind)[keyof typeof SessionKind];

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * the database cannot be replayed as cookies.
 */
@Entity({ name: 'sessions' })
@Index('ix_sessions_employee', ['employeeId'])
export class Session {
  /** SHA-256 of the cookie token, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: SessionKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  companyId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  employeeId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  supportAccountId: string | null;

  @Column(TIMESTAMP)
  createdAt: Date;

  @Column(TIMESTAMP)
  expiresAt: Date;

  @Column(TIMESTAMP)
  lastSeenAt: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;
}
