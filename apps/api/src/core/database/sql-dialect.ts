import type { DataSource, EntityManager } from 'typeorm';

/**
 * The few places where raw SQL differs between Warden's two engines, in one module so features
 * that write raw statements (hot paths TypeORM's builders are too slow or too blunt for) do not
 * each grow their own copy.
 */

/** True on MariaDB/MySQL, false on SQLite. */
export function isMariadb(source: DataSource | EntityManager): boolean {
  const type = 'connection' in source ? source.connection.options.type : source.options.type;
  return type === 'mariadb' || type === 'mysql';
}

/** Forces an index for a table reference: `FORCE INDEX` on MariaDB (a mere `USE INDEX` still lets it pick another), `INDEXED BY` on SQLite. */
export function indexHint(source: DataSource | EntityManager, index: string): string {
  return isMariadb(source) ? `FORCE INDEX (\`${index}\`)` : `INDEXED BY "${index}"`;
}

/**
 * A time as a raw query parameter: mysql2 sends Dates in UTC (the connection's zone is 'Z'); on
 * SQLite, TypeORM stores datetime columns as UTC text (`2026-11-25 10:42:13.000`), which compares
 * correctly only against the same text.
 */
export function sqlTime(source: DataSource | EntityManager, date: Date): Date | string {
  return isMariadb(source) ? date : date.toISOString().replace('T', ' ').replace('Z', '');
}

/** A datetime column read by a raw query: a Date from mysql2, TypeORM's UTC text from SQLite. */
export function fromSqlTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** True when the database refused a row because of a UNIQUE index or primary key (the engines spell it differently). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = ((error as { driverError?: unknown } | null)?.driverError ?? error) as { code?: string; errno?: number } | null;
  const code = driverError?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY' || driverError?.errno === 1062;
}
