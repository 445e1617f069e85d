import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { DataSourceOptions } from 'typeorm';
import { createAgendaJobsMigration } from '../schema/migrations';

/**
 * Test databases: a temporary SQLite file (WAL, busy timeout), or a fresh MariaDB database on the
 * server named by TEST_DATABASE_URL (e.g. mysql://root@127.0.0.1:3306/test), dropped afterwards.
 * `connection` is plain JSON so child processes can open the same database.
 */
export type TestDatabaseKind = 'sqlite' | 'mariadb';

export interface TestConnection {
  kind: TestDatabaseKind;
  /** SQLite file path, or MariaDB database name. */
  database: string;
  /** MariaDB server URL (TEST_DATABASE_URL). */
  url?: string;
  tableName?: string;
}

export interface TestDatabase {
  connection: TestConnection;
  dataSource: DataSource;
  /** Closes the DataSource and deletes the file or drops the database. */
  destroy(): Promise<void>;
}

/** The MariaDB server for tests (read when called, so scripts can set it first). */
export function mariadbUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** DataSource options for a test connection (also used by the child-process worker). */
export function dataSourceOptions(connection: TestConnection, extra: { poolSize?: number } = {}): DataSourceOptions {
  const migrations = [createAgendaJobsMigration(connection.kind === 'sqlite' ? 'sqlite' : 'mysql', { tableName: connection.tableName })];
  if (connection.kind === 'sqlite') {
    // WAL lets readers and the single writer overlap; the busy timeout makes writers from other
    // processes wait for the lock instead of failing with SQLITE_BUSY.
    return { type: 'better-sqlite3', database: connection.database, enableWAL: true, timeout: 10_000, migrations };
  }
  return { ...serverOptions(connection.url!), database: connection.database, poolSize: extra.poolSize ?? 10, migrations };
}

function serverOptions(serverUrl: string) {
  const url = new URL(serverUrl);
  return {
    type: 'mariadb' as const,
    host: url.hostname,
    port: Number(url.port || 3306),
    username: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
  };
}

/** A migrated, empty database of the given kind. */
export async function createTestDatabase(kind: TestDatabaseKind, options: { tableName?: string } = {}): Promise<TestDatabase> {
  const suffix = randomBytes(5).toString('hex');
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-typeorm-'));
    const connection: TestConnection = { kind, database: join(dir, 'jobs.sqlite'), tableName: options.tableName };
    const dataSource = await new DataSource(dataSourceOptions(connection)).initialize();
    await dataSource.runMigrations();
    return {
      connection,
      dataSource,
      async destroy() {
        if (dataSource.isInitialized) await dataSource.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  const url = mariadbUrl();
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `agenda_test_${suffix}`;
  const admin = await new DataSource(serverOptions(url)).initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  const connection: TestConnection = { kind, database: name, url, tableName: options.tableName };
  const dataSource = await new DataSource(dataSourceOptions(connection)).initialize();
  await dataSource.runMigrations();
  return {
    connection,
    dataSource,
    async destroy() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    },
  };
}

/**
 * Runs a suite once per database: SQLite always, MariaDB when TEST_DATABASE_URL is set. Without it
 * the MariaDB suite is reported as skipped (with a note), never silently passed.
 */
export function describeEachDatabase(title: string, suite: (kind: TestDatabaseKind) => void): void {
  describe(`${title} [sqlite]`, () => suite('sqlite'));
  if (mariadbUrl()) {
    describe(`${title} [mariadb]`, () => suite('mariadb'));
  } else {
    console.info(`${title} [mariadb] skipped: set TEST_DATABASE_URL (e.g. mysql://root@127.0.0.1:3306/test) to run it`);
    describe.skip(`${title} [mariadb] (skipped: TEST_DATABASE_URL is not set)`, () => suite('mariadb'));
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns true or the timeout passes (then throws with `what`). */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000, everyMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
