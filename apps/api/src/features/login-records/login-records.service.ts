import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { LoginEnvironment, LoginFailureReason, LoginResult } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { fromSqlTime, indexHint, isMariadb, isUniqueViolation, sqlTime } from '../../core/database/sql-dialect';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { ipRangeHex, ipToHex, normalizeIp } from '../../core/net/ip';
import { startOfDayMonthsAgo } from '../../core/time/zoned-time';
import { Employee } from '../employees/employee.entity';
import type { LoginEventInput } from './login-event.input';
import type { LoginRecordFilter } from './login-record-filter';
import { LoginRecord, type LoginReviewStatus, type SuspiciousReason } from './login-record.entity';
import { DEFAULT_LOGIN_RULE_SETTINGS, LoginRuleSettings, type LoginRuleSettingsInput } from './login-rule-settings.entity';
import { HISTORY_DEPTH, type LoginFacts, evaluateSuspiciousRules } from './suspicious-rules';

/** Records are kept, and searchable, for three months (R12, R13). */
export const RETENTION_MONTHS = 3;
export const MAX_EVENTS_PER_CALL = 1000;
export const MAX_PAGE_SIZE = 200;
/** Counts are exact up to this many; beyond, the API says "10,000+" (exact counts over millions of rows are too slow to show). */
export const COUNT_CAP = 10_000;
/** A name filter resolves to at most this many employees; a vaguer one asks the admin to narrow it. */
const MAX_NAME_MATCHES = 5_000;
/** The rules look this far back; a burst window is at most a day, and 30 days hold the last 20 logins of anyone who logs in. */
const RULE_HISTORY_DAYS = 30;
/** Rows per INSERT: SQLite allows 32,766 bound parameters per statement; 17 columns × 500 stays well below. */
const INSERT_CHUNK = 500;
/** Rows per INSERT statement: 15 parameters × 1,000 stays below SQLite's 32,766, and a whole batch is one statement. */
const INSERT_ROWS = 1000;
/** Employees per history statement: SQLite allows at most 500 terms in a compound SELECT. */
const HISTORY_QUERY_EMPLOYEES = 200;
/** Rows per keyset read of a download: small, so rows die young (see `iterate`). */
const DOWNLOAD_CHUNK_ROWS = 200;

interface NormalizedEvent {
  occurredAt: Date;
  employeeId: string | null;
  employeeName: string | null;
  loginId: string;
  result: LoginResult;
  failureReason: LoginFailureReason | null;
  environment: LoginEnvironment;
  ip: string;
  ipHex: string;
  country: string | null;
  userAgent: string | null;
  sourceEventId: string | null;
}

export interface LoginAttempt {
  employeeId: string | null;
  employeeName: string | null;
  loginId: string;
  result: LoginResult;
  failureReason?: LoginFailureReason | null;
  environment: LoginEnvironment;
  ip: string;
  userAgent?: string | null;
}

export interface IngestResult {
  received: number;
  stored: number;
  duplicates: number;
  flagged: number;
}

/** The columns a download reads: plain rows, no entity behind them. */
const ROW_COLUMNS = [
  'id',
  'occurredAt',
  'employeeName',
  'loginId',
  'result',
  'failureReason',
  'environment',
  'ip',
  'country',
  'userAgent',
  'suspicious',
  'suspiciousReasons',
  'reviewStatus',
] as const satisfies ReadonlyArray<keyof LoginRecord>;
export type LoginRecordRow = Pick<LoginRecord, (typeof ROW_COLUMNS)[number]>;

export interface LoginRecordPage {
  records: LoginRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
}

interface ResolvedFilter {
  from: Date;
  to: Date | null;
  /** null: no name filter; []: a name filter that matched nobody. */
  employeeIds: string[] | null;
  environments: LoginEnvironment[] | null;
  results: LoginResult[] | null;
  suspiciousOnly: boolean;
  ipRange: { lo: string; hi: string } | null;
}

/** Login records: ingest with the suspicious-login rules (R10, R11, R14), search (R13), review, retention (R12). */
export class LoginRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  // ── ingest ──────────────────────────────────────────────────────────────────────────────────

  /**
   * Stores a batch from the identity system, all or nothing. A bad event fails the whole call with
   * its index and field; events already stored (same source event id) are skipped, so a replayed
   * batch stores nothing twice.
   */
  async ingest(companyId: string, inputs: readonly LoginEventInput[]): Promise<IngestResult> {
    if (inputs.length === 0) throw new BadUserInputError('Send at least one event.', { field: 'events' });
    if (inputs.length > MAX_EVENTS_PER_CALL) {
      throw new BadUserInputError(`Send at most ${MAX_EVENTS_PER_CALL} events per call (got ${inputs.length}).`, { field: 'events' });
    }
    const events = await this.validateEvents(companyId, inputs);
    // Two concurrent replays of one batch can both pass the duplicate check; the unique index
    // stops the second, which then retries and finds everything stored.
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((manager) => this.storeNew(manager, companyId, events));
      } catch (error) {
        if (attempt === 0 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  /** Warden's own sign-ins take the same path (and the same rules) as the identity system's events. */
  async record(companyId: string, attempt: LoginAttempt): Promise<LoginRecord> {
    const ip = normalizeIp(attempt.ip);
    const event: NormalizedEvent = {
      occurredAt: this.clock.now(),
      employeeId: attempt.employeeId,
      employeeName: attempt.employeeName,
      loginId: attempt.loginId,
      result: attempt.result,
      failureReason: attempt.result === LoginResult.FAILURE ? (attempt.failureReason ?? LoginFailureReason.OTHER) : null,
      environment: attempt.environment,
      ip,
      // Unparseable client addresses (a misconfigured proxy) still get a sortable value.
      ipHex: ipToHex(ip) ?? '0'.repeat(32),
      country: null,
      userAgent: attempt.userAgent?.slice(0, 512) ?? null,
      sourceEventId: null,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.storeNew(manager, companyId, [event]);
      return manager.getRepository(LoginRecord).findOneOrFail({
        where: { companyId, loginId: event.loginId },
        order: { id: 'DESC' },
      });
    });
  }

  private async validateEvents(companyId: string, inputs: readonly LoginEventInput[]): Promise<NormalizedEvent[]> {
    const now = this.clock.now();
    const oldest = new Date(now.getTime() - 95 * 86_400_000);
    const newest = new Date(now.getTime() + 5 * 60_000);
    const fail = (index: number, field: string, message: string): never => {
      throw new BadUserInputError(`events[${index}].${field}: ${message}`, { index, field });
    };

    const byId = new Set<string>();
    const byLogin = new Set<string>();
    inputs.forEach((input, index) => {
      const sourceEventId = input.sourceEventId?.trim();
      if (!sourceEventId || sourceEventId.length > 100) fail(index, 'sourceEventId', 'give the source event id (1 to 100 characters)');
      if (!(input.occurredAt instanceof Date) || Number.isNaN(input.occurredAt.getTime())) fail(index, 'occurredAt', 'not a valid time');
      if (input.occurredAt < oldest) fail(index, 'occurredAt', 'older than the 3-month retention period');
      if (input.occurredAt > newest) fail(index, 'occurredAt', 'in the future');
      const hasId = Boolean(input.employeeId?.trim());
      const hasLogin = Boolean(input.loginId?.trim());
      if (hasId === hasLogin) fail(index, hasId ? 'loginId' : 'employeeId', 'give exactly one of employeeId and loginId');
      if (hasId) byId.add(input.employeeId!.trim());
      else {
        if (input.loginId!.trim().length > 190) fail(index, 'loginId', 'at most 190 characters');
        byLogin.add(input.loginId!.trim());
      }
      if (input.result === LoginResult.FAILURE && !input.failureReason) fail(index, 'failureReason', 'required when result is FAILURE');
      if (input.result === LoginResult.SUCCESS && input.failureReason) fail(index, 'failureReason', 'only for FAILURE results');
      if (!ipToHex(input.ip ?? '')) fail(index, 'ip', `"${String(input.ip).slice(0, 64)}" is not an IPv4 or IPv6 address`);
      if (input.country != null && !/^[A-Z]{2}$/.test(input.country)) fail(index, 'country', 'use an ISO 3166-1 alpha-2 code such as KR');
      if (input.userAgent != null && input.userAgent.length > 2048) fail(index, 'userAgent', 'at most 2,048 characters');
    });

    const employees = await this.findEmployees(companyId, [...byId], [...byLogin]);
    return inputs.map((input, index) => {
      const employee = input.employeeId?.trim()
        ? employees.byId.get(input.employeeId.trim())
        : employees.byLogin.get(input.loginId!.trim());
      const unknownAccount = input.result === LoginResult.FAILURE && input.failureReason === LoginFailureReason.UNKNOWN_ACCOUNT;
      if (!employee && !(unknownAccount && input.loginId)) {
        fail(
          index,
          input.employeeId ? 'employeeId' : 'loginId',
          `no employee ${input.employeeId ? `with id ${input.employeeId}` : `with login id ${input.loginId}`} in your company` +
            (input.loginId ? ' (use failureReason UNKNOWN_ACCOUNT for attempts on accounts that do not exist)' : ''),
        );
      }
      const ip = normalizeIp(input.ip);
      return {
        occurredAt: input.occurredAt,
        employeeId: employee?.id ?? null,
        employeeName: employee?.name ?? null,
        loginId: employee?.loginId ?? input.loginId!.trim(),
        result: input.result,
        failureReason: input.failureReason ?? null,
        environment: input.environment,
        ip,
        ipHex: ipToHex(ip)!,
        country: input.country ?? null,
        userAgent: input.userAgent?.slice(0, 512) ?? null,
        sourceEventId: input.sourceEventId.trim(),
      };
    });
  }

  private async findEmployees(companyId: string, ids: string[], loginIds: string[]) {
    type Found = Pick<Employee, 'id' | 'name' | 'loginId'>;
    const byId = new Map<string, Found>();
    const byLogin = new Map<string, Found>();
    // Plain rows: a batch names up to 1,000 employees and only these three columns are used.
    const read = async (column: 'id' | 'loginId', values: string[]) => {
      const found: Found[] = [];
      for (const chunk of chunks(values, INSERT_CHUNK)) {
        found.push(
          ...(await this.dataSource
            .getRepository(Employee)
            .createQueryBuilder('e')
            .select(['e.id AS id', 'e.name AS name', 'e.loginId AS loginId'])
            .where('e.companyId = :companyId', { companyId })
            .andWhere(`e.${column} IN (:...chunk)`, { chunk })
            .getRawMany<Found>()),
        );
      }
      return found;
    };
    for (const employee of await read('id', ids)) byId.set(employee.id, employee);
    for (const employee of await read('loginId', loginIds)) byLogin.set(employee.loginId, employee);
    return { byId, byLogin };
  }

  /** Inserts the events not stored yet, each flagged by the rules against the employee's history. */
  private async storeNew(manager: EntityManager, companyId: string, events: NormalizedEvent[]): Promise<IngestResult> {
    const existing = new Set<string>();
    const sourceIds = events.map((event) => event.sourceEventId).filter((id): id is string => id !== null);
    for (const chunk of chunks(sourceIds, INSERT_CHUNK)) {
      const rows = await manager
        .getRepository(LoginRecord)
        .createQueryBuilder('r')
        .select('r.sourceEventId', 'sourceEventId')
        .where('r.companyId = :companyId', { companyId })
        .andWhere('r.sourceEventId IN (:...chunk)', { chunk })
        .getRawMany<{ sourceEventId: string }>();
      for (const row of rows) existing.add(row.sourceEventId);
    }
    const fresh: NormalizedEvent[] = [];
    for (const event of events) {
      if (event.sourceEventId !== null) {
        if (existing.has(event.sourceEventId)) continue;
        existing.add(event.sourceEventId);
      }
      fresh.push(event);
    }

    const settings = await this.settings(companyId, manager);
    const unflagged = { suspicious: false, suspiciousReasons: null };
    let reasonsByEvent: SuspiciousReason[][];
    if (isMariadb(this.dataSource) && fresh.every((event) => event.sourceEventId !== null)) {
      // The rules read committed history on pooled connections, which cannot see this transaction's
      // rows: the INSERT and the reads run at once (MariaDB works on both in parallel), then the
      // few flagged rows are updated by their source event id.
      [reasonsByEvent] = await Promise.all([
        this.evaluateRules(this.dataSource.manager, companyId, fresh, settings),
        this.insertRows(manager, companyId, fresh.map((event) => ({ ...event, ...unflagged }))),
      ]);
      for (const [index, reasons] of reasonsByEvent.entries()) {
        if (reasons.length === 0) continue;
        await manager.query('UPDATE login_records SET suspicious = 1, suspicious_reasons = ? WHERE company_id = ? AND source_event_id = ?', [
          JSON.stringify(reasons),
          companyId,
          fresh[index].sourceEventId,
        ]);
      }
    } else {
      // SQLite has one connection: the reads would see the batch's own rows, so they come first.
      reasonsByEvent = await this.evaluateRules(manager, companyId, fresh, settings);
      await this.insertRows(
        manager,
        companyId,
        fresh.map((event, index) => {
          const reasons = reasonsByEvent[index];
          return { ...event, suspicious: reasons.length > 0, suspiciousReasons: reasons.length > 0 ? reasons : null };
        }),
      );
    }
    return {
      received: events.length,
      stored: fresh.length,
      duplicates: events.length - fresh.length,
      flagged: reasonsByEvent.filter((reasons) => reasons.length > 0).length,
    };
  }

  /**
   * A plain multi-row INSERT: TypeORM's insert builder spent more time building the statement
   * (per-value metadata lookups) than the database spent storing it.
   */
  private async insertRows(
    manager: EntityManager,
    companyId: string,
    rows: Array<NormalizedEvent & { suspicious: boolean; suspiciousReasons: SuspiciousReason[] | null }>,
  ): Promise<void> {
    for (const chunk of chunks(rows, INSERT_ROWS)) {
      const parameters: unknown[] = [];
      for (const row of chunk) {
        parameters.push(
          companyId,
          sqlTime(this.dataSource, row.occurredAt),
          row.employeeId,
          row.employeeName,
          row.loginId,
          row.result,
          row.failureReason,
          row.environment,
          row.ip,
          row.ipHex,
          row.country,
          row.userAgent,
          row.sourceEventId,
          row.suspicious ? 1 : 0,
          row.suspiciousReasons ? JSON.stringify(row.suspiciousReasons) : null,
        );
      }
      await manager.query(`${INSERT_SQL} ${chunk.map(() => INSERT_ROW).join(', ')}`, parameters);
    }
  }

  private async evaluateRules(
    manager: EntityManager,
    companyId: string,
    events: NormalizedEvent[],
    settings: LoginRuleSettings,
  ): Promise<SuspiciousReason[][]> {
    const reasons: SuspiciousReason[][] = events.map(() => []);
    const candidates = events.filter((event) => event.employeeId && event.result === LoginResult.SUCCESS);
    if (candidates.length === 0) return reasons;

    // History is needed only for employees with a success in this batch (failures are never flagged).
    const spans = new Map<string, { earliest: number; latest: number; withCountry: boolean }>();
    for (const event of candidates) {
      const at = event.occurredAt.getTime();
      const span = spans.get(event.employeeId!) ?? { earliest: at, latest: at, withCountry: false };
      span.earliest = Math.min(span.earliest, at);
      span.latest = Math.max(span.latest, at);
      span.withCountry ||= event.country !== null;
      spans.set(event.employeeId!, span);
    }
    const history = new Map<string, LoginFacts[]>();
    const seen = new Set<string>();
    const add = (rows: Map<string, Array<LoginFacts & { id: string }>>) => {
      for (const [employeeId, list] of rows) {
        for (const row of list) {
          if (seen.has(row.id)) continue;
          seen.add(row.id);
          push(history, employeeId, row);
        }
      }
    };
    // The failure-burst rule looks only inside its window: one read of every attempt of these
    // employees in the batch's time span widened by the window (a few rows each, one statement).
    const spanStart = Math.min(...[...spans.values()].map((span) => span.earliest)) - settings.failureBurstWindowMinutes * 60_000;
    const spanEnd = Math.max(...[...spans.values()].map((span) => span.latest));
    // The country rules look at the last logins, however old: only for logins that have a country.
    const countryRules = settings.newCountryEnabled || settings.impossibleTravelEnabled;
    const deep = countryRules ? [...spans].filter(([, span]) => span.withCountry) : [];
    // Both reads at once (on MariaDB the country reads use pooled connections).
    const [burst, fetched] = await Promise.all([
      settings.failureBurstEnabled ? this.attemptsBetween(manager, companyId, [...spans.keys()], new Date(spanStart), new Date(spanEnd)) : null,
      deep.length > 0
        ? this.recentAttempts(
            companyId,
            deep.map(([employeeId, span]) => ({ employeeId, before: new Date(span.latest), limit: HISTORY_DEPTH })),
            manager,
          )
        : null,
    ]);
    if (burst) add(burst);
    if (fetched) {
      add(fetched);
      // The HISTORY_DEPTH attempts before an employee's latest event in the batch also precede its
      // earlier events, unless stored attempts lie between them (a late, out-of-order batch): then
      // the earlier events need the attempts before the earliest one too.
      const deeper = deep
        .filter(([employeeId, span]) => {
          const rows = fetched.get(employeeId) ?? [];
          return rows.length === HISTORY_DEPTH && rows[rows.length - 1].occurredAt.getTime() >= span.earliest;
        })
        .map(([employeeId, span]) => ({ employeeId, before: new Date(span.earliest), limit: HISTORY_DEPTH }));
      if (deeper.length > 0) add(await this.recentAttempts(companyId, deeper, manager));
    }
    // Events of the same batch count as history for later ones (a burst often arrives in one batch).
    events.forEach((event) => {
      if (event.employeeId) push(history, event.employeeId, event);
    });
    for (const list of history.values()) list.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());

    events.forEach((event, index) => {
      if (!event.employeeId || event.result !== LoginResult.SUCCESS) return;
      const earlier = history
        .get(event.employeeId)!
        .filter((item) => item !== event && item.occurredAt.getTime() < event.occurredAt.getTime())
        .slice(0, HISTORY_DEPTH);
      reasons[index] = evaluateSuspiciousRules(event, earlier, settings);
    });
    return reasons;
  }

  /** Every attempt of these employees in [from, to), by employee. */
  private async attemptsBetween(
    manager: EntityManager,
    companyId: string,
    employeeIds: string[],
    from: Date,
    to: Date,
  ): Promise<Map<string, Array<LoginFacts & { id: string }>>> {
    const result = new Map<string, Array<LoginFacts & { id: string }>>();
    for (const chunk of chunks(employeeIds, INSERT_CHUNK)) {
      const rows: HistoryRow[] = await manager.query(
        `SELECT id, employee_id, occurred_at, result, country FROM login_records ${indexHint(this.dataSource, INDEX.employee)} ` +
          `WHERE company_id = ? AND employee_id IN (${chunk.map(() => '?').join(', ')}) AND occurred_at >= ? AND occurred_at < ?`,
        [companyId, ...chunk, sqlTime(this.dataSource, from), sqlTime(this.dataSource, to)],
      );
      for (const row of rows) push(result, row.employee_id, historyFacts(row));
    }
    return result;
  }

  /**
   * For each employee, its `limit` latest attempts strictly before `before` and within the rules'
   * look-back, newest first. One bounded index range per employee (company, employee, time): a
   * UNION ALL of per-employee `ORDER BY … LIMIT` reads, so it reads about `limit` index entries per
   * employee however long anyone's history is. On MariaDB the chunks run in parallel on pooled
   * connections (a read outside the ingest transaction: it only decides flags).
   */
  private async recentAttempts(
    companyId: string,
    wanted: Array<{ employeeId: string; before: Date; limit: number }>,
    manager: EntityManager,
  ): Promise<Map<string, Array<LoginFacts & { id: string }>>> {
    const read = async (chunk: typeof wanted, runner: Pick<EntityManager, 'query'>) => {
      const parameters: unknown[] = [];
      const terms = chunk.map(({ employeeId, before, limit }) => {
        const since = new Date(before.getTime() - RULE_HISTORY_DAYS * 86_400_000);
        parameters.push(companyId, employeeId, sqlTime(this.dataSource, since), sqlTime(this.dataSource, before), limit);
        return (
          `SELECT * FROM (SELECT id, employee_id, occurred_at, result, country FROM login_records ${indexHint(this.dataSource, INDEX.employee)} ` +
          'WHERE company_id = ? AND employee_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC, id DESC LIMIT ?) t'
        );
      });
      return (await runner.query(terms.join(' UNION ALL '), parameters)) as HistoryRow[];
    };
    const parts = chunks(wanted, HISTORY_QUERY_EMPLOYEES);
    const rows = isMariadb(this.dataSource)
      ? (await Promise.all(parts.map((part) => read(part, this.dataSource)))).flat()
      : (await sequentially(parts, (part) => read(part, manager))).flat();
    const result = new Map<string, Array<LoginFacts & { id: string }>>();
    for (const row of rows) push(result, row.employee_id, historyFacts(row));
    for (const list of result.values()) list.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
    return result;
  }

  /** Failed attempts of one employee since `since`, for the sign-in lockout. */
  async countFailuresSince(companyId: string, employeeId: string, since: Date): Promise<number> {
    return this.dataSource
      .getRepository(LoginRecord)
      .createQueryBuilder('r')
      .where('r.companyId = :companyId AND r.employeeId = :employeeId', { companyId, employeeId })
      .andWhere('r.occurredAt >= :since AND r.result = :result', { since, result: LoginResult.FAILURE })
      .getCount();
  }

  // ── rule settings ───────────────────────────────────────────────────────────────────────────

  async settings(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<LoginRuleSettings> {
    const stored = await manager.getRepository(LoginRuleSettings).findOneBy({ companyId });
    return stored ?? Object.assign(new LoginRuleSettings(), { companyId, updatedAt: new Date(0), ...DEFAULT_LOGIN_RULE_SETTINGS });
  }

  async updateSettings(companyId: string, input: LoginRuleSettingsInput, manager: EntityManager): Promise<LoginRuleSettings> {
    const current = await this.settings(companyId, manager);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
    const next = Object.assign(new LoginRuleSettings(), current, changes, { companyId, updatedAt: this.clock.now() });
    await manager.getRepository(LoginRuleSettings).save(next);
    return next;
  }

  // ── search ──────────────────────────────────────────────────────────────────────────────────

  /** One page, newest first, by keyset (no OFFSET): `after` is the previous page's `endCursor`. */
  async search(
    company: { id: string; timeZone: string },
    filter: LoginRecordFilter,
    page: { first: number; after?: string | null },
  ): Promise<LoginRecordPage> {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`first must be from 1 to ${MAX_PAGE_SIZE}.`, { field: 'first' });
    }
    const resolved = await this.resolveFilter(company, filter);
    if (resolved.employeeIds?.length === 0) return { records: [], hasNextPage: false, endCursor: null };
    const after = page.after ? decodeCursor(page.after) : null;
    const index = await this.pageIndex(company.id, resolved, after);
    // Deferred join: pick the page's ids from the index, then read only those rows.
    const ids = await this.selectIds(company.id, resolved, index, after, page.first + 1);
    const hasNextPage = ids.length > page.first;
    const records = await this.recordsByIds(ids.slice(0, page.first));
    if (records.length === 0) return { records: [], hasNextPage: false, endCursor: null };
    return { records, hasNextPage, endCursor: encodeCursor(records[records.length - 1]) };
  }

  /** How many records match: exact up to COUNT_CAP, then `capped`. */
  async count(company: { id: string; timeZone: string }, filter: LoginRecordFilter): Promise<{ count: number; capped: boolean }> {
    const resolved = await this.resolveFilter(company, filter);
    if (resolved.employeeIds?.length === 0) return { count: 0, capped: false };
    const inner = this.filteredQuery(company.id, resolved).select('1', 'one').limit(COUNT_CAP + 1);
    const count = await this.countUpTo(inner, countIndex(resolved));
    return count > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count, capped: false };
  }

  /**
   * Every matching record, newest first, in keyset chunks of plain rows (no entity objects: a
   * download reads a million of them): bounded memory for downloads of any size.
   *
   * Peak memory is decided by how long rows live, not by how many there are. A download allocates
   * hundreds of MB/s (mostly exceljs's cell objects), so V8's young generation is collected every
   * ~15 ms; a row still referenced at two of those collections is promoted to the old generation,
   * which then grows towards V8's next limit before a full collection empties it. So: small chunks,
   * each row released as soon as it is handed on, and a read-ahead only where it hides a network
   * round trip (MariaDB; SQLite reads in this thread, so a read-ahead would only double lifetimes).
   * 1,000-row chunks read one ahead peaked at ~245 MB RSS for 1M rows (docs/login-records.md,
   * "Download memory").
   */
  async *iterate(
    company: { id: string; timeZone: string },
    filter: LoginRecordFilter,
    chunkSize = DOWNLOAD_CHUNK_ROWS,
  ): AsyncGenerator<LoginRecordRow> {
    const resolved = await this.resolveFilter(company, filter);
    if (resolved.employeeIds?.length === 0) return;
    const index = await this.pageIndex(company.id, resolved, null);
    const readChunk = (after: Cursor | null): Promise<LoginRecordRow[]> => this.selectRows(company.id, resolved, index, after, chunkSize);
    const readAhead = isMariadb(this.dataSource);
    let next: Promise<LoginRecordRow[]> | null = readChunk(null);
    try {
      while (next) {
        const rows: LoginRecordRow[] = await next;
        const last = rows[rows.length - 1];
        const after: Cursor | null = rows.length < chunkSize ? null : [last.occurredAt, last.id];
        next = after && readAhead ? readChunk(after) : null;
        // Unhandled until awaited: a failure surfaces at the next `await next` (or is dropped on return).
        next?.catch(() => undefined);
        for (let i = 0; i < rows.length; i += 1) {
          const row = rows[i];
          rows[i] = undefined as unknown as LoginRecordRow; // the consumer's reference is the last one
          yield row;
        }
        if (after && !readAhead) next = readChunk(after);
      }
    } finally {
      await next?.catch(() => undefined);
    }
  }

  /** Up to `limit` matching rows after the cursor, newest first, read through `index`, as plain rows. */
  private async selectRows(companyId: string, filter: ResolvedFilter, index: string, after: Cursor | null, limit: number): Promise<LoginRecordRow[]> {
    const query = this.filteredQuery(companyId, filter);
    if (after) keysetBefore(query, after);
    query
      .select(ROW_COLUMNS.map((column) => `r.${column}`))
      .orderBy('r.occurredAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit);
    const [sql, parameters] = query.getQueryAndParameters();
    const raw: Array<Record<string, unknown>> = await this.dataSource.query(this.withIndex(sql, index), parameters);
    return raw.map((row) => ({
      id: String(row.r_id),
      occurredAt: fromSqlTime(row.r_occurred_at as Date | string),
      employeeName: row.r_employee_name as string | null,
      loginId: row.r_login_id as string,
      result: row.r_result as LoginResult,
      failureReason: row.r_failure_reason as LoginFailureReason | null,
      environment: row.r_environment as LoginEnvironment,
      ip: row.r_ip as string,
      country: row.r_country as string | null,
      userAgent: row.r_user_agent as string | null,
      suspicious: row.r_suspicious === true || row.r_suspicious === 1 || row.r_suspicious === '1',
      suspiciousReasons: row.r_suspicious_reasons ? (JSON.parse(row.r_suspicious_reasons as string) as SuspiciousReason[]) : null,
      reviewStatus: row.r_review_status as LoginReviewStatus | null,
    }));
  }

  /**
   * The index a newest-first read uses. MariaDB's optimizer often reads a page through an index that
   * does not give the order (then sorts millions of rows), so the choice is made here and forced:
   * - an equality the index orders by time (exact IP, one employee, flagged only) reads just the page;
   * - a set of employees or a CIDR block is counted on its own index first (at most SPARSE_ROWS
   *   entries): when it matches fewer, its rows are read from that index and sorted; when it
   *   matches more (or names 1,000+ employees), it is dense: a single result or environment is read
   *   through its time-ordered index, anything else through the covering time index, newest first,
   *   every condition checked in the index, and the read stops at the page's last row.
   */
  private async pageIndex(companyId: string, filter: ResolvedFilter, after: Cursor | null): Promise<string> {
    if (filter.ipRange && filter.ipRange.lo === filter.ipRange.hi) return INDEX.ip;
    if (filter.employeeIds?.length === 1) return filter.results?.length === 1 ? INDEX.employeeResult : INDEX.employee;
    if (filter.suspiciousOnly) return INDEX.suspicious;
    let sparse: { index: string; rows: number } | null = null;
    const probes: Array<[string, Partial<ResolvedFilter>]> = [];
    if (filter.employeeIds && filter.employeeIds.length < DENSE_EMPLOYEES) {
      probes.push([INDEX.employeeResult, { employeeIds: filter.employeeIds, results: filter.results, environments: filter.environments }]);
    }
    if (filter.ipRange) probes.push([INDEX.ip, { ipRange: filter.ipRange }]);
    // Failures are a small share of all records and their index holds employee and environment:
    // a dense read there stays short at a tenth of the threshold, and so does the probe.
    const threshold = filter.results?.length === 1 && filter.results[0] === LoginResult.FAILURE ? SPARSE_FAILURE_ROWS : SPARSE_ROWS;
    for (const [index, only] of probes) {
      const probe = this.filteredQuery(companyId, { ...filter, ...NO_CONDITIONS, ...only });
      if (after) keysetBefore(probe, after);
      const rows = await this.countUpTo(probe.select('1', 'one').limit(threshold), index);
      if (rows < threshold && (!sparse || rows < sparse.rows)) sparse = { index, rows };
    }
    if (sparse) return sparse.index;
    if (filter.results?.length === 1) return INDEX.result;
    if (filter.environments?.length === 1) return INDEX.environment;
    return INDEX.time;
  }

  /** The ids of up to `limit` matching records after the cursor, newest first, read through `index`. */
  private async selectIds(companyId: string, filter: ResolvedFilter, index: string, after: Cursor | null, limit: number): Promise<string[]> {
    const query = this.filteredQuery(companyId, filter);
    if (after) keysetBefore(query, after);
    query.select('r.id', 'id').orderBy('r.occurredAt', 'DESC').addOrderBy('r.id', 'DESC').limit(limit);
    const [sql, parameters] = query.getQueryAndParameters();
    const rows: Array<{ id: string | number }> = await this.dataSource.query(this.withIndex(sql, index), parameters);
    return rows.map((row) => String(row.id));
  }

  /** The records with these ids, newest first (a record purged in between is left out). */
  private async recordsByIds(ids: string[]): Promise<LoginRecord[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(LoginRecord)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .orderBy('r.occurredAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
  }

  /** `SELECT COUNT(*)` over a query that has its own LIMIT, read through `index`. */
  private async countUpTo(inner: SelectQueryBuilder<LoginRecord>, index: string): Promise<number> {
    const [sql, parameters] = inner.getQueryAndParameters();
    const rows = await this.dataSource.query(`SELECT COUNT(*) AS n FROM (${this.withIndex(sql, index)}) capped`, parameters);
    return Number(rows[0].n);
  }

  /** Forces the index: `FORCE INDEX` on MariaDB (a mere `USE INDEX` still let it pick the wrong access), `INDEXED BY` on SQLite. */
  private withIndex(sql: string, index: string): string {
    const from = isMariadb(this.dataSource) ? 'FROM `login_records` `r`' : 'FROM "login_records" "r"';
    const at = sql.indexOf(from);
    if (at < 0) throw new Error(`login records: unexpected query shape: ${sql.slice(0, 200)}`);
    const end = at + from.length;
    return `${sql.slice(0, end)} ${indexHint(this.dataSource, index)}${sql.slice(end)}`;
  }

  /** Validates the search window (R13) and turns names and CIDR blocks into what the indexes serve. */
  async resolveFilter(company: { id: string; timeZone: string }, filter: LoginRecordFilter): Promise<ResolvedFilter> {
    const now = this.clock.now();
    const earliest = startOfDayMonthsAgo(now, RETENTION_MONTHS, company.timeZone);
    const from = filter.from ?? earliest;
    if (from < earliest) {
      throw new BadUserInputError(
        `The period may not start before ${earliest.toISOString()} (three months ago in your company’s time zone).`,
        { field: 'from', earliest: earliest.toISOString() },
      );
    }
    if (filter.to && filter.to <= from) throw new BadUserInputError('The period must end after it starts.', { field: 'to' });

    let ipRange: { lo: string; hi: string } | null = null;
    if (filter.ip?.trim()) {
      ipRange = ipRangeHex(filter.ip.trim());
      if (!ipRange) throw new BadUserInputError(`"${filter.ip}" is not an IP address or CIDR block.`, { field: 'ip' });
    }

    let employeeIds: string[] | null = null;
    const name = filter.employee?.trim();
    if (name) {
      // `!` as the LIKE escape: a backslash means different things in MariaDB and SQLite literals.
      const pattern = `%${name.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
      const rows = await this.dataSource
        .getRepository(Employee)
        .createQueryBuilder('e')
        .select('e.id', 'id')
        .where('e.companyId = :companyId', { companyId: company.id })
        .andWhere("(LOWER(e.name) LIKE :pattern ESCAPE '!' OR LOWER(e.loginId) LIKE :pattern ESCAPE '!')", { pattern })
        .limit(MAX_NAME_MATCHES + 1)
        .getRawMany<{ id: string }>();
      if (rows.length > MAX_NAME_MATCHES) {
        throw new BadUserInputError(`More than ${MAX_NAME_MATCHES.toLocaleString('en-US')} employees match "${name}": type more of the name.`, {
          field: 'employee',
        });
      }
      employeeIds = rows.map((row) => row.id);
    }
    return {
      from,
      to: filter.to ?? null,
      employeeIds,
      environments: filter.environments?.length ? filter.environments : null,
      results: filter.results?.length ? filter.results : null,
      suspiciousOnly: Boolean(filter.suspiciousOnly),
      ipRange,
    };
  }

  private filteredQuery(companyId: string, filter: ResolvedFilter): SelectQueryBuilder<LoginRecord> {
    const query = this.dataSource
      .getRepository(LoginRecord)
      .createQueryBuilder('r')
      .where('r.companyId = :companyId', { companyId })
      .andWhere('r.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('r.occurredAt < :to', { to: filter.to });
    if (filter.employeeIds) query.andWhere('r.employeeId IN (:...employeeIds)', { employeeIds: filter.employeeIds });
    if (filter.environments) query.andWhere('r.environment IN (:...environments)', { environments: filter.environments });
    if (filter.results) query.andWhere('r.result IN (:...results)', { results: filter.results });
    if (filter.suspiciousOnly) query.andWhere('r.suspicious = :suspicious', { suspicious: true });
    if (filter.ipRange) query.andWhere('r.ipHex BETWEEN :ipLo AND :ipHi', { ipLo: filter.ipRange.lo, ipHi: filter.ipRange.hi });
    return query;
  }

  // ── review ──────────────────────────────────────────────────────────────────────────────────

  /** An admin's verdict on a flagged record; returns the record as it was before and after. */
  async review(
    companyId: string,
    recordId: string,
    verdict: LoginReviewStatus,
    reviewer: { id: string | null; name: string },
    manager: EntityManager,
  ): Promise<{ before: LoginRecord; after: LoginRecord }> {
    if (!/^\d{1,19}$/.test(recordId)) throw new NotFoundError('The login record');
    const repository = manager.getRepository(LoginRecord);
    const before = await repository.findOneBy({ companyId, id: recordId });
    if (!before) throw new NotFoundError('The login record');
    if (!before.suspicious) throw new BadUserInputError('Only flagged records can be reviewed.', { field: 'id' });
    await repository.update(
      { companyId, id: recordId },
      { reviewStatus: verdict, reviewedAt: this.clock.now(), reviewedById: reviewer.id, reviewedByName: reviewer.name },
    );
    return { before, after: await repository.findOneByOrFail({ companyId, id: recordId }) };
  }

  // ── retention ───────────────────────────────────────────────────────────────────────────────

  /**
   * Deletes records older than three months (R12) in small batches, each its own short
   * transaction, so searches and ingest never wait long on the table. Returns how many it removed.
   */
  async purgeExpired(options: { batchSize?: number; onBatch?: (removed: number) => Promise<void> } = {}): Promise<number> {
    const batchSize = options.batchSize ?? 5000;
    // A day of margin beyond three months: every company, whatever its time zone, keeps its full window.
    const cutoff = new Date(startOfDayMonthsAgo(this.clock.now(), RETENTION_MONTHS, 'UTC').getTime() - 86_400_000);
    const mariadb = isMariadb(this.dataSource);
    let total = 0;
    for (;;) {
      const runner = this.dataSource.createQueryRunner();
      let removed: number;
      try {
        const result = mariadb
          ? await runner.query('DELETE FROM login_records WHERE occurred_at < ? ORDER BY occurred_at LIMIT ?', [cutoff, batchSize], true)
          : await runner.query(
              'DELETE FROM login_records WHERE id IN (SELECT id FROM login_records WHERE occurred_at < ? ORDER BY occurred_at LIMIT ?)',
              [sqlTime(this.dataSource, cutoff), batchSize],
              true,
            );
        removed = Number(result.affected ?? 0);
      } finally {
        await runner.release();
      }
      total += removed;
      if (removed > 0) await options.onBatch?.(removed);
      if (removed < batchSize) return total;
    }
  }
}

const INSERT_SQL =
  'INSERT INTO login_records (company_id, occurred_at, employee_id, employee_name, login_id, result, failure_reason, environment, ' +
  'ip, ip_hex, country, user_agent, source_event_id, suspicious, suspicious_reasons) VALUES';
const INSERT_ROW = `(${Array.from({ length: 15 }, () => '?').join(', ')})`;

/** The login_records indexes the queries choose from (declared in login-record.entity.ts). */
const INDEX = {
  time: 'ix_login_records_company_time',
  employee: 'ix_login_records_company_employee_time',
  employeeResult: 'ix_login_records_company_employee_result',
  result: 'ix_login_records_company_result_time',
  environment: 'ix_login_records_company_environment_time',
  suspicious: 'ix_login_records_company_suspicious_time',
  ip: 'ix_login_records_company_ip',
} as const;

/**
 * A set of employees or a CIDR block matching fewer records than this is read from its own index
 * and sorted; a denser one is found faster by scanning the time index newest first. Around the
 * threshold both cost about the same (a few tens of thousands of index entries).
 */
const SPARSE_ROWS = 10_000;
/**
 * The same for a FAILURE filter (about 5% of records): 1,000 matching failures among 3 months of a
 * 10,000-employee company's failures are found within tens of thousands of entries of the failure
 * index, which holds the employee and the environment.
 */
const SPARSE_FAILURE_ROWS = 1_000;
/** A name matching this many employees matches far more than SPARSE_ROWS records: no need to count first. */
const DENSE_EMPLOYEES = 1_000;

const NO_CONDITIONS: Pick<ResolvedFilter, 'employeeIds' | 'environments' | 'results' | 'suspiciousOnly' | 'ipRange'> = {
  employeeIds: null,
  environments: null,
  results: null,
  suspiciousOnly: false,
  ipRange: null,
};

/**
 * The index a capped count reads: the one whose leading columns narrow the records most, with the
 * other conditions checked in the index where it covers them (the employee/result index holds the
 * environment, the time index every filter column).
 */
function countIndex(filter: ResolvedFilter): string {
  if (filter.ipRange && filter.ipRange.lo === filter.ipRange.hi) return INDEX.ip;
  if (filter.employeeIds) return INDEX.employeeResult;
  if (filter.suspiciousOnly) return INDEX.suspicious;
  if (filter.ipRange) return INDEX.ip;
  if (filter.results?.length === 1) return INDEX.result;
  if (filter.environments && filter.environments.length < Object.keys(LoginEnvironment).length) return INDEX.environment;
  return INDEX.time;
}

type Cursor = [Date, string];

/**
 * Records before the cursor, in a sargable form: MariaDB cannot use an index for the row-value
 * `(a, b) < (x, y)`, and SQLite with bound parameters only bounds the index range by the redundant
 * `occurred_at <= x` (without it, page 200 read every newer entry: 3.6 s at 10M rows).
 */
function keysetBefore(query: SelectQueryBuilder<LoginRecord>, [at, id]: Cursor): void {
  query.andWhere('r.occurredAt <= :cursorAt AND (r.occurredAt < :cursorAt OR r.id < :cursorId)', { cursorAt: at, cursorId: id });
}

/** The login environment of a browser sign-in to Warden, from its user agent. */
export function environmentFromUserAgent(userAgent: string | null): LoginEnvironment {
  if (!userAgent) return LoginEnvironment.OTHER;
  return /Mobi|Android|iPhone|iPad/i.test(userAgent) ? LoginEnvironment.MOBILE_WEB : LoginEnvironment.PC_WEB;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function encodeCursor(record: LoginRecord): string {
  return Buffer.from(JSON.stringify([record.occurredAt.getTime(), String(record.id)])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [number, string];
    if (typeof at !== 'number' || !/^\d{1,19}$/.test(id)) throw new Error('shape');
    return [new Date(at), id];
  } catch {
    throw new BadUserInputError('after is not a cursor this API returned.', { field: 'after' });
  }
}

interface HistoryRow {
  id: string | number;
  employee_id: string;
  occurred_at: Date | string;
  result: LoginResult;
  country: string | null;
}

function historyFacts(row: HistoryRow): LoginFacts & { id: string } {
  return { id: String(row.id), occurredAt: fromSqlTime(row.occurred_at), result: row.result, country: row.country };
}

async function sequentially<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}


