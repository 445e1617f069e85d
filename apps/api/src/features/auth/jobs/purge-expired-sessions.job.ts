import { defineJob } from '../../../core/jobs/define-job';
import { JobName } from '../../../core/jobs/job-names';

/** Daily: deletes sessions that expired or were revoked more than a day ago, and step-up rows that ended. */
export const purgeExpiredSessionsJob = defineJob({
  name: JobName.PurgeExpiredSessions,
  handler: async (_data, { services }) => {
    const removed = await services.auth.purgeEndedSessions();
    services.logger.info('purged ended sessions', { removed });
    // Step-up grants, codes, failures and locks are only ever read within their 30-minute windows.
    const stepUpRows = await services.stepUp.purgeEnded();
    services.logger.info('purged ended step-up rows', { removed: stepUpRows });
  },
});
