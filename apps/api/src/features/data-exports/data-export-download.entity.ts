import { Column, Entity, Index } from 'typeorm';
import { AutoIncrementId, TIMESTAMP } from '../../core/database/columns';

/** Every download of a part (R49): written before the first byte is sent, so none goes unrecorded. */
@Entity({ name: 'data_export_downloads' })
@Index('ix_data_export_downloads_export', ['exportId', 'downloadedAt'])
export class DataExportDownload {
  @AutoIncrementId()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  exportId: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'int' })
  partNumber: number;

  @Column({ type: 'varchar', length: 80 })
  fileName: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  employeeId: string | null;

  @Column({ type: 'varchar', length: 100 })
  employeeName: string;

  @Column(TIMESTAMP)
  downloadedAt: Date;
}
