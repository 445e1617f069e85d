import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TIMESTAMP, booleanColumn } from '../../core/database/columns';

/**
 * A company's decision on vendor support access (R30): one row per company, absent until the first
 * save (absent = not agreed). `version` changes on every change, so a scheduled expiry can tell
 * whether the grant it was queued for is still the current one.
 */
@Entity({ name: 'support_access_settings' })
export class SupportAccessSetting {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  agreed: boolean;

  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ ...TIMESTAMP, nullable: true })
  grantedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  grantedByEmployeeId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  grantedByName: string | null;

  /** When access is withdrawn automatically; null = until an admin withdraws it. */
  @Column({ ...TIMESTAMP, nullable: true })
  endsAt: Date | null;

  @Column(TIMESTAMP)
  updatedAt: Date;
}
