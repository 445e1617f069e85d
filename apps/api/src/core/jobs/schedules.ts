import { JobName } from './job-names';

export interface RecurringSchedule {
  readonly name: JobName;
  /** Cron expression, evaluated in `timeZone`. */
  readonly cron: string;
  readonly timeZone: string;
}

/** Every recurring job, in one list. Each runs once per schedule across all worker processes. */
export const RECURRING_SCHEDULES: readonly RecurringSchedule[] = [
  // Expired and revoked sessions are useless; keep the table small. 03:15 UTC is quiet in Asia and Europe.
  { name: JobName.PurgeExpiredSessions, cron: '15 3 * * *', timeZone: 'UTC' },
  // R12: login records are kept three months.
  { name: JobName.PurgeExpiredLoginRecords, cron: '30 3 * * *', timeZone: 'UTC' },
  // R30: each grant with an end date has its own expiry job; this catches one that was lost or kept
  // failing. Hourly, not daily, so support access never outlives its end date by more than an hour.
  { name: JobName.SweepSupportAccess, cron: '5 * * * *', timeZone: 'UTC' },
  // R47, R48: each export has its own cancel-window and expiry jobs; this catches one that was lost.
  { name: JobName.SweepDataExports, cron: '20 * * * *', timeZone: 'UTC' },
];
