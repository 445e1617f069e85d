import { defineJob } from '../jobs/define-job';
import { JobName } from '../jobs/job-names';

/**
 * Text messages carry one-time codes that expire in minutes, so retries are quick and few; a
 * message still undelivered when its `discardAfter` passes is dropped rather than sent late.
 */
const RETRY = { maxRetries: 5, initialDelayMs: 5_000, maxDelayMs: 60_000 };

/** Delivers a queued text message. */
export const sendSmsJob = defineJob({
  name: JobName.SendSms,
  retry: RETRY,
  concurrency: 4,
  lockLifetimeMs: 60_000,
  handler: async ({ smsId }, { services, attempt }) => {
    await services.sms.deliver(smsId, attempt >= RETRY.maxRetries);
  },
});
