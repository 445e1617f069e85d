/**
 * An Agenda worker in its own process, for the multi-process tests and the benchmark. Started with
 * `node -r @swc-node/register src/testing/worker.ts` and a JSON config in WORKER_CONFIG; talks over
 * IPC: sends `ready`, and answers `stop` with `stopped` (plus its latencies) before exiting.
 *
 * Jobs it runs:
 * - `work`: records its execution in the executions table (one row per run).
 * - `slow`: records `start`, hangs if `data.hangOn` is this worker's name, else records `done`.
 * - `noop`: does nothing but note its lock-to-start latency in memory (for the benchmark).
 */
import { Agenda } from 'agenda';
import type { Job } from 'agenda';
import { DataSource } from 'typeorm';
import { TypeormBackend } from '../typeorm-backend';
import { dataSourceOptions } from './databases';
import type { TestConnection } from './databases';
import { recordExecution } from './executions';

export interface WorkerConfig {
  connection: TestConnection;
  name: string;
  processEvery: number;
  lockLifetime: number;
  maxConcurrency?: number;
  concurrency?: number;
  lockLimit?: number;
}

export type WorkerMessage =
  | { type: 'ready'; name: string }
  | { type: 'stopped'; name: string; runs: number; latencies: number[] };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const config = JSON.parse(process.env.WORKER_CONFIG ?? '{}') as WorkerConfig;
  const dataSource = await new DataSource(dataSourceOptions(config.connection, { poolSize: 10 })).initialize();
  const agenda = new Agenda({
    backend: new TypeormBackend({ dataSource, tableName: config.connection.tableName }),
    name: config.name,
    processEvery: config.processEvery,
    defaultLockLifetime: config.lockLifetime,
    maxConcurrency: config.maxConcurrency ?? 20,
    defaultConcurrency: config.concurrency ?? 5,
    lockLimit: config.lockLimit ?? 0,
  });
  agenda.on('error', (error) => console.error(`[${config.name}]`, error));

  let runs = 0;
  const latencies: number[] = [];
  agenda.define('work', async (job: Job) => {
    runs++;
    await recordExecution(dataSource, config.connection.kind, String(job.attrs._id), config.name, 'done');
  });
  agenda.define('slow', async (job: Job<{ hangOn?: string }>) => {
    runs++;
    await recordExecution(dataSource, config.connection.kind, String(job.attrs._id), config.name, 'start');
    if (job.attrs.data.hangOn === config.name) await sleep(3_600_000);
    await recordExecution(dataSource, config.connection.kind, String(job.attrs._id), config.name, 'done');
  });
  agenda.define('noop', async (job: Job<{ dueAt: number }>) => {
    runs++;
    // From the moment the job was due (its creation for `now`, else its scheduled time) to its start.
    latencies.push(Date.now() - job.attrs.data.dueAt);
  });

  await agenda.start();
  process.send?.({ type: 'ready', name: config.name } satisfies WorkerMessage);

  process.on('message', async (message: { type?: string }) => {
    if (message?.type !== 'stop') return;
    // stop() releases the jobs locked but not started; give running handlers a moment to finish.
    await agenda.stop();
    await sleep(200);
    await dataSource.destroy();
    process.send?.({ type: 'stopped', name: config.name, runs, latencies } satisfies WorkerMessage, () => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
