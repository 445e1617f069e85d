import { Column, Entity, Index } from 'typeorm';
import { AutoIncrementId } from '../../core/database/columns';
import { bigintNumber } from './data-export.entity';

/** One published zip of a completed export (R44). Written in the same transaction as REQUEST_COMPLETED. */
@Entity({ name: 'data_export_parts' })
@Index('ux_data_export_parts_number', ['exportId', 'partNumber'], { unique: true })
export class DataExportPart {
  @AutoIncrementId()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  exportId: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'int' })
  partNumber: number;

  /** `CompanyID_YYYYMMDDHHMM.zip` or `…_01.zip`; also its name on disk inside the export's folder. */
  @Column({ type: 'varchar', length: 80 })
  fileName: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  bytes: number;

  @Column({ type: 'int' })
  entries: number;
}
