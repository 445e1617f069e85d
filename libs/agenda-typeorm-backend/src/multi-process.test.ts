import { Agenda } from 'agenda';
import { TypeormBackend } from './typeorm-backend';
import { createTestDatabase, describeEachDatabase, sleep, waitFor } from './testing/databases';
import type { TestDatabase } from './testing/databases';
import { createExecutionsTable, readExecutions } from './testing/executions';
import { spawnWorker } from './testing/spawn-worker';
import type { WorkerProcess } from './testing/spawn-worker';

// Two Agenda workers in two Node processes on one database (SQLite in WAL mode with a busy timeout,
// or MariaDB): every job runs exactly once, and a job whose worker is SIGKILLed mid-run is taken
// over by the other worker once its lock expires.
describeEachDatabase('two worker processes', (kind) => {
  let db: TestDatabase;
  let workers: WorkerProcess[] = [];

  beforeEach(async () => {
    db = await createTestDatabase(kind);
    await createExecutionsTable(db.dataSource, kind);
  });
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    workers = [];
    await db.destroy();
  });

  const start = (name: string, lockLifetime = 10_000) => {
    const worker = spawnWorker({ connection: db.connection, name, processEvery: 100, lockLifetime });
    workers.push(worker);
    return worker;
  };

  it('run 1,000 jobs exactly once between them', async () => {
    const [a, b] = [start('a'), start('b')];
    await Promise.all([a.ready, b.ready]);

    const producer = new Agenda({ backend: new TypeormBackend({ dataSource: db.dataSource }) });
    await producer.ready;
    for (let i = 0; i < 1000; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) => producer.now('work', { n: i + j })));
    }

    await waitFor(
      '1,000 executions',
      async () => Number((await db.dataSource.query('SELECT COUNT(*) AS n FROM agenda_test_executions'))[0].n) >= 1000,
      60_000,
      100,
    );
    await sleep(500); // room for a duplicate to show up
    const [reportA, reportB] = await Promise.all([a.stop(), b.stop()]);
    workers = [];

    const executions = await readExecutions(db.dataSource);
    expect(executions).toHaveLength(1000);
    expect(new Set(executions.map((e) => e.jobId)).size).toBe(1000);
    expect(reportA.runs + reportB.runs).toBe(1000);
    expect((await producer.queryJobs({ name: 'work', state: 'completed' })).total).toBe(1000);
    console.info(`[${kind}] 1,000 jobs over two processes: a ran ${reportA.runs}, b ran ${reportB.runs}`);
  });

  it('take over a job from a worker killed mid-run once its lock expires, and finish it once', async () => {
    // Generous enough that a loaded CI machine does not expire the lock of the run that takes over.
    const lockLifetime = 2000;
    const a = start('a', lockLifetime);
    await a.ready;
    const producer = new Agenda({ backend: new TypeormBackend({ dataSource: db.dataSource }) });
    await producer.ready;
    const job = await producer.now('slow', { hangOn: 'a' });
    await waitFor('worker a to start the job', async () => (await readExecutions(db.dataSource)).length === 1, 10_000);

    const b = start('b', lockLifetime);
    await b.ready;
    await a.kill();
    const killedAt = Date.now();
    const lockedAt = (await producer.queryJobs({ id: job.attrs._id })).jobs[0].lockedAt!.getTime();

    await waitFor('worker b to finish the job', async () => (await readExecutions(db.dataSource)).some((e) => e.phase === 'done'), 15_000);
    await sleep(2500); // a second expiry would show up as another run
    await b.stop();
    workers = workers.filter((w) => w !== a && w !== b);

    const executions = await readExecutions(db.dataSource);
    expect(executions.map((e) => [e.worker, e.phase])).toEqual([
      ['a', 'start'],
      ['b', 'start'],
      ['b', 'done'],
    ]);
    // Not before the lock expired.
    expect(executions[1].at).toBeGreaterThanOrEqual(lockedAt + lockLifetime);
    const stored = (await producer.queryJobs({ id: job.attrs._id })).jobs[0];
    expect(stored.state).toBe('completed');
    expect(stored.lockedAt).toBeUndefined();
    console.info(`[${kind}] killed job taken over ${executions[1].at - killedAt} ms after the kill (lock lifetime ${lockLifetime} ms)`);
  });
});
