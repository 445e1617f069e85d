import { defineJob } from '../../../core/jobs/define-job';
import { JobName } from '../../../core/jobs/job-names';

/** Daily (R12): deletes login records older than three months, batch by batch, and logs the count. */
export const purgeExpiredLoginRecordsJob = defineJob({
  name: JobName.PurgeExpiredLoginRecords,
  lockLifetimeMs: 10 * 60_000,
  handler: async (_data, { services, touch }) => {
    const started = Date.now();
    // Each batch extends the job's lock, so a long first purge is not taken over by another worker.
    const removed = await services.loginRecords.purgeExpired({ onBatch: () => touch() });
    services.logger.info('purged login records older than three months', { removed, ms: Date.now() - started });
  },
});
