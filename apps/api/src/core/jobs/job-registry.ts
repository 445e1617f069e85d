import { sendMailJob } from '../mail/send-mail.job';
import { sendSmsJob } from '../sms/send-sms.job';
import { purgeExpiredSessionsJob } from '../../features/auth/jobs/purge-expired-sessions.job';
import { purgeExpiredLoginRecordsJob } from '../../features/login-records/jobs/purge-expired-login-records.job';
import { expireSupportAccessJob, sweepSupportAccessJob } from '../../features/support-access/jobs/expire-support-access.job';
import { runDataExportJob } from '../../features/data-exports/jobs/run-data-export.job';
import {
  closeDataExportCancelWindowJob,
  expireDataExportJob,
  sweepDataExportsJob,
} from '../../features/data-exports/jobs/data-export-window-jobs';
import type { JobDefinition } from './define-job';

/** Every job definition Warden runs; a new feature adds its jobs here. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [sendMailJob, sendSmsJob, purgeExpiredSessionsJob, purgeExpiredLoginRecordsJob, expireSupportAccessJob, sweepSupportAccessJob, runDataExportJob, closeDataExportCancelWindowJob, expireDataExportJob, sweepDataExportsJob] as readonly JobDefinition[];
