import { Agenda, InMemoryNotificationChannel, constant } from 'agenda';
import type { AgendaOptions, Job } from 'agenda';
import { TypeormBackend } from './typeorm-backend';
import { createTestDatabase, describeEachDatabase, sleep, waitFor } from './testing/databases';
import type { TestDatabase } from './testing/databases';

// Agenda end to end on each database, with fast polling and short locks so every test (and the
// lockLifetime/2 liveness timer Agenda leaves behind) finishes in well under a second or two.
describeEachDatabase('Agenda on TypeormBackend', (kind) => {
  let db: TestDatabase;
  let backend: TypeormBackend;
  const agendas: Agenda[] = [];

  const startAgenda = async (options: Partial<AgendaOptions> = {}, start = true) => {
    const agenda = new Agenda({ backend, processEvery: 50, defaultLockLifetime: 1000, ...options });
    agendas.push(agenda);
    await agenda.ready;
    if (start) await agenda.start();
    return agenda;
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    backend = new TypeormBackend({ dataSource: db.dataSource });
  });
  afterAll(async () => {
    await db?.destroy();
  });
  beforeEach(async () => {
    await backend.repository.purgeAllJobs();
  });
  afterEach(async () => {
    while (agendas.length) await agendas.pop()!.stop();
  });

  it('reports the backend and leaves a DataSource it did not open alone on stop', async () => {
    const agenda = await startAgenda();
    expect((await agenda.getRunningStats()).backend).toEqual({
      name: kind === 'sqlite' ? 'TypeORM (SQLite)' : 'TypeORM (MariaDB)',
      hasNotificationChannel: false,
    });
    expect(backend.ownsConnection).toBe(false);
    await agenda.stop();
    expect(db.dataSource.isInitialized).toBe(true);
  });

  it('runs a job now, with its data', async () => {
    const agenda = await startAgenda();
    const seen: unknown[] = [];
    agenda.define('greet', async (job: Job<{ who: string }>) => {
      seen.push(job.attrs.data);
    });
    const job = await agenda.now('greet', { who: 'world' });
    await waitFor('the job to run', () => seen.length === 1);
    expect(seen).toEqual([{ who: 'world' }]);
    await waitFor('the run to be recorded', async () => (await agenda.queryJobs({ id: job.attrs._id })).jobs[0]?.state === 'completed');
    const stored = (await agenda.queryJobs({ id: job.attrs._id })).jobs[0];
    expect(stored.lastFinishedAt).toBeInstanceOf(Date);
    expect(stored.lockedAt).toBeUndefined();
    expect(stored.nextRunAt).toBeNull();
  });

  it("starts a job at once, without waiting for the poll, with agenda's in-process notification channel", async () => {
    const agenda = await startAgenda({ processEvery: 5000, notificationChannel: new InMemoryNotificationChannel() }, false);
    let ranAt = 0;
    agenda.define('instant', async () => {
      ranAt = Date.now();
    });
    await agenda.start();
    await sleep(100); // past the first poll
    const created = Date.now();
    await agenda.now('instant');
    await waitFor('the run', () => ranAt > 0, 2000);
    expect(ranAt - created).toBeLessThan(500);
  });

  it('runs a scheduled job at its time, not before', async () => {
    const agenda = await startAgenda();
    let ranAt = 0;
    agenda.define('later', async () => {
      ranAt = Date.now();
    });
    const when = new Date(Date.now() + 400);
    await agenda.schedule(when, 'later', {});
    await sleep(250);
    expect(ranAt).toBe(0);
    await waitFor('the scheduled run', () => ranAt > 0);
    expect(ranAt).toBeGreaterThanOrEqual(when.getTime());
    expect(ranAt - when.getTime()).toBeLessThan(200);
  });

  it('repeats a cron job in its time zone', async () => {
    const agenda = await startAgenda();
    const morning = await agenda.every('0 9 * * *', 'morning-report', {}, { timezone: 'Asia/Seoul' });
    // 09:00 in Seoul (UTC+9, no DST) is 00:00 UTC.
    expect(morning.attrs.nextRunAt!.getUTCHours()).toBe(0);
    const stored = await backend.repository.getJobById(morning.attrs._id!);
    expect(stored).toMatchObject({ repeatInterval: '0 9 * * *', repeatTimezone: 'Asia/Seoul', type: 'single' });
    expect(stored!.nextRunAt).toEqual(morning.attrs.nextRunAt);

    const runs: number[] = [];
    agenda.define('tick', async () => {
      runs.push(Date.now());
    });
    await agenda.every('* * * * * *', 'tick', {}, { timezone: 'America/New_York' });
    await waitFor('three ticks', () => runs.length >= 3, 5000);
    // One run per second, at the second.
    expect(runs[2] - runs[1]).toBeGreaterThan(700);
    expect((await agenda.queryJobs({ name: 'tick' })).jobs[0].state).toBe('repeating');
    // Defining it again (a restart) keeps one row.
    await agenda.every('* * * * * *', 'tick', {}, { timezone: 'America/New_York' });
    expect((await agenda.queryJobs({ name: 'tick' })).total).toBe(1);
  });

  it('repeats on an interval in milliseconds', async () => {
    const agenda = await startAgenda();
    let runs = 0;
    agenda.define('poll', async () => {
      runs++;
    });
    const job = await agenda.every(300, 'poll');
    await waitFor('three runs', () => runs >= 3, 3000);
    expect((await backend.repository.getJobById(job.attrs._id!))!.repeatInterval).toBe(300);
  });

  it('retries a failing job with backoff until the strategy gives up', async () => {
    const agenda = await startAgenda();
    const attempts: number[] = [];
    const retries: number[] = [];
    let exhausted = false;
    agenda.define(
      'flaky',
      async () => {
        attempts.push(Date.now());
        throw new Error(`attempt ${attempts.length} failed`);
      },
      { backoff: constant({ delay: 150, maxRetries: 2 }) },
    );
    agenda.on('retry:flaky', (_job: Job, details: { delay: number }) => retries.push(details.delay));
    agenda.on('retry exhausted:flaky', () => {
      exhausted = true;
    });
    const job = await agenda.now('flaky');
    await waitFor('retries to be exhausted', () => exhausted, 5000);
    expect(attempts).toHaveLength(3);
    expect(retries).toEqual([150, 150]);
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(140);
    await waitFor('the last failure to be saved', async () => (await backend.repository.getJobById(job.attrs._id!))?.lockedAt === undefined);
    const stored = (await agenda.queryJobs({ id: job.attrs._id })).jobs[0];
    expect(stored).toMatchObject({ failCount: 3, failReason: 'attempt 3 failed', state: 'failed' });
  });

  it('resets the fail count when a retry succeeds', async () => {
    const agenda = await startAgenda();
    let calls = 0;
    agenda.define(
      'second-time-lucky',
      async () => {
        calls++;
        if (calls === 1) throw new Error('first');
      },
      { backoff: constant({ delay: 50, maxRetries: 3 }) },
    );
    const job = await agenda.now('second-time-lucky');
    await waitFor('the retry to succeed', async () => (await agenda.queryJobs({ id: job.attrs._id })).jobs[0]?.state === 'completed');
    expect(calls).toBe(2);
    expect((await backend.repository.getJobById(job.attrs._id!))!.failCount).toBe(0);
  });

  it('keeps one job per unique key, and runs a debounced job once with the latest data', async () => {
    const agenda = await startAgenda({}, false);
    const ran: unknown[] = [];
    agenda.define('sync-user', async (job: Job) => {
      ran.push(job.attrs.data);
    });
    await agenda.create('sync-user', { userId: 1, v: 1 }).unique({ 'data.userId': 1 }).save();
    await agenda.create('sync-user', { userId: 1, v: 2 }).unique({ 'data.userId': 1 }).save();
    await agenda.create('sync-user', { userId: 2, v: 1 }).unique({ 'data.userId': 2 }).save();
    expect((await agenda.queryJobs({ name: 'sync-user' })).total).toBe(2);

    for (let v = 1; v <= 3; v++) {
      await agenda.nowDebounced('reindex', { v }, { 'data.kind': 'all' }, 150);
    }
    agenda.define('reindex', async (job: Job) => {
      ran.push(job.attrs.data);
    });
    await agenda.start();
    await waitFor('three runs', () => ran.length === 3);
    await sleep(300);
    expect(ran).toHaveLength(3);
    expect(ran).toEqual(expect.arrayContaining([{ userId: 1, v: 2 }, { userId: 2, v: 1 }, { v: 3 }]));
  });

  it('does not run a disabled job until it is enabled', async () => {
    const agenda = await startAgenda();
    let runs = 0;
    agenda.define('paused', async () => {
      runs++;
    });
    await agenda.create('paused', {}).disable().save();
    await agenda.now('paused-other');
    expect(await agenda.disable({ name: 'paused-other' })).toBe(1);
    await sleep(300);
    expect(runs).toBe(0);
    expect((await agenda.queryJobs({ state: 'paused' })).total).toBe(2);
    expect(await agenda.enable({ name: 'paused' })).toBe(1);
    await waitFor('the enabled job to run', () => runs === 1);
  });

  it('removes completed one-off jobs with removeOnComplete, but keeps repeating and failed ones', async () => {
    const agenda = await startAgenda({ removeOnComplete: true });
    let done = 0;
    agenda.define('once', async () => {
      done++;
    });
    agenda.define('broken', async () => {
      throw new Error('nope');
    });
    agenda.define('again', async () => {
      done++;
    });
    const once = await agenda.now('once');
    const broken = await agenda.now('broken');
    await agenda.every('1 hour', 'again');
    await waitFor('the runs', () => done >= 2);
    await waitFor('the one-off job to be removed', async () => (await backend.repository.getJobById(once.attrs._id!)) === null);
    await waitFor('the failure to be saved', async () => (await backend.repository.getJobById(broken.attrs._id!))?.failCount === 1);
    expect((await agenda.queryJobs({ name: 'again' })).total).toBe(1);
  });

  it('runs due jobs by priority', async () => {
    const agenda = await startAgenda({ maxConcurrency: 1, defaultConcurrency: 1 }, false);
    const order: string[] = [];
    agenda.define('ranked', async (job: Job<{ label: string }>) => {
      order.push(job.attrs.data.label);
    });
    const due = new Date(Date.now() - 1000);
    for (const [label, priority] of [['low', 'low'], ['highest', 'highest'], ['normal', 'normal'], ['high', 20]] as const) {
      await agenda.create('ranked', { label }).priority(priority).schedule(due).save();
    }
    await agenda.start();
    await waitFor('all four', () => order.length === 4);
    expect(order).toEqual(['highest', 'high', 'normal', 'low']);
  });

  it('honours concurrency per job and lockLimit across two instances', async () => {
    const first = await startAgenda({ name: 'first' }, false);
    const second = await startAgenda({ name: 'second' }, false);
    let running = 0;
    let maxRunning = 0;
    const byWorker: Record<string, number> = {};
    for (const agenda of [first, second]) {
      agenda.define(
        'slow',
        async (job: Job) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          byWorker[agenda.attrs.name!] = (byWorker[agenda.attrs.name!] ?? 0) + 1;
          await sleep(120);
          running--;
          void job;
        },
        { concurrency: 2, lockLimit: 2 },
      );
    }
    for (let i = 0; i < 12; i++) await first.now('slow', { i });
    let maxLocked = 0;
    const sampler = setInterval(async () => {
      const locked = (await backend.repository.queryJobs({ name: 'slow', state: 'running' })).total;
      maxLocked = Math.max(maxLocked, locked);
    }, 20);
    try {
      await first.start();
      await second.start();
      await waitFor('all twelve', async () => (await first.queryJobs({ name: 'slow', state: 'completed' })).total === 12, 8000);
    } finally {
      clearInterval(sampler);
    }
    expect(maxRunning).toBeLessThanOrEqual(4);
    expect(maxLocked).toBeLessThanOrEqual(4);
    expect(byWorker.first).toBeGreaterThan(0);
    expect(byWorker.second).toBeGreaterThan(0);
    expect(byWorker.first + byWorker.second).toBe(12);
  });

  it('stores progress from touch() and shows jobs on the dashboard queries', async () => {
    const agenda = await startAgenda();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    agenda.define('long', async (job: Job) => {
      await job.touch(40);
      await held;
    });
    const job = await agenda.now('long');
    await waitFor('progress', async () => (await backend.repository.getJobById(job.attrs._id!))?.progress === 40);
    expect(await agenda.getJobsOverview()).toEqual([expect.objectContaining({ name: 'long', total: 1, running: 1 })]);
    expect((await agenda.queryJobs({ state: 'running' })).jobs.map((j) => j.name)).toEqual(['long']);
    release();
    await waitFor('completion', async () => (await agenda.queryJobs({ name: 'long' })).jobs[0]?.state === 'completed');
  });

  it('on stop, releases the jobs it locked but had not started, and keeps the running one locked', async () => {
    const agenda = await startAgenda({ maxConcurrency: 1, defaultConcurrency: 1, processEvery: 200 }, false);
    let started = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    agenda.define('queue', async () => {
      started++;
      await held;
    });
    const first = await agenda.now('queue', { n: 1 });
    const second = await agenda.now('queue', { n: 2 });
    await agenda.start();
    await waitFor('one running, both locked', async () => started === 1 && (await agenda.queryJobs({ name: 'queue', state: 'running' })).total === 2);
    await agenda.stop();
    agendas.splice(agendas.indexOf(agenda), 1);
    const [a, b] = await Promise.all([first, second].map((j) => backend.repository.getJobById(j.attrs._id!)));
    const [running, waiting] = a!.lastRunAt ? [a!, b!] : [b!, a!];
    expect(running.lockedAt).toBeInstanceOf(Date);
    expect(waiting.lockedAt).toBeUndefined();
    release();
    await waitFor('the running job to finish and unlock', async () => (await backend.repository.getJobById(running._id!))?.lockedAt === undefined);
  });

  it('cancels and purges jobs', async () => {
    const agenda = await startAgenda({}, false);
    agenda.define('kept', async () => {});
    await agenda.schedule('in 1 hour', 'kept', {});
    await agenda.schedule('in 1 hour', 'orphan', {});
    await agenda.schedule('in 1 hour', 'cancelled', { id: 7 });
    expect(await agenda.cancel({ name: 'cancelled', data: { id: 7 } })).toBe(1);
    expect(await agenda.purge()).toBe(1);
    expect(await backend.repository.getDistinctJobNames()).toEqual(['kept']);
    expect(await agenda.cancelAll()).toBe(1);
  });
});

describe('TypeormBackend connection ownership', () => {
  it('initializes a DataSource it is given uninitialized, creates the schema, and destroys it on stop', async () => {
    const db = await createTestDatabase('sqlite');
    try {
      await db.dataSource.destroy();
      const { DataSource } = await import('typeorm');
      const dataSource = new DataSource({ type: 'better-sqlite3', database: db.connection.database });
      const backend = new TypeormBackend({ dataSource, tableName: 'standalone_jobs', ensureSchema: true });
      const agenda = new Agenda({ backend, processEvery: 50, defaultLockLifetime: 1000 });
      await agenda.ready;
      expect(dataSource.isInitialized).toBe(true);
      expect(backend.ownsConnection).toBe(true);
      let ran = false;
      agenda.define('standalone', async () => {
        ran = true;
      });
      await agenda.start();
      await agenda.now('standalone');
      await waitFor('the job', () => ran);
      await agenda.stop();
      expect(dataSource.isInitialized).toBe(false);
    } finally {
      await db.destroy();
    }
  });
});
