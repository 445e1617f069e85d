import { Agenda, type Job, type JobState, exponential } from 'agenda';
import { TypeormBackend } from 'agenda-typeorm-backend';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import type { Services } from '../services';
import type { JobContext, JobDefinition } from './define-job';
import type { JobData, JobName } from './job-names';
import { RECURRING_SCHEDULES, type RecurringSchedule } from './schedules';

export interface JobQueueOptions {
  /** Agenda on MongoDB (production) when set; otherwise Warden's own SQL database. */
  mongodbUrl: string | null;
  dataSource: DataSource;
  definitions: readonly JobDefinition[];
  schedules?: readonly RecurringSchedule[];
  logger: Logger;
  /** How often a worker looks for due jobs. */
  processEveryMs?: number;
  defaultLockLifetimeMs?: number;
  /** Scales every retry delay (tests retry in milliseconds instead of minutes). */
  retryDelayScale?: number;
  /**
   * Replaces every job's lock lifetime. Agenda checks a running job every lockLifetime/2 with a
   * timer that outlives `stop()`; tests use a short one so their process can exit.
   */
  lockLifetimeOverrideMs?: number;
}

export interface EnqueueOptions {
  /** Run at this time instead of now. */
  at?: Date;
  /** A second enqueue with the same key replaces the pending job instead of adding another. */
  uniqueKey?: Record<string, string | number>;
}

export interface JobView {
  id: string;
  name: string;
  state: JobState;
  companyId: string | null;
  nextRunAt: Date | null;
  lastRunAt: Date | null;
  lastFinishedAt: Date | null;
  failedAt: Date | null;
  failCount: number;
  failReason: string | null;
  repeatInterval: string | null;
  disabled: boolean;
}

/**
 * The MongoDB backend, loaded only when MONGODB_URL is set: the MongoDB driver's BSON serializer
 * allocates a 17 MB buffer when it is imported, which every API process on SQL would otherwise
 * carry (it showed in the login-records download's peak RSS).
 */
function loadMongoBackend(): typeof import('@agendajs/mongo-backend').MongoBackend {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deliberate lazy load, see above
  return (require('@agendajs/mongo-backend') as typeof import('@agendajs/mongo-backend')).MongoBackend;
}

/**
 * Warden's use of Agenda: one queue per process, the job registry, the recurring schedules, and
 * `enqueue` with ids-only data. Every process can enqueue; only processes that call `start()`
 * (the API by default, or `pnpm worker`) run jobs. Agenda's locking keeps one run per job across
 * all of them.
 */
export class JobQueue {
  readonly agenda: Agenda;
  private started = false;
  private services?: Services;

  constructor(private readonly options: JobQueueOptions) {
    const backend = options.mongodbUrl
      ? new (loadMongoBackend())({ address: options.mongodbUrl, collection: 'agendaJobs' })
      : new TypeormBackend({ dataSource: options.dataSource });
    this.agenda = new Agenda({
      backend,
      name: `warden-${process.pid}`,
      processEvery: options.processEveryMs ?? 2_000,
      defaultLockLifetime: options.defaultLockLifetimeMs ?? 10 * 60_000,
      maxConcurrency: 20,
      defaultConcurrency: 5,
    });
    this.agenda.on('error', (error: Error) => options.logger.error('job queue error', { error }));
  }

  get backendName(): 'mongodb' | 'sql' {
    return this.options.mongodbUrl ? 'mongodb' : 'sql';
  }

  /** Queues a job. Allowed in every process, including API processes with JOBS=off. */
  async enqueue<N extends JobName>(name: N, data: JobData[N], options: EnqueueOptions = {}): Promise<string> {
    const job = this.agenda.create(name, data);
    if (options.uniqueKey) {
      job.unique(Object.fromEntries(Object.entries(options.uniqueKey).map(([key, value]) => [`data.${key}`, value])));
    }
    job.schedule(options.at ?? new Date());
    await job.save();
    return String(job.attrs._id);
  }

  /** Defines every job and recurring schedule, then starts processing in this process. */
  async start(services: Services): Promise<void> {
    this.services = services;
    for (const definition of this.options.definitions) this.define(definition);
    await this.agenda.start();
    await this.ensureSchedules(this.options.schedules ?? RECURRING_SCHEDULES);
    this.started = true;
  }

  /** Lets running jobs finish (up to `graceMs`), then releases the rest for another worker. */
  async stop(graceMs = 30_000): Promise<void> {
    if (this.started) {
      this.started = false;
      await this.agenda.drain({ timeout: graceMs, closeConnection: true });
      return;
    }
    await this.agenda.stop(true);
  }

  /** Jobs for the operators' view; `companyId` limits it to one tenant's jobs. */
  async list(filter: { companyId: string | null; names?: string[]; state?: JobState; limit?: number }): Promise<JobView[]> {
    const result = await this.agenda.queryJobs({
      names: filter.names,
      state: filter.state,
      data: filter.companyId ? { companyId: filter.companyId } : undefined,
      sort: { nextRunAt: 'desc' },
      limit: filter.limit ?? 100,
    });
    return result.jobs.map((job) => {
      const data = (job.data ?? {}) as { companyId?: string };
      return {
        id: String(job._id),
        name: job.name,
        state: job.state,
        companyId: data.companyId ?? null,
        nextRunAt: job.nextRunAt ?? null,
        lastRunAt: job.lastRunAt ?? null,
        lastFinishedAt: job.lastFinishedAt ?? null,
        failedAt: job.failedAt ?? null,
        failCount: job.failCount ?? 0,
        failReason: job.failReason ?? null,
        repeatInterval: job.repeatInterval ? String(job.repeatInterval) : null,
        disabled: Boolean(job.disabled),
      };
    });
  }

  private define<N extends JobName>(definition: JobDefinition<N>) {
    const logger = this.options.logger;
    const scale = this.options.retryDelayScale ?? 1;
    const retry = definition.retry;
    this.agenda.define(
      definition.name,
      async (job: Job<JobData[N]>) => {
        const context: JobContext = {
          services: this.services!,
          jobId: String(job.attrs._id),
          attempt: job.attrs.failCount ?? 0,
          touch: (progress?: number) => job.touch(progress),
        };
        try {
          await definition.handler(job.attrs.data, context);
        } catch (error) {
          // One tenant's failure is logged with the job id and never stops other jobs.
          logger.warn('job failed', { job: definition.name, jobId: context.jobId, attempt: context.attempt, error });
          throw error;
        }
      },
      {
        concurrency: definition.concurrency,
        lockLifetime: this.options.lockLifetimeOverrideMs ?? definition.lockLifetimeMs,
        priority: definition.priority,
        backoff: retry
          ? exponential({
              delay: retry.initialDelayMs * scale,
              maxDelay: retry.maxDelayMs * scale,
              maxRetries: retry.maxRetries,
              factor: 2,
            })
          : undefined,
      },
    );
  }

  private async ensureSchedules(schedules: readonly RecurringSchedule[]) {
    for (const schedule of schedules) {
      // `every` upserts by name, so N processes starting at once still leave one schedule.
      await this.agenda.every(schedule.cron, schedule.name, undefined, { timezone: schedule.timeZone, skipImmediate: true });
    }
  }
}
