import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Permission } from '@warden/shared';
import { TIMESTAMP } from '../../core/database/columns';

/**
 * An integrator's credential: scoped to one company and an explicit set of permissions. The secret
 * is shown once when issued; only its SHA-256 is stored.
 */
@Entity({ name: 'api_tokens' })
@Index('ix_api_tokens_company', ['companyId'])
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('ux_api_tokens_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The first characters of the token, to tell tokens apart in lists without revealing them. */
  @Column({ type: 'varchar', length: 16 })
  tokenPrefix: string;

  @Column({ type: 'simple-json' })
  permissions: Permission[];

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdByEmployeeId: string | null;

  @Column(TIMESTAMP)
  createdAt: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  expiresAt: Date | null;

  @Column({ ...TIMESTAMP, nullable: true })
  revokedAt: Date | null;

  @Column({ ...TIMESTAMP, nullable: true })
  lastUsedAt: Date | null;
}
