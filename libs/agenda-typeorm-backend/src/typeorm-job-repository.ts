import type { DataSource } from 'typeorm';
import type {
  DebounceOptions,
  JobId,
  JobParameters,
  JobRepository,
  JobRepositoryOptions,
  JobsOverview,
  JobsQueryOptions,
  JobsResult,
  JobsSort,
  JobState,
  JobWithState,
  RemoveJobsOptions,
} from 'agenda';
import { createJobsTableStatements } from './schema/ddl';
import { checkTableName, DEFAULT_TABLE_NAME } from './schema/table-name';
import { dialectFor, jsonPath } from './sql/dialect';
import type { Dialect, SqlFragment } from './sql/dialect';
import { jobState, jobStateSql } from './job-state';
import { singleKeyFor, uniqueKeyFor } from './unique-key';

/** Options of {@link TypeormJobRepository}. */
export interface TypeormJobRepositoryOptions {
  /** The host's DataSource (better-sqlite3, mysql or mariadb). */
  dataSource: DataSource;
  /** Defaults to `agenda_jobs`. */
  tableName?: string;
  /**
   * How many lockable jobs one lock attempt reads before trying to claim them in order; the rest are
   * fallbacks when another worker claims the first one in the meantime. Default 5.
   */
  lockCandidates?: number;
}

type Row = Record<string, unknown>;
type ColumnValue = [column: string, value: unknown];

const COLUMNS = [
  'id',
  'name',
  'priority',
  'type',
  'next_run_at',
  'locked_at',
  'last_run_at',
  'last_finished_at',
  'failed_at',
  'fail_count',
  'fail_reason',
  'repeat_interval',
  'repeat_timezone',
  'repeat_at',
  'start_date',
  'end_date',
  'skip_days',
  'data',
  'disabled',
  'progress',
  'fork',
  'debounce_started_at',
  'last_modified_by',
] as const;

const DATE_COLUMNS = new Set<string>([
  'next_run_at',
  'locked_at',
  'last_run_at',
  'last_finished_at',
  'failed_at',
  'start_date',
  'end_date',
  'debounce_started_at',
]);

// Saving a job through Job.save() omits these: they belong to the processor (saveJobState).
const PROCESSOR_FIELDS = [
  ['lockedAt', 'locked_at', true],
  ['lastRunAt', 'last_run_at', true],
  ['lastFinishedAt', 'last_finished_at', true],
  ['failedAt', 'failed_at', true],
  ['failCount', 'fail_count', false],
  ['failReason', 'fail_reason', false],
  ['progress', 'progress', false],
] as const;

const JOB_STATES: readonly JobState[] = ['running', 'scheduled', 'queued', 'completed', 'failed', 'repeating'];
const ID_PATTERN = /^[1-9][0-9]{0,18}$/;
const MAX_UPSERT_ATTEMPTS = 8;
const MAX_TRANSIENT_RETRIES = 4;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Agenda stores `error.message` when the thrown value is an Error of its own realm, and the value
 * itself otherwise (a thrown string, or an Error from another realm such as a jest sandbox or a
 * worker thread): keep a message either way, never an object the driver cannot bind.
 */
function failReasonText(reason: unknown): string | null {
  if (reason === null || reason === undefined) return null;
  if (typeof reason === 'string') return reason;
  const message = (reason as { message?: unknown }).message;
  return typeof message === 'string' ? message : String(reason);
}

function toJobId(id: unknown): JobId {
  return String(id) as JobId;
}

/** Agenda accepts a number of milliseconds as a repeat interval; it is stored as text. */
function readInterval(value: unknown): string | number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The time a trailing debounce may wait until, given when its window opened. */
function trailingRunAt(now: Date, startedAt: Date, debounce: DebounceOptions): Date {
  const next = now.getTime() + debounce.delay;
  return new Date(debounce.maxWait ? Math.min(next, startedAt.getTime() + debounce.maxWait) : next);
}

/**
 * Agenda's `JobRepository` over a TypeORM DataSource, in plain SQL that runs on SQLite and on
 * MySQL/MariaDB. Every statement runs on its own (autocommit): locks are claimed with a conditional
 * UPDATE whose affected-row count says who won, so no transaction spans two round trips.
 */
export class TypeormJobRepository implements JobRepository {
  readonly dialect: Dialect;
  readonly tableName: string;
  private readonly table: string;
  private readonly selectList: string;
  private readonly lockCandidates: number;

  constructor(private readonly options: TypeormJobRepositoryOptions) {
    this.dialect = dialectFor(options.dataSource);
    this.tableName = checkTableName(options.tableName ?? DEFAULT_TABLE_NAME);
    this.table = this.dialect.quote(this.tableName);
    this.selectList = COLUMNS.map((c) => (DATE_COLUMNS.has(c) ? this.dialect.selectDate(c) : this.q(c))).join(', ');
    this.lockCandidates = Math.max(1, Math.floor(options.lockCandidates ?? 5));
  }

  get dataSource(): DataSource {
    return this.options.dataSource;
  }

  /** Checks that the table exists, so a missing migration fails here and not on the first job. */
  async connect(): Promise<void> {
    try {
      await this.run(`SELECT 1 FROM ${this.table} WHERE 1 = 0`);
    } catch (error) {
      throw new Error(
        `agenda-typeorm-backend: cannot read table "${this.tableName}" — run the migration ` +
          `(CreateAgendaJobsSqlite…/CreateAgendaJobsMysql…) or pass ensureSchema: true. Cause: ${(error as Error).message}`,
      );
    }
  }

  /** Creates the table and its indexes when missing (for hosts that do not run migrations). */
  async ensureSchema(): Promise<void> {
    for (const statement of createJobsTableStatements(this.dialect.kind, this.tableName, { ifNotExists: true })) {
      await this.run(statement);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  async getJobById(id: string): Promise<JobParameters | null> {
    if (!ID_PATTERN.test(String(id))) return null;
    const row = await this.selectById(String(id));
    return row ? this.toJob(row) : null;
  }

  async queryJobs(options: JobsQueryOptions = {}): Promise<JobsResult> {
    const { state, includeDisabled = true, sort } = options;
    const skip = Math.max(0, Math.floor(Number(options.skip) || 0));
    const limit = Math.max(0, Math.floor(Number(options.limit) || 0));
    const now = new Date();

    const filter = this.filter({
      id: options.id,
      ids: options.ids,
      name: options.name,
      names: options.names,
      search: options.search,
      data: options.data,
    });
    if (!filter) return { jobs: [], total: 0 };
    if (!includeDisabled) filter.where.push(`${this.q('disabled')} = 0`);
    if (state === 'paused') {
      filter.where.push(`${this.q('disabled')} = 1`);
    } else if (state) {
      if (!JOB_STATES.includes(state)) return { jobs: [], total: 0 };
      filter.where.push(`(${jobStateSql((c) => this.q(c))}) = ?`);
      filter.params.push(this.dialect.date(now), state);
    }

    const where = filter.where.length ? `WHERE ${filter.where.join(' AND ')}` : '';
    const { rows } = await this.run(
      `SELECT ${this.selectList} FROM ${this.table} j ${where} ORDER BY ${this.orderBy(sort)} ${this.dialect.limitOffset(limit, skip)}`,
      filter.params,
    );
    // A short, non-empty page ends the result set; otherwise count it.
    let total = skip + rows.length;
    if (!((limit === 0 || rows.length < limit) && (rows.length > 0 || skip === 0))) {
      const counted = await this.run(`SELECT COUNT(*) AS n FROM ${this.table} ${where}`, filter.params);
      total = Number(counted.rows[0]?.n ?? 0);
    }

    const jobs: JobWithState[] = rows.map((row) => {
      const job = this.toJob(row);
      return { ...job, _id: job._id as JobId, state: jobState(job, now) };
    });
    return { jobs, total };
  }

  async getJobsOverview(): Promise<JobsOverview[]> {
    const state = jobStateSql((c) => this.q(c));
    const { rows } = await this.run(
      `SELECT s.name AS name, s.state AS state, COUNT(*) AS n, SUM(s.disabled) AS paused ` +
        `FROM (SELECT ${this.q('name')} AS name, ${this.q('disabled')} AS disabled, ${state} AS state FROM ${this.table}) s ` +
        `GROUP BY s.name, s.state ORDER BY s.name`,
      [this.dialect.date(new Date())],
    );
    const byName = new Map<string, JobsOverview>();
    for (const row of rows) {
      const name = String(row.name);
      let overview = byName.get(name);
      if (!overview) {
        overview = { name, total: 0, running: 0, scheduled: 0, queued: 0, completed: 0, failed: 0, repeating: 0, paused: 0 };
        byName.set(name, overview);
      }
      const count = Number(row.n);
      overview.total += count;
      overview[row.state as Exclude<keyof JobsOverview, 'name'>] += count;
      overview.paused += Number(row.paused ?? 0);
    }
    return [...byName.values()];
  }

  async getDistinctJobNames(): Promise<string[]> {
    const { rows } = await this.run(`SELECT DISTINCT ${this.q('name')} AS name FROM ${this.table} ORDER BY ${this.q('name')}`);
    return rows.map((row) => String(row.name));
  }

  async getQueueSize(): Promise<number> {
    const { rows } = await this.run(`SELECT COUNT(*) AS n FROM ${this.table} WHERE ${this.q('next_run_at')} < ?`, [
      this.dialect.date(new Date()),
    ]);
    return Number(rows[0]?.n ?? 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Removing, disabling

  async removeJobs(options: RemoveJobsOptions): Promise<number> {
    const filter = this.filter(options);
    if (!filter || filter.where.length === 0) return 0;
    const { affected } = await this.run(`DELETE FROM ${this.table} WHERE ${filter.where.join(' AND ')}`, filter.params);
    return affected;
  }

  async disableJobs(options: RemoveJobsOptions): Promise<number> {
    return this.setDisabled(options, true);
  }

  async enableJobs(options: RemoveJobsOptions): Promise<number> {
    return this.setDisabled(options, false);
  }

  async purgeAllJobs(): Promise<number> {
    const { affected } = await this.run(`DELETE FROM ${this.table}`);
    return affected;
  }

  private async setDisabled(options: RemoveJobsOptions, disabled: boolean): Promise<number> {
    const filter = this.filter(options);
    if (!filter || filter.where.length === 0) return 0;
    // Only rows that change are counted, like MongoDB's modifiedCount.
    filter.where.push(`${this.q('disabled')} <> ?`);
    const { affected } = await this.run(
      `UPDATE ${this.table} SET ${this.q('disabled')} = ? WHERE ${filter.where.join(' AND ')}`,
      [disabled ? 1 : 0, ...filter.params, disabled ? 1 : 0],
    );
    return affected;
  }

  // ---------------------------------------------------------------------------------------------
  // Saving

  async saveJob<DATA = unknown>(
    job: JobParameters<DATA>,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters<DATA>> {
    const { _id, unique, uniqueOpts, ...props } = job;
    const modifiedBy = options?.lastModifiedBy ?? null;

    if (_id) return this.updateById(job, props as JobParameters<DATA>, modifiedBy);
    if (props.type === 'single') return this.upsertSingle(props as JobParameters<DATA>, modifiedBy);
    if (unique) return this.upsertUnique(props as JobParameters<DATA>, unique, uniqueOpts, modifiedBy);

    const values = [...this.userValues(props, modifiedBy), ...this.processorValues(props, true)];
    const id = await this.insert(values, null);
    return { ...(props as JobParameters<DATA>), _id: toJobId(id), lastModifiedBy: modifiedBy ?? undefined };
  }

  async saveJobState(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<void> {
    if (!job._id) throw new Error('Cannot save job state without job ID');
    const d = this.dialect;
    const q = (c: string) => this.q(c);
    // A debounced save that lands after this run locked the job (Agenda locks up to processEvery
    // early) or after it started opens a new debounce window: keep the run it scheduled instead of
    // overwriting it with this run's next run. next_run_at is assigned first because MySQL evaluates
    // SET left to right with the new values (locked_at becomes NULL at the end of a run).
    const { affected } = await this.run(
      `UPDATE ${this.table} SET ` +
        `${q('next_run_at')} = CASE WHEN ${q('debounce_started_at')} > ${q('locked_at')} OR ${q('debounce_started_at')} > ? ` +
        `THEN ${q('next_run_at')} ELSE ? END, ${q('locked_at')} = ?, ` +
        `${q('last_run_at')} = ?, ${q('progress')} = ?, ${q('fail_reason')} = ?, ${q('fail_count')} = ?, ` +
        `${q('failed_at')} = ?, ${q('last_finished_at')} = ?, ${q('last_modified_by')} = ? ` +
        `WHERE ${q('id')} = ? AND ${q('name')} = ?`,
      [
        d.date(job.lastRunAt),
        d.date(job.nextRunAt),
        d.date(job.lockedAt),
        d.date(job.lastRunAt),
        job.progress ?? null,
        failReasonText(job.failReason),
        job.failCount ?? null,
        d.date(job.failedAt),
        d.date(job.lastFinishedAt),
        options?.lastModifiedBy ?? null,
        String(job._id),
        job.name,
      ],
    );
    if (affected !== 1) {
      throw new Error(`job ${job._id} (name: ${job.name}) cannot be updated in the database, maybe it does not exist anymore?`);
    }
  }

  private async updateById<DATA>(job: JobParameters<DATA>, props: JobParameters<DATA>, modifiedBy: string | null) {
    const id = String(job._id);
    if (!ID_PATTERN.test(id)) return job;
    const values = [...this.userValues(props, modifiedBy), ...this.processorValues(props, false)];
    const { affected } = await this.run(
      `UPDATE ${this.table} SET ${values.map(([c]) => `${this.q(c)} = ?`).join(', ')} WHERE ${this.q('id')} = ? AND ${this.q('name')} = ?`,
      [...values.map(([, v]) => v), id, props.name],
    );
    if (affected === 0) return job; // removed meanwhile: like MongoDB, hand the job back unchanged
    const row = await this.selectById(id);
    return row ? (this.toJob(row) as JobParameters<DATA>) : job;
  }

  /** `agenda.every()`: one row per name, updated in place; a due nextRunAt does not reset the schedule. */
  private async upsertSingle<DATA>(props: JobParameters<DATA>, modifiedBy: string | null) {
    const key = singleKeyFor(props.name);
    const protectNextRunAt = !!props.nextRunAt && props.nextRunAt <= new Date();
    for (let attempt = 0; attempt < MAX_UPSERT_ATTEMPTS; attempt++) {
      const existing = await this.selectIdByUniqueKey(key);
      if (!existing) {
        const id = await this.insertUnlessDuplicate(
          [...this.userValues(props, modifiedBy), ...this.processorValues(props, true)],
          key,
        );
        if (id) return { ...props, _id: toJobId(id), lastModifiedBy: modifiedBy ?? undefined };
        continue;
      }
      const values = [...this.userValues(props, modifiedBy), ...this.processorValues(props, false)];
      const assignments = values.map(([c]) =>
        c === 'next_run_at' && protectNextRunAt ? `${this.q(c)} = COALESCE(${this.q(c)}, ?)` : `${this.q(c)} = ?`,
      );
      const { affected } = await this.run(
        `UPDATE ${this.table} SET ${assignments.join(', ')} WHERE ${this.q('id')} = ?`,
        [...values.map(([, v]) => v), existing],
      );
      if (affected === 0) continue; // removed between the two statements
      const row = await this.selectById(existing);
      if (row) return this.toJob(row) as JobParameters<DATA>;
    }
    throw new Error(`agenda-typeorm-backend: could not save single job "${props.name}" (concurrent changes)`);
  }

  /** `job.unique(criteria, opts)`, with `insertOnly` and debouncing. */
  private async upsertUnique<DATA>(
    props: JobParameters<DATA>,
    criteria: Record<string, unknown>,
    opts: JobParameters['uniqueOpts'],
    modifiedBy: string | null,
  ) {
    const key = uniqueKeyFor(props.name, criteria);
    const debounce = opts?.debounce;
    for (let attempt = 0; attempt < MAX_UPSERT_ATTEMPTS; attempt++) {
      const now = new Date();
      const existingRow = await this.selectByUniqueKey(key);

      if (!existingRow) {
        const insertProps = { ...props };
        if (debounce) {
          insertProps.debounceStartedAt = now;
          if (debounce.strategy !== 'leading') insertProps.nextRunAt = trailingRunAt(now, now, debounce);
        }
        const id = await this.insertUnlessDuplicate(
          [...this.userValues(insertProps, modifiedBy), ...this.processorValues(insertProps, true)],
          key,
        );
        if (id) return { ...insertProps, _id: toJobId(id), lastModifiedBy: modifiedBy ?? undefined };
        continue;
      }

      const existing = this.toJob(existingRow);
      if (opts?.insertOnly && !debounce) return existing as JobParameters<DATA>;

      const next = { ...props };
      let guard: SqlFragment = { sql: '', params: [] };
      if (debounce) {
        Object.assign(next, this.debounced(existing, props, debounce, now));
        // Optimistic: apply only if nobody moved the schedule since we read it.
        guard = {
          sql: ` AND ${this.q('next_run_at')} ${this.dialect.nullSafeEquals} ? AND ${this.q('debounce_started_at')} ${this.dialect.nullSafeEquals} ?`,
          params: [this.dialect.date(existing.nextRunAt), this.dialect.date(existing.debounceStartedAt)],
        };
      }
      const values = [...this.userValues(next, modifiedBy), ...this.processorValues(next, false)];
      const { affected } = await this.run(
        `UPDATE ${this.table} SET ${values.map(([c]) => `${this.q(c)} = ?`).join(', ')} WHERE ${this.q('id')} = ?${guard.sql}`,
        [...values.map(([, v]) => v), String(existing._id), ...guard.params],
      );
      if (affected === 0) continue;
      const row = await this.selectById(String(existing._id));
      if (row) return this.toJob(row) as JobParameters<DATA>;
    }
    throw new Error(`agenda-typeorm-backend: could not save unique job "${props.name}" (concurrent changes)`);
  }

  /**
   * The schedule of a debounced save onto an existing job. Trailing: a window opens at the first save
   * and closes when the job is locked to run; each save pushes the run to `now + delay`, capped at
   * `opened + maxWait`.
   * Leading: the first save runs at once and later saves within `delay` of it only update the data.
   */
  private debounced(
    existing: JobParameters,
    props: JobParameters,
    debounce: DebounceOptions,
    now: Date,
  ): Pick<JobParameters, 'nextRunAt' | 'debounceStartedAt'> {
    const startedAt = existing.debounceStartedAt;
    if (debounce.strategy === 'leading') {
      if (startedAt && now.getTime() - startedAt.getTime() < debounce.delay) {
        return { nextRunAt: existing.nextRunAt, debounceStartedAt: startedAt };
      }
      return { nextRunAt: props.nextRunAt, debounceStartedAt: now };
    }

    // A locked job is about to run (or running) with the data it was locked with: this save opens a
    // new window, and saveJobState keeps the run it schedules.
    if (existing.lockedAt) return { nextRunAt: trailingRunAt(now, now, debounce), debounceStartedAt: now };
    const ranSinceOpened = !!startedAt && !!existing.lastRunAt && existing.lastRunAt >= startedAt;
    if (startedAt && !ranSinceOpened) {
      if (debounce.maxWait && now.getTime() - startedAt.getTime() >= debounce.maxWait) {
        return { nextRunAt: now, debounceStartedAt: undefined }; // forced run; the next save opens a new window
      }
      return { nextRunAt: trailingRunAt(now, startedAt, debounce), debounceStartedAt: startedAt };
    }
    // A run forced by maxWait that has not started yet stays due.
    if (!startedAt && existing.nextRunAt && existing.nextRunAt <= now && !existing.lockedAt) {
      return { nextRunAt: existing.nextRunAt, debounceStartedAt: undefined };
    }
    return { nextRunAt: trailingRunAt(now, now, debounce), debounceStartedAt: now };
  }

  // ---------------------------------------------------------------------------------------------
  // Locking

  async lockJob(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<JobParameters | undefined> {
    if (!job._id || !ID_PATTERN.test(String(job._id))) return undefined;
    const q = (c: string) => this.q(c);
    return this.claim(
      `${q('id')} = ? AND ${q('name')} = ? AND ${q('locked_at')} IS NULL AND ${q('next_run_at')} ${this.dialect.nullSafeEquals} ? AND ${q('disabled')} = 0`,
      [String(job._id), job.name, this.dialect.date(job.nextRunAt)],
      String(job._id),
      new Date(),
      options,
    );
  }

  /**
   * Claims the next job of a name: due and unlocked (nextRunAt ≤ nextScanAt), or locked before
   * lockDeadline (its worker died or overran lockLifetime), ordered by nextRunAt then priority.
   * Candidates are read first, then claimed one by one with a conditional UPDATE that repeats the
   * lockability test; only the worker whose UPDATE changed the row gets the job.
   */
  async getNextJobToRun(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    const lockTime = now ?? new Date();
    const d = this.dialect;
    const q = (c: string) => this.q(c);
    const lockable = `${q('name')} = ? AND ${q('disabled')} = 0 AND ((${q('locked_at')} IS NULL AND ${q('next_run_at')} <= ?) OR ${q('locked_at')} <= ?)`;
    const lockableParams = [jobName, d.date(nextScanAt), d.date(lockDeadline)];

    for (let round = 0; round < 3; round++) {
      const candidates = await this.lockCandidatesFor(jobName, nextScanAt, lockDeadline);
      if (candidates.length === 0) return undefined;
      for (const id of candidates) {
        const job = await this.claim(`${q('id')} = ? AND ${lockable}`, [id, ...lockableParams], id, lockTime, options);
        if (job) return job;
      }
    }
    return undefined; // lost every race this time; the next poll tries again
  }

  async unlockJob(job: JobParameters): Promise<void> {
    if (!job._id || !ID_PATTERN.test(String(job._id))) return;
    // A one-off job that started running has nextRunAt = null: that lock belongs to the run.
    await this.run(
      `UPDATE ${this.table} SET ${this.q('locked_at')} = NULL WHERE ${this.q('id')} = ? AND ${this.q('next_run_at')} IS NOT NULL`,
      [String(job._id)],
    );
  }

  async unlockJobs(jobIds: (JobId | string)[]): Promise<void> {
    const ids = jobIds.map(String).filter((id) => ID_PATTERN.test(id));
    if (ids.length === 0) return;
    await this.run(
      `UPDATE ${this.table} SET ${this.q('locked_at')} = NULL WHERE ${this.q('id')} IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
  }

  private async lockCandidatesFor(jobName: string, nextScanAt: Date, lockDeadline: Date): Promise<string[]> {
    const d = this.dialect;
    const q = (c: string) => this.q(c);
    const cols = `${q('id')} AS id, ${d.selectDate('next_run_at')}, ${q('priority')} AS priority`;
    // Qualified: on MySQL the select list aliases next_run_at to its CAST text.
    const order = `ORDER BY j.${q('next_run_at')}, j.${q('priority')} DESC, j.${q('id')}`;
    const n = this.lockCandidates;
    // Two index range scans on the lock index instead of one OR that would sort every due row.
    const { rows } = await this.run(
      `SELECT * FROM (SELECT ${cols} FROM ${this.table} j WHERE ${q('name')} = ? AND ${q('disabled')} = 0 AND ${q('locked_at')} <= ? ${order} LIMIT ${n}) expired ` +
        `UNION ALL ` +
        `SELECT * FROM (SELECT ${cols} FROM ${this.table} j WHERE ${q('name')} = ? AND ${q('disabled')} = 0 AND ${q('locked_at')} IS NULL AND ${q('next_run_at')} <= ? ${order} LIMIT ${n}) due`,
      [jobName, d.date(lockDeadline), jobName, d.date(nextScanAt)],
    );
    const sortable = rows.map((row) => ({
      id: String(row.id),
      at: d.readDate(row.next_run_at)?.getTime() ?? -Infinity,
      priority: Number(row.priority),
    }));
    sortable.sort((a, b) => a.at - b.at || b.priority - a.priority || Number(a.id) - Number(b.id));
    return sortable.map((c) => c.id);
  }

  /** One conditional UPDATE that sets the lock; the job is ours only if it changed the row. */
  private async claim(
    where: string,
    params: unknown[],
    id: string,
    lockTime: Date,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    const set = `SET ${this.q('locked_at')} = ?, ${this.q('last_modified_by')} = ?`;
    const setParams = [this.dialect.date(lockTime), options?.lastModifiedBy ?? null];
    if (this.dialect.updateReturning) {
      const { rows } = await this.run(`UPDATE ${this.table} ${set} WHERE ${where} RETURNING ${this.selectList}`, [
        ...setParams,
        ...params,
      ]);
      return rows.length === 1 ? this.toJob(rows[0]) : undefined;
    }
    const { affected } = await this.run(`UPDATE ${this.table} ${set} WHERE ${where}`, [...setParams, ...params]);
    if (affected !== 1) return undefined;
    const row = await this.selectById(id);
    return row ? this.toJob(row) : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private q(identifier: string): string {
    return this.dialect.quote(identifier);
  }

  /** Runs one statement on its own connection turn; retries deadlocks and busy errors. */
  private async run(sql: string, params: unknown[] = []): Promise<{ rows: Row[]; affected: number; raw: unknown }> {
    for (let attempt = 1; ; attempt++) {
      const runner = this.options.dataSource.createQueryRunner();
      try {
        const result = await runner.query(sql, params, true);
        return { rows: (result.records ?? []) as Row[], affected: result.affected ?? 0, raw: result.raw };
      } catch (error) {
        if (attempt >= MAX_TRANSIENT_RETRIES || !this.dialect.isTransient(error)) throw error;
        await delay(5 * attempt + Math.random() * 10);
      } finally {
        await runner.release();
      }
    }
  }

  private async selectById(id: string): Promise<Row | undefined> {
    const { rows } = await this.run(`SELECT ${this.selectList} FROM ${this.table} WHERE ${this.q('id')} = ?`, [id]);
    return rows[0];
  }

  private async selectByUniqueKey(key: string): Promise<Row | undefined> {
    const { rows } = await this.run(`SELECT ${this.selectList} FROM ${this.table} WHERE ${this.q('unique_key')} = ?`, [key]);
    return rows[0];
  }

  private async selectIdByUniqueKey(key: string): Promise<string | undefined> {
    const { rows } = await this.run(`SELECT ${this.q('id')} AS id FROM ${this.table} WHERE ${this.q('unique_key')} = ?`, [key]);
    return rows[0] ? String(rows[0].id) : undefined;
  }

  private async insert(values: ColumnValue[], uniqueKey: string | null): Promise<string> {
    const all: ColumnValue[] = [...values, ['unique_key', uniqueKey]];
    const { raw } = await this.run(
      `INSERT INTO ${this.table} (${all.map(([c]) => this.q(c)).join(', ')}) VALUES (${all.map(() => '?').join(', ')})`,
      all.map(([, v]) => v),
    );
    // better-sqlite3 reports lastInsertRowid, mysql2 a result header with insertId.
    const id = this.dialect.kind === 'sqlite' ? raw : (raw as { insertId?: unknown }).insertId;
    return String(id);
  }

  /** Inserts a row with a unique_key, or returns undefined when another writer inserted it first. */
  private async insertUnlessDuplicate(values: ColumnValue[], uniqueKey: string): Promise<string | undefined> {
    try {
      return await this.insert(values, uniqueKey);
    } catch (error) {
      if (this.dialect.isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /** Columns a user's save owns (everything but the processor's fields). */
  private userValues(p: JobParameters, modifiedBy: string | null): ColumnValue[] {
    const d = this.dialect;
    return [
      ['name', p.name],
      ['priority', Math.trunc(Number(p.priority) || 0)],
      ['type', p.type ?? 'normal'],
      ['next_run_at', d.date(p.nextRunAt)],
      ['repeat_interval', p.repeatInterval ? String(p.repeatInterval) : null],
      ['repeat_timezone', p.repeatTimezone ?? null],
      ['repeat_at', p.repeatAt ?? null],
      ['start_date', d.date(p.startDate)],
      ['end_date', d.date(p.endDate)],
      ['skip_days', p.skipDays ? JSON.stringify(p.skipDays) : null],
      ['data', p.data === undefined ? null : JSON.stringify(p.data)],
      ['disabled', p.disabled ? 1 : 0],
      ['fork', p.fork ? 1 : 0],
      ['debounce_started_at', d.date(p.debounceStartedAt)],
      ['last_modified_by', modifiedBy],
    ];
  }

  /**
   * The processor's columns: all of them on insert; on update only those the caller set, so a
   * `job.save()` (which leaves them out) never clears a lock or a fail count.
   */
  private processorValues(p: JobParameters, forInsert: boolean): ColumnValue[] {
    const values: ColumnValue[] = [];
    for (const [field, column, isDate] of PROCESSOR_FIELDS) {
      const value = (p as unknown as Record<string, unknown>)[field];
      if (value === undefined && !forInsert) continue;
      const stored = isDate
        ? this.dialect.date(value as Date | null | undefined)
        : field === 'failReason'
          ? failReasonText(value)
          : (value ?? null);
      values.push([column, stored]);
    }
    return values;
  }

  private toJob(row: Row): JobParameters {
    const d = this.dialect;
    const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
    const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
    return {
      _id: toJobId(row.id),
      name: String(row.name),
      priority: Number(row.priority),
      nextRunAt: d.readDate(row.next_run_at) ?? null,
      type: row.type === 'single' ? 'single' : 'normal',
      lockedAt: d.readDate(row.locked_at),
      lastRunAt: d.readDate(row.last_run_at),
      lastFinishedAt: d.readDate(row.last_finished_at),
      failedAt: d.readDate(row.failed_at),
      failCount: num(row.fail_count),
      failReason: text(row.fail_reason),
      repeatInterval: readInterval(row.repeat_interval),
      repeatTimezone: text(row.repeat_timezone),
      repeatAt: text(row.repeat_at),
      startDate: d.readDate(row.start_date),
      endDate: d.readDate(row.end_date),
      skipDays: row.skip_days === null || row.skip_days === undefined ? undefined : JSON.parse(String(row.skip_days)),
      data: row.data === null || row.data === undefined ? undefined : JSON.parse(String(row.data)),
      disabled: Number(row.disabled) === 1,
      progress: num(row.progress),
      fork: Number(row.fork) === 1 ? true : undefined,
      debounceStartedAt: d.readDate(row.debounce_started_at),
      lastModifiedBy: text(row.last_modified_by),
    };
  }

  private orderBy(sort: JobsSort | undefined): string {
    // Qualified: on MySQL the select list aliases date columns to their CAST text.
    const q = (c: string) => `j.${this.q(c)}`;
    const dir = (v: string | undefined) => (v === 'asc' ? 'ASC' : 'DESC');
    const parts: string[] = [];
    if (sort) {
      // MongoDB's order of precedence, which is what dashboards were written against.
      if (sort.nextRunAt) parts.push(`${q('next_run_at')} ${dir(sort.nextRunAt)}`);
      if (sort.lastRunAt) parts.push(`${q('last_run_at')} ${dir(sort.lastRunAt)}`);
      if (sort.lastFinishedAt) parts.push(`${q('last_finished_at')} ${dir(sort.lastFinishedAt)}`);
      if (sort.priority) parts.push(`${q('priority')} ${dir(sort.priority)}`);
      if (sort.name) parts.push(`${q('name')} ${dir(sort.name)}`);
      if (sort.data) parts.push(`${q('data')} ${dir(sort.data)}`);
    }
    if (parts.length === 0) parts.push(`${q('next_run_at')} DESC`, `${q('last_run_at')} DESC`);
    parts.push(`${q('id')} ASC`); // stable pages
    return parts.join(', ');
  }

  /**
   * WHERE conditions for the options queries and bulk operations share. Returns null when the
   * options can match nothing (an id that cannot exist), so callers skip the query.
   */
  private filter(options: {
    id?: unknown;
    ids?: unknown[];
    name?: unknown;
    names?: unknown[];
    notNames?: unknown[];
    search?: unknown;
    data?: unknown;
  }): { where: string[]; params: unknown[] } | null {
    const where: string[] = [];
    const params: unknown[] = [];
    const q = (c: string) => this.q(c);
    const inList = (values: unknown[]) => values.map(() => '?').join(', ');

    if (options.id !== undefined && options.id !== null && options.id !== '') {
      const id = String(options.id);
      if (!ID_PATTERN.test(id)) return null;
      where.push(`${q('id')} = ?`);
      params.push(id);
    } else if (Array.isArray(options.ids) && options.ids.length > 0) {
      const ids = options.ids.map(String).filter((id) => ID_PATTERN.test(id));
      if (ids.length === 0) return null;
      where.push(`${q('id')} IN (${inList(ids)})`);
      params.push(...ids);
    }

    if (typeof options.name === 'string' && options.name) {
      where.push(`${q('name')} = ?`);
      params.push(options.name);
    } else if (Array.isArray(options.names) && options.names.length > 0) {
      const names = options.names.filter((n): n is string => typeof n === 'string');
      if (names.length > 0) {
        where.push(`${q('name')} IN (${inList(names)})`);
        params.push(...names);
      }
    } else if (Array.isArray(options.notNames) && options.notNames.length > 0) {
      const names = options.notNames.filter((n): n is string => typeof n === 'string');
      if (names.length > 0) {
        where.push(`${q('name')} NOT IN (${inList(names)})`);
        params.push(...names);
      }
    }

    if (typeof options.search === 'string' && options.search) {
      where.push(`LOWER(${q('name')}) LIKE ? ESCAPE '!'`);
      params.push(`%${options.search.toLowerCase().replace(/[!%_]/g, '!$&')}%`);
    }

    if (options.data !== undefined) {
      if (isPlainObject(options.data)) {
        for (const [keys, value] of flatten(options.data)) {
          const condition = this.dialect.jsonEquals('data', jsonPath(keys), value instanceof Date ? value.toISOString() : value);
          where.push(condition.sql);
          params.push(...condition.params);
        }
      } else {
        where.push(`${q('data')} ${this.dialect.nullSafeEquals} ?`);
        params.push(JSON.stringify(options.data));
      }
    }
    return { where, params };
  }
}

/** `{ a: { b: 1 } }` → `[[['a', 'b'], 1]]`: partial matching on nested data, as MongoDB's dot paths do. */
function flatten(value: Record<string, unknown>, prefix: string[] = []): [string[], unknown][] {
  const out: [string[], unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (isPlainObject(child) && Object.keys(child).length > 0) out.push(...flatten(child, [...prefix, key]));
    else out.push([[...prefix, key], child]);
  }
  return out;
}
