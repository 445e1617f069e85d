import { Column, Entity, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import type { DataExportItem, DataExportSplitSize, DataExportStatus } from '@warden/shared';
import { TIMESTAMP, booleanColumn } from '../../core/database/columns';
import { type DataExportFailure, dataExportFailureColumn } from './data-export-failure';

/** BIGINT comes back as a string from mysql2; byte counts stay far below 2^53. */
export const bigintNumber: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : Number(value)),
};

/** One selected item of a request, as the requester chose it. */
export interface DataExportItemChoice {
  item: DataExportItem;
  includeAttachments: boolean;
}

/**
 * One export request (R41–R49). `activeCompanyId` is the company id while the request is PENDING or
 * REQUEST_COMPLETED and NULL otherwise; its UNIQUE index is how the database itself keeps one active
 * request per company (R42) — two concurrent inserts cannot both succeed, whatever the isolation level
 * (NULLs never collide on SQLite or MariaDB). `buildAttempt` is the fencing token of the build job: each
 * run claims the next number, and every progress write and the final publish are conditional on it.
 */
@Entity({ name: 'data_exports' })
@Index('ix_data_exports_company_requested', ['companyId', 'requestedAt', 'id'])
@Index('ux_data_exports_active_company', ['activeCompanyId'], { unique: true })
export class DataExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  activeCompanyId: string | null;

  /** Null when an API token asked (automated exports have no employee). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  requestedByEmployeeId: string | null;

  @Column({ type: 'varchar', length: 100 })
  requestedByName: string;

  @Column({ type: 'varchar', length: 100 })
  taskName: string;

  @Column({ type: 'simple-json' })
  items: DataExportItemChoice[];

  /** Inclusive calendar days (`YYYY-MM-DD`) in the company zone; null = unbounded on that side. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  periodFrom: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  periodTo: string | null;

  @Column({ type: 'varchar', length: 8 })
  splitSize: DataExportSplitSize;

  @Column({ type: 'varchar', length: 20 })
  status: DataExportStatus;

  /** Why a FAILED build failed: a code and parameters (JSON in `failure_reason`), rendered when read (R45, R63). */
  @Column({ name: 'failure_reason', type: 'varchar', length: 1000, nullable: true, transformer: dataExportFailureColumn })
  failure: DataExportFailure | null;

  /** `CompanyID_YYYYMMDDHHMM` (request time in the company zone): every part's name starts with it. */
  @Column({ type: 'varchar', length: 64 })
  fileBaseName: string;

  @Column({ type: 'int', default: 0 })
  itemsDone: number;

  @Column({ type: 'int', default: 0 })
  itemsTotal: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  bytesDone: number;

  @Column({ type: 'int', default: 0 })
  buildAttempt: number;

  /** First time a build started: the maximum build time counts from here, across retries. */
  @Column({ ...TIMESTAMP, nullable: true })
  buildStartedAt: Date | null;

  @Column(TIMESTAMP)
  requestedAt: Date;

  @Column(TIMESTAMP)
  cancelableUntil: Date;

  /** Set by the job at `cancelableUntil` (R47, R48); the API also compares the clock. */
  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  cancelWindowClosed: boolean;

  @Column({ ...TIMESTAMP, nullable: true })
  completedAt: Date | null;

  @Column({ ...TIMESTAMP, nullable: true })
  expiresAt: Date | null;

  @Column({ ...TIMESTAMP, nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  canceledByName: string | null;
}
