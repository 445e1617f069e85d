import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

/** MariaDB returns BIGINT as a string; sizes fit a JS number exactly (< 2^53). */
const bigintNumber = { to: (value: number) => value, from: (value: unknown) => (value === null ? null : Number(value)) };

/**
 * A file an integration uploaded (an attachment, for now). The bytes live in the file storage
 * under `<companyId>/<id>`; the original name is only metadata, never part of a path.
 */
@Entity({ name: 'stored_files' })
@Index('ix_stored_files_company_created', ['companyId', 'createdAt'])
export class StoredFile {
  /** A UUID chosen before the bytes are written, so the storage key exists before the row does. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 255 })
  originalName: string;

  @Column({ type: 'varchar', length: 127 })
  contentType: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column(TIMESTAMP)
  createdAt: Date;
}
