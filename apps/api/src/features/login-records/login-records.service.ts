import { type DataSource, type EntityManager, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { LoginEnvironment, LoginFailureReason, LoginResult } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
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
    const repository = this.dataSource.getRepository(Employee);
    const byId = new Map<string, Employee>();
    const byLogin = new Map<string, Employee>();
    for (const chunk of chunks(ids, INSERT_CHUNK)) {
      const found = await repository.createQueryBuilder('e').where('e.companyId = :companyId', { companyId }).andWhere('e.id IN (:...chunk)', { chunk }).getMany();
      for (const employee of found) byId.set(employee.id, employee);
    }
    for (const chunk of chunks(loginIds, INSERT_CHUNK)) {
      const found = await repository
        .createQueryBuilder('e')
        .where('e.companyId = :companyId', { companyId })
        .andWhere('e.loginId IN (:...chunk)', { chunk })
        .getMany();
      for (const employee of found) byLogin.set(employee.loginId, employee);
    }
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
    const reasonsByEvent = await this.evaluateRules(manager, companyId, fresh, settings);
    const rows = fresh.map((event, index) => {
      const reasons = reasonsByEvent[index];
      return { ...event, companyId, suspicious: reasons.length > 0, suspiciousReasons: reasons.length > 0 ? reasons : null };
    });
    for (const chunk of chunks(rows, INSERT_CHUNK)) {
      await manager.createQueryBuilder().insert().into(LoginRecord).values(chunk).updateEntity(false).execute();
    }
    return {
      received: events.length,
      stored: fresh.length,
      duplicates: events.length - fresh.length,
      flagged: rows.filter((row) => row.suspicious).length,
    };
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

    const employeeIds = [...new Set(events.map((event) => event.employeeId).filter((id): id is string => id !== null))];
    const earliest = Math.min(...events.map((event) => event.occurredAt.getTime()));
    const historyStart = new Date(earliest - RULE_HISTORY_DAYS * 86_400_000);
    const latest = new Date(Math.max(...events.map((event) => event.occurredAt.getTime())));
    const history = new Map<string, LoginFacts[]>();
    for (const chunk of chunks(employeeIds, INSERT_CHUNK)) {
      const rows = await manager
        .getRepository(LoginRecord)
        .createQueryBuilder('r')
        .select(['r.employeeId', 'r.occurredAt', 'r.result', 'r.country'])
        .where('r.companyId = :companyId', { companyId })
        .andWhere('r.employeeId IN (:...chunk)', { chunk })
        .andWhere('r.occurredAt >= :historyStart AND r.occurredAt <= :latest', { historyStart, latest })
        .getMany();
      for (const row of rows) push(history, row.employeeId!, { occurredAt: row.occurredAt, result: row.result, country: row.country });
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
    const query = this.filteredQuery(company.id, resolved);
    if (page.after) {
      const [at, id] = decodeCursor(page.after);
      // Sargable keyset form; MariaDB cannot use an index for the row-value `(a, b) < (x, y)`.
      query.andWhere('(r.occurredAt < :cursorAt OR (r.occurredAt = :cursorAt AND r.id < :cursorId))', { cursorAt: at, cursorId: id });
    }
    // Deferred join: pick the page's ids from the index, then read only those rows.
    const ids = await query
      .select('r.id', 'id')
      .orderBy('r.occurredAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(page.first + 1)
      .getRawMany<{ id: string | number }>();
    const hasNextPage = ids.length > page.first;
    const pageIds = ids.slice(0, page.first).map((row) => String(row.id));
    if (pageIds.length === 0) return { records: [], hasNextPage: false, endCursor: null };
    const records = await this.dataSource
      .getRepository(LoginRecord)
      .createQueryBuilder('r')
      .where('r.id IN (:...pageIds)', { pageIds })
      .orderBy('r.occurredAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
    const last = records[records.length - 1];
    return { records, hasNextPage, endCursor: encodeCursor(last) };
  }

  /** How many records match: exact up to COUNT_CAP, then `capped`. */
  async count(company: { id: string; timeZone: string }, filter: LoginRecordFilter): Promise<{ count: number; capped: boolean }> {
    const resolved = await this.resolveFilter(company, filter);
    if (resolved.employeeIds?.length === 0) return { count: 0, capped: false };
    const inner = this.filteredQuery(company.id, resolved).select('1', 'one').limit(COUNT_CAP + 1);
    const [sql, parameters] = inner.getQueryAndParameters();
    const rows = await this.dataSource.query(`SELECT COUNT(*) AS n FROM (${sql}) capped`, parameters);
    const count = Number(rows[0].n);
    return count > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count, capped: false };
  }

  /** Every matching record, newest first, in keyset chunks: bounded memory for downloads of any size. */
  async *iterate(company: { id: string; timeZone: string }, filter: LoginRecordFilter, chunkSize = 5000): AsyncGenerator<LoginRecord> {
    const resolved = await this.resolveFilter(company, filter);
    if (resolved.employeeIds?.length === 0) return;
    let cursor: LoginRecord | null = null;
    for (;;) {
      const query = this.filteredQuery(company.id, resolved);
      if (cursor) {
        query.andWhere('(r.occurredAt < :cursorAt OR (r.occurredAt = :cursorAt AND r.id < :cursorId))', {
          cursorAt: cursor.occurredAt,
          cursorId: cursor.id,
        });
      }
      const rows: LoginRecord[] = await query.orderBy('r.occurredAt', 'DESC').addOrderBy('r.id', 'DESC').limit(chunkSize).getMany();
      for (const row of rows) yield row;
      if (rows.length < chunkSize) return;
      cursor = rows[rows.length - 1];
    }
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
    const mariadb = this.dataSource.options.type === 'mariadb' || this.dataSource.options.type === 'mysql';
    let total = 0;
    for (;;) {
      const runner = this.dataSource.createQueryRunner();
      let removed: number;
      try {
        const result = mariadb
          ? await runner.query('DELETE FROM login_records WHERE occurred_at < ? ORDER BY occurred_at LIMIT ?', [cutoff, batchSize], true)
          : await runner.query(
              'DELETE FROM login_records WHERE id IN (SELECT id FROM login_records WHERE occurred_at < ? ORDER BY occurred_at LIMIT ?)',
              [sqliteTime(cutoff), batchSize],
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

function decodeCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [number, string];
    if (typeof at !== 'number' || !/^\d{1,19}$/.test(id)) throw new Error('shape');
    return [new Date(at), id];
  } catch {
    throw new BadUserInputError('after is not a cursor this API returned.', { field: 'after' });
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return driverError?.code === 'ER_DUP_ENTRY' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The text form TypeORM stores datetime columns in on SQLite (UTC). */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

