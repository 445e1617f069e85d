import type { JobParameters, JobState } from 'agenda';

/**
 * The state Agenda derives from a job's timestamps (same rules as agenda's `computeJobState`, kept
 * here so this package needs agenda for types only). 'paused' is not a state but the `disabled` flag.
 */
export function jobState(job: JobParameters, now: Date): JobState {
  if (job.lockedAt) return 'running';
  if (job.failedAt && (!job.lastFinishedAt || job.failedAt >= job.lastFinishedAt)) return 'failed';
  if (job.repeatInterval) return 'repeating';
  if (job.nextRunAt && job.nextRunAt > now) return 'scheduled';
  if (job.nextRunAt && job.nextRunAt <= now) return 'queued';
  return 'completed';
}

/**
 * The same rules as a SQL expression (one `?`: now), so dashboards can filter, page and count by
 * state in the database. `repeat_interval` is stored only when truthy, so "not null" means truthy.
 */
export function jobStateSql(q: (identifier: string) => string): string {
  return (
    `CASE WHEN ${q('locked_at')} IS NOT NULL THEN 'running' ` +
    `WHEN ${q('failed_at')} IS NOT NULL AND (${q('last_finished_at')} IS NULL OR ${q('failed_at')} >= ${q('last_finished_at')}) THEN 'failed' ` +
    `WHEN ${q('repeat_interval')} IS NOT NULL THEN 'repeating' ` +
    `WHEN ${q('next_run_at')} > ? THEN 'scheduled' ` +
    `WHEN ${q('next_run_at')} IS NOT NULL THEN 'queued' ` +
    `ELSE 'completed' END`
  );
}
