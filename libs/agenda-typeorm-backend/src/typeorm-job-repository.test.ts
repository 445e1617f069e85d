import { computeJobState } from 'agenda';
import type { JobParameters } from 'agenda';
import { DataSource } from 'typeorm';
import { TypeormJobRepository } from './typeorm-job-repository';
import { createTestDatabase, dataSourceOptions, describeEachDatabase, sleep } from './testing/databases';
import type { TestDatabase } from './testing/databases';

const SECOND = 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const later = (ms: number) => new Date(Date.now() + ms);

function job(overrides: Partial<JobParameters> = {}): JobParameters {
  return { name: 'test-job', priority: 0, nextRunAt: new Date(), type: 'normal', data: {}, ...overrides };
}

describeEachDatabase('TypeormJobRepository', (kind) => {
  let db: TestDatabase;
  let repo: TypeormJobRepository;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    repo = new TypeormJobRepository({ dataSource: db.dataSource });
    await repo.connect();
  });
  afterAll(async () => {
    await db?.destroy();
  });
  beforeEach(async () => {
    await repo.purgeAllJobs();
  });

  describe('connect', () => {
    it('explains a missing table instead of failing on the first job', async () => {
      const missing = new TypeormJobRepository({ dataSource: db.dataSource, tableName: 'no_such_jobs' });
      await expect(missing.connect()).rejects.toThrow(/no_such_jobs.*run the migration/);
    });

    it('creates a custom table with ensureSchema()', async () => {
      const other = new TypeormJobRepository({ dataSource: db.dataSource, tableName: 'other_jobs' });
      await other.ensureSchema();
      await other.ensureSchema(); // idempotent
      await other.connect();
      const saved = await other.saveJob(job({ name: 'elsewhere' }), undefined);
      expect((await other.getJobById(saved._id!))?.name).toBe('elsewhere');
      expect(await repo.getDistinctJobNames()).toEqual([]);
    });
  });

  describe('saveJob', () => {
    it('inserts a job and round-trips every field with millisecond precision', async () => {
      const at = new Date('2026-03-04T05:06:07.089Z');
      const saved = await repo.saveJob(
        job({
          name: 'round-trip',
          priority: 10,
          nextRunAt: at,
          data: { nested: { list: [1, 'two', null], flag: true }, text: '한국어 ✓' },
          repeatInterval: '0 9 * * 1-5',
          repeatTimezone: 'Asia/Seoul',
          startDate: new Date('2026-01-01T00:00:00.001Z'),
          endDate: new Date('2027-01-01T00:00:00.999Z'),
          skipDays: [0, 6],
          disabled: true,
          fork: true,
        }),
        { lastModifiedBy: 'tester' },
      );
      expect(saved._id).toMatch(/^\d+$/);

      const read = await repo.getJobById(saved._id!);
      expect(read).toMatchObject({
        _id: saved._id,
        name: 'round-trip',
        priority: 10,
        type: 'normal',
        data: { nested: { list: [1, 'two', null], flag: true }, text: '한국어 ✓' },
        repeatInterval: '0 9 * * 1-5',
        repeatTimezone: 'Asia/Seoul',
        skipDays: [0, 6],
        disabled: true,
        fork: true,
        lastModifiedBy: 'tester',
      });
      expect(read!.nextRunAt!.toISOString()).toBe('2026-03-04T05:06:07.089Z');
      expect(read!.startDate!.toISOString()).toBe('2026-01-01T00:00:00.001Z');
      expect(read!.endDate!.toISOString()).toBe('2027-01-01T00:00:00.999Z');
      expect(read!.lockedAt).toBeUndefined();
    });

    it('keeps a numeric repeat interval a number', async () => {
      const saved = await repo.saveJob(job({ repeatInterval: 5000 }), undefined);
      expect((await repo.getJobById(saved._id!))!.repeatInterval).toBe(5000);
    });

    it('updates a job by id without touching the processor fields it omits', async () => {
      const saved = await repo.saveJob(job({ nextRunAt: ago(SECOND) }), undefined);
      const locked = await repo.lockJob(saved, undefined);
      await repo.saveJobState({ ...locked!, failCount: 2, failReason: 'boom', failedAt: new Date() }, undefined);

      // What Job.save() sends: no lockedAt, failCount, …
      const { lockedAt: _l, failCount: _c, failReason: _r, failedAt: _f, ...userFields } = locked!;
      const updated = await repo.saveJob({ ...userFields, priority: 20, data: { version: 2 } }, undefined);

      expect(updated).toMatchObject({ _id: saved._id, priority: 20, data: { version: 2 }, failCount: 2, failReason: 'boom' });
      expect(updated.lockedAt).toEqual(locked!.lockedAt);
    });

    it('hands the job back unchanged when its row was removed', async () => {
      const saved = await repo.saveJob(job(), undefined);
      await repo.removeJobs({ id: saved._id });
      const again = await repo.saveJob({ ...saved, priority: 5 }, undefined);
      expect(again.priority).toBe(5);
      expect(await repo.getJobById(saved._id!)).toBeNull();
    });

    describe("type 'single' (agenda.every)", () => {
      it('keeps one row per name and updates it', async () => {
        const first = await repo.saveJob(job({ name: 'single', type: 'single', nextRunAt: later(60 * SECOND), data: { run: 1 } }), undefined);
        const second = await repo.saveJob(job({ name: 'single', type: 'single', nextRunAt: later(120 * SECOND), priority: 10, data: { run: 2 } }), undefined);
        expect(second._id).toBe(first._id);
        expect(second).toMatchObject({ priority: 10, data: { run: 2 } });
        expect(second.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 100 * SECOND);
        expect((await repo.queryJobs({ name: 'single' })).total).toBe(1);
      });

      it('does not move the schedule of an existing job when saved as due now', async () => {
        const scheduled = later(30 * SECOND);
        await repo.saveJob(job({ name: 'single', type: 'single', nextRunAt: scheduled, repeatInterval: '1 minute' }), undefined);
        const again = await repo.saveJob(job({ name: 'single', type: 'single', nextRunAt: new Date(), repeatInterval: '2 minutes' }), undefined);
        expect(again.nextRunAt!.getTime()).toBe(scheduled.getTime());
        expect(again.repeatInterval).toBe('2 minutes');
      });

      it('creates one row when many processes define the same job at once', async () => {
        const saved = await Promise.all(
          Array.from({ length: 12 }, (_, i) => repo.saveJob(job({ name: 'raced', type: 'single', data: { i } }), undefined)),
        );
        expect(new Set(saved.map((s) => s._id)).size).toBe(1);
        expect((await repo.queryJobs({ name: 'raced' })).total).toBe(1);
      });
    });

    describe('unique', () => {
      it('upserts on the criteria, whatever their key order', async () => {
        const a = await repo.saveJob(job({ name: 'u', data: { v: 1 }, unique: { 'data.user': 7, 'data.kind': 'x' } }), undefined);
        const b = await repo.saveJob(job({ name: 'u', data: { v: 2 }, unique: { 'data.kind': 'x', 'data.user': 7 } }), undefined);
        const c = await repo.saveJob(job({ name: 'u', data: { v: 3 }, unique: { 'data.kind': 'x', 'data.user': 8 } }), undefined);
        expect(b._id).toBe(a._id);
        expect(b.data).toEqual({ v: 2 });
        expect(c._id).not.toBe(a._id);
        expect((await repo.queryJobs({ name: 'u' })).total).toBe(2);
      });

      it('insertOnly returns the existing job unchanged', async () => {
        const a = await repo.saveJob(job({ name: 'u', data: { v: 1 }, unique: { k: 1 }, uniqueOpts: { insertOnly: true } }), undefined);
        const b = await repo.saveJob(job({ name: 'u', data: { v: 2 }, unique: { k: 1 }, uniqueOpts: { insertOnly: true } }), undefined);
        expect(b._id).toBe(a._id);
        expect(b.data).toEqual({ v: 1 });
      });

      it('stays unique under concurrent saves', async () => {
        await Promise.all(
          Array.from({ length: 12 }, (_, i) => repo.saveJob(job({ name: 'u', data: { i }, unique: { k: 'same' } }), undefined)),
        );
        expect((await repo.queryJobs({ name: 'u' })).total).toBe(1);
      });
    });

    describe('debounce', () => {
      const debounced = (data: object, debounce: NonNullable<NonNullable<JobParameters['uniqueOpts']>['debounce']>) =>
        repo.saveJob(job({ name: 'd', data, unique: { 'data.key': 'k' }, uniqueOpts: { debounce } }), undefined);

      it('trailing: delays the run and pushes it back on each save', async () => {
        const first = await debounced({ key: 'k', v: 1 }, { delay: 1000 });
        expect(first.nextRunAt!.getTime()).toBeGreaterThanOrEqual(Date.now() + 900);
        await sleep(50);
        const second = await debounced({ key: 'k', v: 2 }, { delay: 1000 });
        expect(second._id).toBe(first._id);
        expect(second.nextRunAt!.getTime()).toBeGreaterThan(first.nextRunAt!.getTime());
        expect(second.data).toEqual({ key: 'k', v: 2 });
        expect(second.debounceStartedAt).toEqual(first.debounceStartedAt);
      });

      it('trailing: never waits past maxWait, and forces the run once it is exceeded', async () => {
        const first = await debounced({ key: 'k' }, { delay: 2000, maxWait: 300 });
        const second = await debounced({ key: 'k' }, { delay: 2000, maxWait: 300 });
        expect(second.nextRunAt!.getTime()).toBeLessThanOrEqual(first.debounceStartedAt!.getTime() + 300);
        await sleep(320);
        const forced = await debounced({ key: 'k' }, { delay: 2000, maxWait: 300 });
        expect(forced.nextRunAt!.getTime()).toBeLessThanOrEqual(Date.now());
        expect(forced.debounceStartedAt).toBeUndefined();
        // A save before the forced run starts does not postpone it.
        const after = await debounced({ key: 'k' }, { delay: 2000, maxWait: 300 });
        expect(after.nextRunAt!.getTime()).toBe(forced.nextRunAt!.getTime());
      });

      it('leading: runs at once, ignores saves within the window, then opens a new one', async () => {
        const first = await debounced({ key: 'k', v: 1 }, { delay: 200, strategy: 'leading' });
        expect(first.nextRunAt!.getTime()).toBeLessThanOrEqual(Date.now());
        const second = await debounced({ key: 'k', v: 2 }, { delay: 200, strategy: 'leading' });
        expect(second.nextRunAt).toEqual(first.nextRunAt);
        expect(second.data).toEqual({ key: 'k', v: 2 });
        await sleep(220);
        const third = await debounced({ key: 'k', v: 3 }, { delay: 200, strategy: 'leading' });
        expect(third.nextRunAt!.getTime()).toBeGreaterThan(first.nextRunAt!.getTime());
      });

      it('keeps a run scheduled by a save that arrives after the job was locked, before it started', async () => {
        const saved = await debounced({ key: 'k', v: 1 }, { delay: 10 });
        // Agenda locks a job up to processEvery before it is due.
        const locked = (await repo.getNextJobToRun('d', later(5 * SECOND), ago(60 * SECOND), undefined, undefined))!;
        expect(locked.data).toEqual({ key: 'k', v: 1 });
        await sleep(5);
        const waiting = await debounced({ key: 'k', v: 2 }, { delay: 10 });
        const started = { ...locked, lastRunAt: new Date(), nextRunAt: null };
        await repo.saveJobState(started, undefined);
        await repo.saveJobState({ ...started, lockedAt: undefined, lastFinishedAt: new Date() }, undefined);
        const after = (await repo.getJobById(saved._id!))!;
        expect(after.nextRunAt).toEqual(waiting.nextRunAt);
        expect(after.data).toEqual({ key: 'k', v: 2 });
        // Without a later save the next run clears it as usual.
        await sleep(15);
        const again = (await repo.getNextJobToRun('d', new Date(), ago(60 * SECOND), undefined, undefined))!;
        expect(again.data).toEqual({ key: 'k', v: 2 });
        const rerun = { ...again, lastRunAt: new Date(), nextRunAt: null };
        await repo.saveJobState(rerun, undefined);
        await repo.saveJobState({ ...rerun, lockedAt: undefined, lastFinishedAt: new Date() }, undefined);
        expect((await repo.getJobById(saved._id!))!.nextRunAt).toBeNull();
      });

      it('keeps a run scheduled by a save that arrives while the job runs', async () => {
        const saved = await debounced({ key: 'k' }, { delay: 10 });
        await sleep(20);
        const locked = (await repo.getNextJobToRun('d', new Date(), ago(60 * SECOND), undefined, undefined))!;
        const started = { ...locked, lastRunAt: new Date(), nextRunAt: null };
        await repo.saveJobState(started, undefined);
        await sleep(5);
        const during = await debounced({ key: 'k', v: 'during' }, { delay: 10 }); // while running
        await repo.saveJobState({ ...started, lockedAt: undefined, lastFinishedAt: new Date() }, undefined);
        const after = (await repo.getJobById(saved._id!))!;
        expect(after.nextRunAt).toEqual(during.nextRunAt);
        expect(after.lockedAt).toBeUndefined();
      });
    });
  });

  describe('getJobById', () => {
    it('returns null for unknown and malformed ids', async () => {
      expect(await repo.getJobById('987654321')).toBeNull();
      expect(await repo.getJobById('not-an-id')).toBeNull();
      expect(await repo.getJobById("1' OR '1'='1")).toBeNull();
    });
  });

  describe('queryJobs', () => {
    let ids: string[];
    beforeEach(async () => {
      ids = [];
      for (const j of [
        job({ name: 'job-a', priority: 10, nextRunAt: later(60 * SECOND), data: { type: 'alpha', count: 1, tags: ['x'] } }),
        job({ name: 'job-b', priority: 5, nextRunAt: later(120 * SECOND), data: { type: 'beta', count: '1', deep: { k: 'v' } } }),
        job({ name: 'job-a', priority: 15, nextRunAt: later(180 * SECOND), data: { type: 'Alpha', count: 3, flag: false } }),
        job({ name: 'other_50%', priority: 0, nextRunAt: ago(SECOND), data: { type: null }, disabled: true }),
      ]) {
        ids.push((await repo.saveJob(j, undefined))._id!);
      }
    });

    it('filters by name, names, id, ids and a case-insensitive name search', async () => {
      expect((await repo.queryJobs()).total).toBe(4);
      expect((await repo.queryJobs({ name: 'job-a' })).total).toBe(2);
      expect((await repo.queryJobs({ names: ['job-a', 'job-b'] })).total).toBe(3);
      expect((await repo.queryJobs({ id: ids[1] })).jobs.map((j) => j.name)).toEqual(['job-b']);
      expect((await repo.queryJobs({ ids: [ids[0], ids[3]] })).total).toBe(2);
      expect((await repo.queryJobs({ id: 'nope' })).total).toBe(0);
      expect((await repo.queryJobs({ search: 'JOB' })).total).toBe(3);
      expect((await repo.queryJobs({ search: '50%' })).total).toBe(1);
      expect((await repo.queryJobs({ search: '_' })).total).toBe(1);
    });

    it('matches data partially, by nested path and by JSON type', async () => {
      expect((await repo.queryJobs({ data: { type: 'alpha' } })).total).toBe(1); // case-sensitive
      expect((await repo.queryJobs({ data: { count: 1 } })).total).toBe(1); // the number, not the string '1'
      expect((await repo.queryJobs({ data: { count: '1' } })).jobs[0]?.name).toBe('job-b');
      expect((await repo.queryJobs({ data: { deep: { k: 'v' } } })).total).toBe(1);
      expect((await repo.queryJobs({ data: { flag: false } })).total).toBe(1);
      expect((await repo.queryJobs({ data: { type: null } })).total).toBe(1);
      expect((await repo.queryJobs({ data: { tags: ['x'] } })).total).toBe(1);
      expect((await repo.queryJobs({ data: { type: 'alpha', count: 3 } })).total).toBe(0);
    });

    it('leaves out disabled jobs on request', async () => {
      expect((await repo.queryJobs({ includeDisabled: false })).total).toBe(3);
    });

    it('pages with skip and limit and still reports the total', async () => {
      const page = await repo.queryJobs({ sort: { priority: 'desc' }, skip: 1, limit: 2 });
      expect(page.total).toBe(4);
      expect(page.jobs.map((j) => j.priority)).toEqual([10, 5]);
      expect((await repo.queryJobs({ skip: 3, limit: 2 })).total).toBe(4);
      expect((await repo.queryJobs({ skip: 10, limit: 2 })).total).toBe(4);
      expect((await repo.queryJobs({ skip: 2 })).jobs).toHaveLength(2);
    });

    it('sorts by nextRunAt descending by default, nulls last', async () => {
      await repo.saveJob(job({ name: 'done', nextRunAt: null }), undefined);
      const names = (await repo.queryJobs()).jobs.map((j) => j.name);
      expect(names).toEqual(['job-a', 'job-b', 'job-a', 'other_50%', 'done']);
      const asc = (await repo.queryJobs({ sort: { nextRunAt: 'asc' } })).jobs.map((j) => j.name);
      expect(asc).toEqual(['done', 'other_50%', 'job-a', 'job-b', 'job-a']);
    });

    it('computes, filters and pages by state like agenda does', async () => {
      await repo.purgeAllJobs();
      const now = Date.now();
      const rows = [
        job({ name: 'queued', nextRunAt: new Date(now - 1000) }),
        job({ name: 'scheduled', nextRunAt: new Date(now + 60_000) }),
        job({ name: 'completed', nextRunAt: null, lastRunAt: new Date(now - 2000), lastFinishedAt: new Date(now - 1000) }),
        job({ name: 'failed', nextRunAt: null, failedAt: new Date(now - 1000), lastFinishedAt: new Date(now - 1000), failCount: 1 }),
        job({ name: 'recovered', nextRunAt: null, failedAt: new Date(now - 5000), lastFinishedAt: new Date(now - 1000) }),
        job({ name: 'repeating', nextRunAt: new Date(now + 60_000), repeatInterval: '1 minute' }),
        job({ name: 'running', nextRunAt: null, lockedAt: new Date(now - 10) }),
        job({ name: 'paused', nextRunAt: new Date(now + 60_000), disabled: true }),
      ];
      for (const r of rows) await repo.saveJob(r, undefined);

      const all = await repo.queryJobs();
      for (const j of all.jobs) expect(j.state).toBe(computeJobState(j, new Date()));
      const stateOf = Object.fromEntries(all.jobs.map((j) => [j.name, j.state]));
      expect(stateOf).toEqual({
        queued: 'queued',
        scheduled: 'scheduled',
        completed: 'completed',
        failed: 'failed',
        recovered: 'completed',
        repeating: 'repeating',
        running: 'running',
        paused: 'scheduled',
      });
      for (const state of ['queued', 'failed', 'running', 'repeating'] as const) {
        const result = await repo.queryJobs({ state });
        expect(result.jobs.map((j) => j.name)).toEqual([state]);
        expect(result.total).toBe(1);
      }
      expect((await repo.queryJobs({ state: 'scheduled' })).total).toBe(2);
      expect((await repo.queryJobs({ state: 'completed', limit: 1 })).total).toBe(2);
      expect((await repo.queryJobs({ state: 'paused' })).jobs.map((j) => j.name)).toEqual(['paused']);
    });
  });

  describe('getJobsOverview', () => {
    it('counts jobs per name and state, paused on top of their state', async () => {
      await repo.saveJob(job({ name: 'a', nextRunAt: ago(SECOND) }), undefined);
      await repo.saveJob(job({ name: 'a', nextRunAt: later(60 * SECOND), disabled: true }), undefined);
      await repo.saveJob(job({ name: 'a', nextRunAt: null, lockedAt: new Date() }), undefined);
      await repo.saveJob(job({ name: 'b', nextRunAt: later(60 * SECOND), repeatInterval: '1 hour' }), undefined);
      expect(await repo.getJobsOverview()).toEqual([
        { name: 'a', total: 3, running: 1, scheduled: 1, queued: 1, completed: 0, failed: 0, repeating: 0, paused: 1 },
        { name: 'b', total: 1, running: 0, scheduled: 0, queued: 0, completed: 0, failed: 0, repeating: 1, paused: 0 },
      ]);
    });
  });

  describe('getDistinctJobNames and getQueueSize', () => {
    it('lists names once and counts the jobs that are due', async () => {
      expect(await repo.getDistinctJobNames()).toEqual([]);
      await repo.saveJob(job({ name: 'n-b', nextRunAt: ago(60 * SECOND) }), undefined);
      await repo.saveJob(job({ name: 'n-a', nextRunAt: ago(30 * SECOND) }), undefined);
      await repo.saveJob(job({ name: 'n-a', nextRunAt: later(60 * SECOND) }), undefined);
      expect(await repo.getDistinctJobNames()).toEqual(['n-a', 'n-b']);
      expect(await repo.getQueueSize()).toBe(2);
    });
  });

  describe('removeJobs, disableJobs, enableJobs, purgeAllJobs', () => {
    let a1: string;
    let a2: string;
    let b: string;
    beforeEach(async () => {
      a1 = (await repo.saveJob(job({ name: 'a', data: { owner: 1 } }), undefined))._id!;
      a2 = (await repo.saveJob(job({ name: 'a', data: { owner: 2 } }), undefined))._id!;
      b = (await repo.saveJob(job({ name: 'b', data: { owner: 1 } }), undefined))._id!;
    });

    it('removes by id, ids, name, names, notNames and data, and nothing without criteria', async () => {
      expect(await repo.removeJobs({})).toBe(0);
      expect(await repo.removeJobs({ id: 'x' })).toBe(0);
      expect(await repo.removeJobs({ ids: ['x', 'y'] })).toBe(0);
      expect(await repo.removeJobs({ name: 'missing' })).toBe(0);
      expect(await repo.removeJobs({ name: 'a', data: { owner: 2 } })).toBe(1);
      expect(await repo.removeJobs({ notNames: ['a'] })).toBe(1);
      expect(await repo.removeJobs({ ids: [a1, a2, b] })).toBe(1);
      expect((await repo.queryJobs()).total).toBe(0);
    });

    it('removes by names and by id', async () => {
      expect(await repo.removeJobs({ id: b })).toBe(1);
      expect(await repo.removeJobs({ names: ['a', 'b'] })).toBe(2);
    });

    it('disables and enables, counting only jobs that change', async () => {
      expect(await repo.disableJobs({ data: { owner: 1 } })).toBe(2);
      expect(await repo.disableJobs({ name: 'a' })).toBe(1);
      expect(await repo.disableJobs({})).toBe(0);
      expect((await repo.getJobById(a1))!.disabled).toBe(true);
      expect(await repo.enableJobs({ ids: [a1, b] })).toBe(2);
      expect((await repo.queryJobs({ includeDisabled: false })).jobs.map((j) => j._id)).toEqual(expect.arrayContaining([a1, b]));
    });

    it('purges everything', async () => {
      expect(await repo.purgeAllJobs()).toBe(3);
      expect(await repo.purgeAllJobs()).toBe(0);
    });
  });

  describe('lockJob', () => {
    it('locks an unlocked job once', async () => {
      const saved = await repo.saveJob(job({ nextRunAt: ago(SECOND) }), undefined);
      const locked = await repo.lockJob(saved, { lastModifiedBy: 'w1' });
      expect(locked).toMatchObject({ _id: saved._id, lastModifiedBy: 'w1' });
      expect(locked!.lockedAt).toBeInstanceOf(Date);
      expect(await repo.lockJob(saved, undefined)).toBeUndefined();
    });

    it('refuses a job that was rescheduled or disabled since it was read', async () => {
      const saved = await repo.saveJob(job({ nextRunAt: ago(SECOND) }), undefined);
      await repo.saveJob({ ...saved, nextRunAt: later(SECOND) }, undefined);
      expect(await repo.lockJob(saved, undefined)).toBeUndefined();
      const other = await repo.saveJob(job({ nextRunAt: ago(SECOND), disabled: true }), undefined);
      expect(await repo.lockJob(other, undefined)).toBeUndefined();
    });
  });

  describe('getNextJobToRun', () => {
    const next = (name: string, opts: { scanAhead?: number; lockLifetime?: number } = {}) => {
      const now = new Date();
      return repo.getNextJobToRun(
        name,
        new Date(now.getTime() + (opts.scanAhead ?? 5 * SECOND)),
        new Date(now.getTime() - (opts.lockLifetime ?? 600 * SECOND)),
        now,
        { lastModifiedBy: 'worker' },
      );
    };

    it('takes the earliest job first, then the highest priority', async () => {
      const same = ago(60 * SECOND);
      await repo.saveJob(job({ name: 'p', priority: 5, nextRunAt: same, data: 'low' }), undefined);
      await repo.saveJob(job({ name: 'p', priority: 10, nextRunAt: same, data: 'high' }), undefined);
      await repo.saveJob(job({ name: 'p', priority: -10, nextRunAt: ago(120 * SECOND), data: 'oldest' }), undefined);
      await repo.saveJob(job({ name: 'p', priority: 20, nextRunAt: ago(30 * SECOND), data: 'newest' }), undefined);
      const order = [];
      for (let i = 0; i < 5; i++) order.push((await next('p'))?.data);
      expect(order).toEqual(['oldest', 'high', 'low', 'newest', undefined]);
    });

    it('takes jobs due before the next scan, not later ones, and never disabled ones', async () => {
      await repo.saveJob(job({ name: 's', nextRunAt: later(2 * SECOND), data: 'soon' }), undefined);
      await repo.saveJob(job({ name: 's', nextRunAt: later(60 * SECOND), data: 'later' }), undefined);
      await repo.saveJob(job({ name: 's', nextRunAt: ago(SECOND), disabled: true }), undefined);
      const got = await next('s');
      expect(got).toMatchObject({ data: 'soon', lastModifiedBy: 'worker' });
      expect(got!.lockedAt).toBeInstanceOf(Date);
      expect(await next('s')).toBeUndefined();
    });

    it('takes over a lock older than the lock lifetime, and only then', async () => {
      const saved = await repo.saveJob(job({ name: 'l', nextRunAt: ago(SECOND) }), undefined);
      const first = await next('l', { lockLifetime: 200 });
      expect(first?._id).toBe(saved._id);
      // A one-off job that started running has nextRunAt = null; its lock still expires.
      await repo.saveJobState({ ...first!, nextRunAt: null, lastRunAt: new Date() }, undefined);
      expect(await next('l', { lockLifetime: 200 })).toBeUndefined();
      await sleep(250);
      const second = await next('l', { lockLifetime: 200 });
      expect(second?._id).toBe(saved._id);
      expect(second!.lockedAt!.getTime()).toBeGreaterThan(first!.lockedAt!.getTime());
    });

    it('never hands the same job to two connections racing for it', async () => {
      const other = await new DataSource(dataSourceOptions(db.connection)).initialize();
      try {
        const rival = new TypeormJobRepository({ dataSource: other });
        for (let i = 0; i < 60; i++) await repo.saveJob(job({ name: 'race', nextRunAt: ago(SECOND) }), undefined);
        const taken: string[] = [];
        const drain = async (r: TypeormJobRepository) => {
          for (;;) {
            const now = new Date();
            const got = await r.getNextJobToRun('race', now, new Date(now.getTime() - 600 * SECOND), now, undefined);
            if (!got) {
              if ((await r.queryJobs({ name: 'race', state: 'queued' })).total === 0) return;
              continue;
            }
            taken.push(got._id!);
          }
        };
        await Promise.all([drain(repo), drain(repo), drain(rival), drain(rival)]);
        expect(taken).toHaveLength(60);
        expect(new Set(taken).size).toBe(60);
      } finally {
        await other.destroy();
      }
    });
  });

  describe('unlockJob and unlockJobs', () => {
    it('unlocks a queued job but leaves a running one-off job (nextRunAt null) locked', async () => {
      const queued = await repo.lockJob(await repo.saveJob(job({ nextRunAt: ago(SECOND) }), undefined), undefined);
      const running = await repo.lockJob(await repo.saveJob(job({ nextRunAt: ago(SECOND) }), undefined), undefined);
      await repo.saveJobState({ ...running!, nextRunAt: null, lastRunAt: new Date() }, undefined);
      await repo.unlockJob(queued!);
      await repo.unlockJob(running!);
      expect((await repo.getJobById(queued!._id!))!.lockedAt).toBeUndefined();
      expect((await repo.getJobById(running!._id!))!.lockedAt).toBeInstanceOf(Date);
      await repo.unlockJobs([running!._id!, 'junk']);
      expect((await repo.getJobById(running!._id!))!.lockedAt).toBeUndefined();
    });
  });

  describe('saveJobState', () => {
    it('writes the processor fields', async () => {
      const saved = await repo.saveJob(job({ nextRunAt: ago(SECOND) }), undefined);
      const at = new Date('2026-05-05T05:05:05.555Z');
      await repo.saveJobState(
        { ...saved, lockedAt: undefined, lastRunAt: at, lastFinishedAt: at, failedAt: at, failCount: 3, failReason: 'x', progress: 42.5, nextRunAt: null },
        { lastModifiedBy: 'w' },
      );
      expect(await repo.getJobById(saved._id!)).toMatchObject({
        lastRunAt: at,
        lastFinishedAt: at,
        failedAt: at,
        failCount: 3,
        failReason: 'x',
        progress: 42.5,
        nextRunAt: null,
        lastModifiedBy: 'w',
      });
    });

    it('fails for a job that no longer exists', async () => {
      const saved = await repo.saveJob(job(), undefined);
      await repo.removeJobs({ id: saved._id });
      await expect(repo.saveJobState(saved, undefined)).rejects.toThrow(/cannot be updated/);
      await expect(repo.saveJobState({ ...saved, _id: undefined }, undefined)).rejects.toThrow(/without job ID/);
    });
  });
});
