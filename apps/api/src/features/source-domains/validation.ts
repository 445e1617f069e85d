import type { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { BadUserInputError } from '../../core/graphql/errors';
import { isMariadb, isUniqueViolation } from '../../core/database/sql-dialect';

// C0/C1 controls other than tab and newline have no place in names and titles (they corrupt
// spreadsheets and file names); multi-line fields such as addresses keep \n.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A trimmed, non-empty single-line text of at most `max` characters. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new BadUserInputError(`${field}: give a value.`, { field });
  return checkText(text, field, max, false);
}

/** Like `requiredText`, but empty means null; `multiLine` allows line breaks (addresses). */
export function optionalText(value: string | null | undefined, field: string, max: number, multiLine = false): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : checkText(text, field, max, multiLine);
}

function checkText(text: string, field: string, max: number, multiLine: boolean): string {
  if (text.length > max) throw new BadUserInputError(`${field}: at most ${max} characters (got ${text.length}).`, { field });
  if ((multiLine ? CONTROL : CONTROL_OR_NEWLINE).test(text)) {
    throw new BadUserInputError(`${field}: control characters${multiLine ? '' : ' and line breaks'} are not allowed.`, { field });
  }
  return text;
}

/** A calendar day as `YYYY-MM-DD` (a real date: no 2026-02-30). */
export function calendarDay(value: string | null | undefined, field: string): string {
  const text = (value ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !DateTime.fromISO(text, { zone: 'UTC' }).isValid) {
    throw new BadUserInputError(`${field}: give a date as YYYY-MM-DD (got "${text.slice(0, 40)}").`, { field });
  }
  return text;
}

/** A valid instant (the GraphQL scalar has parsed it; this refuses what no source can mean). */
export function instant(value: Date | null | undefined, field: string, now: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new BadUserInputError(`${field}: give a date and time.`, { field });
  // A clock that runs a little ahead at the source is tolerated; a day ahead is a bug at the source.
  if (value.getTime() > now.getTime() + 24 * 3_600_000) {
    throw new BadUserInputError(`${field}: ${value.toISOString()} is in the future.`, { field });
  }
  return value;
}

function isDeadlock(error: unknown): boolean {
  const { code } = error as { code?: string };
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/**
 * Runs an upsert transaction again when it lost a race for a new key: the unique index lets one
 * insert win (the others get a duplicate key), and on MariaDB the `FOR UPDATE` probes of a key that
 * does not exist yet share a gap lock, so the competing inserts deadlock and InnoDB picks victims.
 * On a later attempt the row exists and the registrations queue on it.
 */
export async function retryOnWriteRace<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !(isUniqueViolation(error) || isDeadlock(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id of one of Warden's rows. Checked before any query: MariaDB's UUID columns reject other text
 * with an error, which must reach the caller as bad input, not as a masked server error.
 */
export function rowId(value: string | null | undefined, field: string, what: string): string {
  const text = (value ?? '').trim();
  if (!UUID.test(text)) throw new BadUserInputError(`${field}: no ${what} ${JSON.stringify(text.slice(0, 60))} in your company.`, { field });
  return text.toLowerCase();
}

/**
 * `FOR UPDATE` where the engine has it (MariaDB), so concurrent registrations of one key queue on
 * the row instead of deciding on a stale read (a closed slip must stay closed). SQLite runs one
 * write transaction at a time anyway and TypeORM refuses the option there.
 */
export function lockForUpdate(manager: EntityManager): { mode: 'pessimistic_write' } | undefined {
  return isMariadb(manager) ? { mode: 'pessimistic_write' } : undefined;
}
