import type { Services } from '../services';
import type { JobData, JobName } from './job-names';

export interface JobContext {
  readonly services: Services;
  readonly jobId: string;
  /** 0 on the first run, then 1, 2, … on retries. */
  readonly attempt: number;
  /** Extends the lock of a long job so another worker does not take it over. */
  touch(progress?: number): Promise<void>;
}

export interface RetryPolicy {
  /** Retries after the first failure; the job then stays failed (and is listed as such). */
  maxRetries: number;
  /** Delay before the first retry; doubles each time. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface JobDefinition<N extends JobName = JobName> {
  readonly name: N;
  readonly handler: (data: JobData[N], context: JobContext) => Promise<void>;
  /** Runs of this job at the same time in one process. */
  readonly concurrency?: number;
  /** How long a worker may hold the job before another may take it over (a crashed worker). */
  readonly lockLifetimeMs?: number;
  readonly priority?: 'lowest' | 'low' | 'normal' | 'high' | 'highest';
  readonly retry?: RetryPolicy;
}

/** Declares a job: handlers stay thin and call a service. */
export function defineJob<N extends JobName>(definition: JobDefinition<N>): JobDefinition<N> {
  return definition;
}
