import type { DataSource } from 'typeorm';
import { AccountingService } from '../features/accounting/accounting.service';
import { BoardService } from '../features/board/board.service';
import { ProfilePhotosService } from '../features/employees/profile-photos.service';
import type { AppConfig } from '../config/app-config';
import { AuditLogService } from '../features/audit-log/audit-log.service';
import { AuthService } from '../features/auth/auth.service';
import { CompaniesService } from '../features/companies/companies.service';
import { LoginRecordsService } from '../features/login-records/login-records.service';
import type { Clock } from './clock/clock';
import { DownloadLinksService } from './downloads/downloads';
import type { JobQueue } from './jobs/job-queue';
import { MailService } from './mail/mail.service';
import { SmsService } from './sms/sms.service';
import type { SmsSender } from './sms/sms-sender';
import { StepUpService } from '../features/step-up/step-up.service';
import { SupportAccessService } from '../features/support-access/support-access.service';
import type { Mailer } from './mail/mailer';
import type { Logger } from './logging/logger';
import { type FileStorage, LocalDiskFileStorage } from './files/storage/file-storage';
import { StoredFilesService } from '../features/stored-files/stored-files.service';
import { ApprovalDocumentsService } from '../features/approval-documents/approval-documents.service';
import { PledgesService } from '../features/pledges/pledges.service';
import { DataExportsService } from '../features/data-exports/data-exports.service';
import { DataExportBuilder } from '../features/data-exports/data-export-builder';
import { createExportSources } from '../features/data-exports/sources/export-sources';

/** Every service, built once per process and handed to resolvers, routes and jobs through their context. */
export interface Services {
  readonly dataSource: DataSource;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly auth: AuthService;
  readonly auditLog: AuditLogService;
  readonly companies: CompaniesService;
  readonly loginRecords: LoginRecordsService;
  readonly jobs: JobQueue;
  readonly mail: MailService;
  readonly sms: SmsService;
  readonly stepUp: StepUpService;
  readonly supportAccess: SupportAccessService;
  readonly downloads: DownloadLinksService;
  /** File contents (attachments, export files); local disk under `<DATA_DIR>/files`. */
  readonly files: FileStorage;
  /** Uploaded files' metadata (`stored_files`) with their contents in `files`. */
  readonly storedFiles: StoredFilesService;
  readonly accounting: AccountingService;
  readonly board: BoardService;
  readonly profilePhotos: ProfilePhotosService;
  /** Approval documents from the approval service and their deletion status (R50–R53). */
  readonly approvalDocuments: ApprovalDocumentsService;
  /** Signed pledges from the pledge service and their deletion status (R50–R53). */
  readonly pledges: PledgesService;
  /** Data exports (R40–R49): requests, history, cancel, expiry, downloads. */
  readonly dataExports: DataExportsService;
  /** Builds exports in the run-data-export job. */
  readonly dataExportBuilder: DataExportBuilder;
}

export interface Infrastructure {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  mailer: Mailer;
  smsSender: SmsSender;
}

export function createServices(config: AppConfig, { dataSource, clock, logger, jobs, mailer, smsSender }: Infrastructure): Services {
  const loginRecords = new LoginRecordsService(dataSource, clock);
  const auditLog = new AuditLogService(dataSource, clock);
  const files = new LocalDiskFileStorage(config.filesDir);
  const storedFiles = new StoredFilesService(dataSource, files, clock, logger);
  const approvalDocuments = new ApprovalDocumentsService(dataSource, storedFiles, clock);
  const pledges = new PledgesService(dataSource, storedFiles, clock);
  // R50: the deletion-status menus appear only while there is something deleted to show.
  const companies = new CompaniesService(dataSource, {
    APPROVAL_DOCUMENT_DELETION_STATUS: (companyId) => approvalDocuments.hasDeleted(companyId),
    PLEDGE_DELETION_STATUS: (companyId) => pledges.hasDeleted(companyId),
  });
  const mail = new MailService(dataSource, jobs, mailer, clock);
  const sms = new SmsService(dataSource, jobs, smsSender, clock);
  const sources = createExportSources({ dataSource, files, clock, logger, config });
  const dataExports = new DataExportsService(dataSource, clock, logger, config, { auditLog, companies, jobs, sources });
  return {
    dataSource,
    clock,
    logger,
    auth: new AuthService(dataSource, loginRecords, clock, logger, config.sessionTtlHours),
    auditLog,
    companies,
    loginRecords,
    jobs,
    mail,
    sms,
    stepUp: new StepUpService(dataSource, clock, logger, { auditLog, companies, mail, sms }),
    downloads: new DownloadLinksService(dataSource, clock),
    files,
    storedFiles,
    accounting: new AccountingService(dataSource, storedFiles, clock),
    board: new BoardService(dataSource, storedFiles, clock),
    profilePhotos: new ProfilePhotosService(dataSource, storedFiles, clock),
    approvalDocuments,
    pledges,
    supportAccess: new SupportAccessService(dataSource, clock, logger, { auditLog, companies, mail, jobs }),
    dataExports,
    dataExportBuilder: new DataExportBuilder(dataSource, clock, logger, config, { dataExports, companies, auditLog, mail, jobs }),
  };
}
