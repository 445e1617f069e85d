import { defineJob } from '../../../core/jobs/define-job';
import { JobName } from '../../../core/jobs/job-names';

/** At a grant's end date: withdraws support access if that grant is still the current one (R30). */
export const expireSupportAccessJob = defineJob({
  name: JobName.ExpireSupportAccess,
  handler: async ({ companyId, version }, { services }) => {
    await services.supportAccess.expire(companyId, version);
  },
  retry: { maxRetries: 8, initialDelayMs: 30_000, maxDelayMs: 3_600_000 },
});

/** Hourly safety net: withdraws every grant whose end date passed (a lost or failed expiry job). */
export const sweepSupportAccessJob = defineJob({
  name: JobName.SweepSupportAccess,
  handler: async (_data, { services }) => {
    const expired = await services.supportAccess.expireDue();
    if (expired > 0) services.logger.warn('support access sweep withdrew grants the expiry job missed', { expired });
  },
});
