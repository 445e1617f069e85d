import path from 'node:path';
import type { AppConfig } from '../config/app-config';
import { type Clock, systemClock } from './clock/clock';
import { openDatabase } from './database/data-source';
import { JOB_DEFINITIONS } from './jobs/job-registry';
import { JobQueue, type JobQueueOptions } from './jobs/job-queue';
import { type Logger, createLogger } from './logging/logger';
import { createMailer } from './mail/mailer';
import { type Services, createServices } from './services';
import { createSmsSender } from './sms/sms-sender';

export interface RuntimeOptions {
  clock?: Clock;
  logger?: Logger;
  /** Job queue tuning (tests poll faster and retry sooner). */
  jobs?: Partial<Pick<JobQueueOptions, 'processEveryMs' | 'defaultLockLifetimeMs' | 'retryDelayScale' | 'lockLifetimeOverrideMs' | 'schedules'>>;
}

export interface Runtime {
  readonly services: Services;
  /** Starts running jobs in this process (API processes with JOBS=on, and workers). */
  startJobs(): Promise<void>;
  /** Graceful: running jobs finish or are released, then the database closes. */
  close(): Promise<void>;
}

/** Everything but HTTP: database (migrated), job queue, mailer, SMS sender and services. Used by main, worker, seed and tests. */
export async function openRuntime(config: AppConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const dataSource = await openDatabase(config.database);
  const jobs = new JobQueue({
    mongodbUrl: config.mongodbUrl,
    dataSource,
    definitions: JOB_DEFINITIONS,
    logger,
    ...options.jobs,
  });
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: path.join(config.dataDir, 'outbox'),
    logger,
  });
  const smsSender = createSmsSender({ webhookUrl: config.smsWebhookUrl, outboxDir: path.join(config.dataDir, 'outbox'), logger });
  const services = createServices(config, { dataSource, clock, logger, jobs, mailer, smsSender });
  let closed = false;
  return {
    services,
    startJobs: () => jobs.start(services),
    async close() {
      if (closed) return;
      closed = true;
      await jobs.stop();
      mailer.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
