import { defineJob } from '../jobs/define-job';
import { JobName } from '../jobs/job-names';

const RETRY = { maxRetries: 8, initialDelayMs: 30_000, maxDelayMs: 60 * 60_000 };

/** Delivers a queued e-mail; a dead mail server is retried with backoff for about four hours. */
export const sendMailJob = defineJob({
  name: JobName.SendMail,
  retry: RETRY,
  concurrency: 4,
  lockLifetimeMs: 2 * 60_000,
  handler: async ({ mailId }, { services, attempt }) => {
    await services.mail.deliver(mailId, attempt >= RETRY.maxRetries);
  },
});
