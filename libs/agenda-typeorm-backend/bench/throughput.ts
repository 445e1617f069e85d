/**
 * Jobs/s through Agenda on this backend with a no-op handler, and lock-to-start latency, on SQLite
 * (WAL) and MariaDB, with one and two worker processes.
 *
 *   pnpm bench jobs                                    # SQLite only
 *   BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306 pnpm bench jobs
 *   (or from this package: node -r @swc-node/register bench/throughput.ts)
 *
 * Throughput: BENCH_JOBS due jobs wait disabled; the workers start; one UPDATE enables them all;
 * the clock stops at the last `last_finished_at`. Latency: a producer creates `now` jobs at
 * BENCH_RATE per second for BENCH_SECONDS while the workers run; each handler notes the time
 * from its job's creation to its own start (a poller picks a new job up after processEvery/2 on
 * average, processEvery at worst).
 */
import { Agenda } from 'agenda';
import { TypeormBackend } from '../src/typeorm-backend';
import { createTestDatabase, sleep, waitFor } from '../src/testing/databases';
import type { TestDatabase, TestDatabaseKind } from '../src/testing/databases';
import { spawnWorker } from '../src/testing/spawn-worker';
import type { WorkerProcess } from '../src/testing/spawn-worker';

const JOBS = Number(process.env.BENCH_JOBS ?? 3000);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PROCESS_EVERY = Number(process.env.BENCH_PROCESS_EVERY ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 5);
const MAX_CONCURRENCY = Number(process.env.BENCH_MAX_CONCURRENCY ?? 20);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function startWorkers(db: TestDatabase, count: number): WorkerProcess[] {
  return Array.from({ length: count }, (_, i) =>
    spawnWorker({
      connection: db.connection,
      name: `w${i + 1}`,
      processEvery: PROCESS_EVERY,
      lockLifetime: 600_000,
      concurrency: CONCURRENCY,
      maxConcurrency: MAX_CONCURRENCY,
    }),
  );
}

async function throughput(kind: TestDatabaseKind, workerCount: number) {
  const db = await createTestDatabase(kind);
  try {
    const backend = new TypeormBackend({ dataSource: db.dataSource });
    const producer = new Agenda({ backend });
    await producer.ready;
    const now = Date.now();
    for (let i = 0; i < JOBS; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, JOBS - i) }, () => producer.create('noop', { dueAt: now }).disable().schedule(new Date(now)).save()),
      );
    }
    const workers = startWorkers(db, workerCount);
    try {
      await Promise.all(workers.map((w) => w.ready));
      const started = Date.now();
      await producer.enable({ name: 'noop' });
      const q = backend.repository.dialect.quote;
      await waitFor(
        'all jobs to finish',
        async () => Number((await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('agenda_jobs')} WHERE ${q('last_finished_at')} IS NOT NULL`))[0].n) >= JOBS,
        600_000,
        50,
      );
      const last = kind === 'sqlite' ? `MAX(${q('last_finished_at')})` : `CAST(MAX(${q('last_finished_at')}) AS CHAR)`;
      const finished = await db.dataSource.query(`SELECT ${last} AS t FROM ${q('agenda_jobs')}`);
      const end = backend.repository.dialect.readDate(finished[0].t)!.getTime();
      const reports = await Promise.all(workers.map((w) => w.stop()));
      return { jobsPerSecond: (JOBS * 1000) / (end - started), seconds: (end - started) / 1000, split: reports.map((r) => r.runs) };
    } catch (error) {
      await Promise.all(workers.map((w) => w.kill()));
      throw error;
    }
  } finally {
    await db.destroy();
  }
}

async function latency(kind: TestDatabaseKind, workerCount: number) {
  const db = await createTestDatabase(kind);
  try {
    const producer = new Agenda({ backend: new TypeormBackend({ dataSource: db.dataSource }) });
    await producer.ready;
    const workers = startWorkers(db, workerCount);
    try {
      await Promise.all(workers.map((w) => w.ready));
      await sleep(300);
      const total = RATE * SECONDS;
      const begin = Date.now();
      for (let i = 0; i < total; i++) {
        const target = begin + (i * 1000) / RATE;
        const wait = target - Date.now();
        if (wait > 0) await sleep(wait);
        void producer.now('noop', { dueAt: Date.now() });
      }
      await waitFor(
        'all jobs to run',
        async () => (await producer.queryJobs({ name: 'noop', state: 'completed', limit: 1 })).total >= total,
        60_000,
        50,
      );
      const reports = await Promise.all(workers.map((w) => w.stop()));
      const all = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
      return { p50: percentile(all, 50), p95: percentile(all, 95), max: all[all.length - 1], count: all.length };
    } catch (error) {
      await Promise.all(workers.map((w) => w.kill()));
      throw error;
    }
  } finally {
    await db.destroy();
  }
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) process.env.TEST_DATABASE_URL = url;
  const kinds: TestDatabaseKind[] = url ? ['sqlite', 'mariadb'] : ['sqlite'];
  console.log(
    `agenda-typeorm-backend throughput: ${JOBS} no-op jobs; latency: ${RATE} jobs/s for ${SECONDS} s; ` +
      `processEvery ${PROCESS_EVERY} ms, concurrency ${CONCURRENCY}/worker, maxConcurrency ${MAX_CONCURRENCY}`,
  );
  if (!url) console.log('(MariaDB skipped: set BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306)');
  console.log('database  workers  jobs/s   (s, split)            lock-to-start p50 / p95 / max (ms)');
  for (const kind of kinds) {
    for (const workerCount of [1, 2]) {
      const t = await throughput(kind, workerCount);
      const l = await latency(kind, workerCount);
      console.log(
        `${kind.padEnd(9)} ${String(workerCount).padEnd(8)} ${t.jobsPerSecond.toFixed(0).padStart(6)}   ` +
          `(${t.seconds.toFixed(2)} s, ${t.split.join('/')})`.padEnd(22) +
          `${l.p50} / ${l.p95} / ${l.max}  (${l.count} jobs)`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
