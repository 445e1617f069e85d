import { defineJob } from '../../../core/jobs/define-job';
import { JobName } from '../../../core/jobs/job-names';

/** Seven days after the request (R47): the cancel button goes away and the API refuses. */
export const closeDataExportCancelWindowJob = defineJob({
  name: JobName.CloseDataExportCancelWindow,
  handler: async ({ exportId }, { services }) => {
    await services.dataExports.closeCancelWindow(exportId);
  },
  retry: { maxRetries: 8, initialDelayMs: 30_000, maxDelayMs: 3_600_000 },
});

/** At the download expiry (R48): deletes the files and marks the export EXPIRED. */
export const expireDataExportJob = defineJob({
  name: JobName.ExpireDataExport,
  handler: async ({ exportId }, { services }) => {
    await services.dataExports.expire(exportId);
  },
  retry: { maxRetries: 8, initialDelayMs: 30_000, maxDelayMs: 3_600_000 },
});

/** Hourly safety net: expiries and cancel windows whose own job was lost or kept failing. */
export const sweepDataExportsJob = defineJob({
  name: JobName.SweepDataExports,
  handler: async (_data, { services }) => {
    const result = await services.dataExports.sweep();
    if (result.expired > 0 || result.requeued > 0) services.logger.warn('data export sweep caught up with exports their jobs missed', result);
  },
});
