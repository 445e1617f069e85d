import { sendMailJob } from '../mail/send-mail.job';
import { purgeExpiredSessionsJob } from '../../features/auth/jobs/purge-expired-sessions.job';
import type { JobDefinition } from './define-job';

/** Every job definition Warden runs; a new feature adds its jobs here. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [sendMailJob, purgeExpiredSessionsJob] as readonly JobDefinition[];
