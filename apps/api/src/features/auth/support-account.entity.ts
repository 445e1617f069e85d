import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, booleanColumn } from '../../core/database/columns';

/** Vendor support staff: they belong to the vendor, not to a company (what they may read comes with support access). */
@Entity({ name: 'support_accounts' })
export class SupportAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ux_support_accounts_login_id', { unique: true })
  @Column({ type: 'varchar', length: 190 })
  loginId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  disabled: boolean;

  @Column(TIMESTAMP)
  createdAt: Date;
}
