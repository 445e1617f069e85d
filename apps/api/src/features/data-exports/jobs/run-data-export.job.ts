import { defineJob } from '../../../core/jobs/define-job';
import { JobName } from '../../../core/jobs/job-names';

/**
 * Builds one export (R43–R46). Thin: the builder claims a new build attempt (the fencing token), so a
 * retry after a crashed worker's lock expired rebuilds from the snapshot and completes once, and the
 * crashed run, should it wake up, can neither publish nor overwrite. A build that fails marks the export
 * FAILED itself; only an error it could not record (the database gone) makes Agenda retry.
 */
export const runDataExportJob = defineJob({
  name: JobName.RunDataExport,
  handler: async ({ exportId }, context) => {
    await context.services.dataExportBuilder.run(exportId, { touch: () => context.touch() });
  },
  // Builds are long and heavy: one per process at a time; others wait their turn in the queue.
  concurrency: 1,
  // Renewed every second by the build; a dead worker's build is taken over after this.
  lockLifetimeMs: 60_000,
  retry: { maxRetries: 5, initialDelayMs: 30_000, maxDelayMs: 15 * 60_000 },
});
