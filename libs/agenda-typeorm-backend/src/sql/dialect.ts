import type { DataSource } from 'typeorm';
import type { AgendaSqlDialect } from '../schema/agenda-job.entity';

/** A SQL fragment and its positional (`?`) parameters. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** What differs between SQLite and MySQL/MariaDB in the statements the repository issues. */
export interface Dialect {
  readonly kind: AgendaSqlDialect;
  /** Shown by Agenda as the backend name. */
  readonly label: string;
  /** SQLite can lock and read a row in one statement (`UPDATE … RETURNING`); MariaDB 10.x cannot. */
  readonly updateReturning: boolean;
  quote(identifier: string): string;
  /** A Date as the driver should bind it. */
  date(value: Date | null | undefined): number | string | null;
  /** A date column as read back by {@link selectDate}. */
  readDate(value: unknown): Date | undefined;
  /** The select-list expression for a date column (aliased to its own name). */
  selectDate(column: string): string;
  /** `a <=> b` on MySQL, `a IS b` on SQLite. */
  readonly nullSafeEquals: string;
  /** A condition on one scalar of the JSON `data` column, typed like the JS value. */
  jsonEquals(column: string, path: string, value: unknown): SqlFragment;
  /** `LIMIT … OFFSET …` with validated integers (0 = no limit). */
  limitOffset(limit: number, skip: number): string;
  isUniqueViolation(error: unknown): boolean;
  /** Errors after which the same statement can simply run again (deadlock, busy database). */
  isTransient(error: unknown): boolean;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const driverCode = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof driverCode === 'string' ? driverCode : undefined;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

const sqliteDialect: Dialect = {
  kind: 'sqlite',
  label: 'TypeORM (SQLite)',
  updateReturning: true,
  quote: (identifier) => `"${identifier}"`,
  // Integer epoch milliseconds: exact, compact, and compared as numbers by the indexes.
  date: (value) => (value ? new Date(value).getTime() : null),
  readDate: (value) => (value === null || value === undefined ? undefined : new Date(Number(value))),
  selectDate: (column) => `"${column}"`,
  nullSafeEquals: 'IS',
  jsonEquals(column, path, value) {
    const col = `"${column}"`;
    if (value === null) return { sql: `json_type(${col}, ?) = 'null'`, params: [path] };
    if (typeof value === 'boolean') return { sql: `json_type(${col}, ?) = '${value}'`, params: [path] };
    if (typeof value === 'number') {
      return { sql: `(json_type(${col}, ?) IN ('integer', 'real') AND json_extract(${col}, ?) = ?)`, params: [path, path, value] };
    }
    if (typeof value === 'string') {
      return { sql: `(json_type(${col}, ?) = 'text' AND json_extract(${col}, ?) = ?)`, params: [path, path, value] };
    }
    // Arrays (and anything else JSON can hold): compare the minified JSON texts.
    return { sql: `json_extract(${col}, ?) = json(?)`, params: [path, JSON.stringify(value)] };
  },
  limitOffset(limit, skip) {
    if (!limit && !skip) return '';
    return `LIMIT ${limit > 0 ? limit : -1}${skip > 0 ? ` OFFSET ${skip}` : ''}`;
  },
  isUniqueViolation: (error) => errorCode(error) === 'SQLITE_CONSTRAINT_UNIQUE',
  isTransient: (error) => {
    const code = errorCode(error);
    return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
  },
};

function mysqlDialect(label: string): Dialect {
  return {
    kind: 'mysql',
    label,
    updateReturning: false,
    quote: (identifier) => `\`${identifier}\``,
    // Bound as a UTC wall-clock string, so neither the driver's `timezone` option nor the session
    // time zone can shift it (a bound Date would be converted with the driver's zone).
    date(value) {
      if (!value) return null;
      const d = new Date(value);
      return (
        `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
        `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
      );
    },
    readDate(value) {
      if (value === null || value === undefined) return undefined;
      if (value instanceof Date) return value;
      return new Date(`${String(value).replace(' ', 'T')}Z`);
    },
    // Read as text for the same reason dates are written as text.
    selectDate: (column) => `CAST(\`${column}\` AS CHAR) AS \`${column}\``,
    nullSafeEquals: '<=>',
    jsonEquals(column, path, value) {
      const extract = `JSON_EXTRACT(\`${column}\`, ?)`;
      const type = `JSON_TYPE(${extract})`;
      if (value === null) return { sql: `${type} = 'NULL'`, params: [path] };
      if (typeof value === 'boolean') {
        return { sql: `(${type} = 'BOOLEAN' AND JSON_UNQUOTE(${extract}) = '${value}')`, params: [path, path] };
      }
      if (typeof value === 'number') {
        return {
          sql: `(${type} IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL') AND ${extract} = ?)`,
          params: [path, path, value],
        };
      }
      if (typeof value === 'string') {
        // Binary comparison: the column's collation is usually case-insensitive.
        return {
          sql: `(${type} = 'STRING' AND CAST(JSON_UNQUOTE(${extract}) AS BINARY) = CAST(? AS BINARY))`,
          params: [path, path, value],
        };
      }
      return { sql: `${extract} = JSON_EXTRACT(?, '$')`, params: [path, JSON.stringify(value)] };
    },
    limitOffset(limit, skip) {
      if (!limit && !skip) return '';
      return `LIMIT ${limit > 0 ? limit : '18446744073709551615'}${skip > 0 ? ` OFFSET ${skip}` : ''}`;
    },
    isUniqueViolation: (error) => errorCode(error) === 'ER_DUP_ENTRY',
    isTransient: (error) => {
      const code = errorCode(error);
      return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
    },
  };
}

/** Picks the dialect for a DataSource, or explains which drivers are supported. */
export function dialectFor(dataSource: DataSource): Dialect {
  const type = dataSource.options.type;
  switch (type) {
    case 'better-sqlite3':
      return sqliteDialect;
    case 'mysql':
      return mysqlDialect('TypeORM (MySQL)');
    case 'mariadb':
      return mysqlDialect('TypeORM (MariaDB)');
    default:
      throw new Error(
        `agenda-typeorm-backend: unsupported DataSource type "${type}" (supported: better-sqlite3, mysql, mariadb)`,
      );
  }
}

/** Turns a `data.a.b` style key list into a quoted JSON path (`$."a"."b"`). */
export function jsonPath(keys: string[]): string {
  return (
    '$' +
    keys
      .map((key) => {
        if (/["\\]/.test(key)) throw new Error(`agenda-typeorm-backend: unsupported character in data key "${key}"`);
        return `."${key}"`;
      })
      .join('')
  );
}
