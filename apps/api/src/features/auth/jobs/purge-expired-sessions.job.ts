import { defineJob } from '../../../core/jobs/define-job';
import { JobName } from '../../../core/jobs/job-names';

/** Daily: deletes sessions that expired or were revoked more than a day ago. */
export const purgeExpiredSessionsJob = defineJob({
  name: JobName.PurgeExpiredSessions,
  handler: async (_data, { services }) => {
    const removed = await services.auth.purgeEndedSessions();
    services.logger.info('purged ended sessions', { removed });
  },
});
