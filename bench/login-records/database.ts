/**
 * The kept bench databases: a SQLite file under /tmp/warden-bench/ and a MariaDB database
 * `warden_bench` (scale 1; other scales get their own, e.g. `warden_bench_s0_1`). The schema comes
 * from the product's migrations; the rows from `data.ts` through plain multi-row INSERTs with the
 * login_records secondary indexes dropped and rebuilt afterwards (exactly as the migrations
 * defined them), then ANALYZE. A `bench_meta` row records what was generated, so re-runs skip it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '@warden/api/src/config/app-config';
import { createDataSource } from '@warden/api/src/core/database/data-source';
import {
  COMPANY_COLUMNS,
  EMPLOYEE_COLUMNS,
  GENERATOR_VERSION,
  RECORD_COLUMNS,
  type BenchCompany,
  type RecordRow,
  companyRows,
  employeeRows,
  planRecords,
} from './data';

export type Engine = 'sqlite' | 'mariadb';
export const BENCH_DIR = '/tmp/warden-bench';

export function databaseConfig(engine: Engine, scale: number, serverUrl: string): DatabaseConfig {
  const suffix = scale === 1 ? '' : `_s${String(scale).replace('.', '_')}`;
  if (engine === 'sqlite') return { kind: 'sqlite', file: path.join(BENCH_DIR, `login-records${suffix}.sqlite`) };
  const database = `warden_bench${suffix}`;
  const url = `${serverUrl.replace(/\/$/, '')}/${database}`;
  const parsed = new URL(url);
  return { kind: 'mariadb', url, host: parsed.hostname, port: Number(parsed.port || 3306), database, redacted: url };
}

interface Meta {
  generator: number;
  scale: number;
  migrations: string[];
  rows: number;
  complete: boolean;
  generatedAt: string;
  timings: Record<string, number>;
}

type Log = (message: string) => void;

/** Opens the bench database, generating it first when missing, stale or `regenerate`. */
export async function prepareDatabase(
  config: DatabaseConfig,
  companies: BenchCompany[],
  options: { scale: number; regenerate: boolean; serverUrl: string; log: Log },
): Promise<{ dataSource: DataSource; meta: Meta; generated: boolean }> {
  const { log } = options;
  if (config.kind === 'mariadb') {
    const server = await createConnection(options.serverUrl);
    await server.query(`CREATE DATABASE IF NOT EXISTS \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await server.end();
  }
  let dataSource = createDataSource(config);
  await dataSource.initialize();
  const expected = { generator: GENERATOR_VERSION, scale: options.scale, migrations: dataSource.migrations.map((m) => m.name ?? m.constructor.name) };
  const stored = await readMeta(dataSource);
  // Migrations added since the data was generated are applied to it; a changed or removed one
  // (e.g. a regenerated unreleased migration) means the schema differs: generate again.
  const applied = await appliedMigrations(dataSource);
  const migrationsFit = applied.length > 0 && applied.every((name) => expected.migrations.includes(name));
  if (!options.regenerate && stored?.complete && stored.generator === expected.generator && stored.scale === expected.scale && migrationsFit) {
    if (applied.length < expected.migrations.length) {
      log(`applying ${expected.migrations.length - applied.length} new migration(s) to the kept database`);
      await dataSource.runMigrations({ transaction: 'each' });
      if (config.kind === 'sqlite') await dataSource.query('ANALYZE');
      else await dataSource.query('ANALYZE TABLE login_records, employees, companies');
    }
    return { dataSource, meta: stored, generated: false };
  }
  log(
    stored
      ? `regenerating (${options.regenerate ? '--regenerate' : !stored.complete ? 'the last generation did not finish' : !migrationsFit ? 'an applied migration changed' : 'the generator changed'})`
      : 'generating (no kept database)',
  );

  await dataSource.destroy();
  if (config.kind === 'sqlite') {
    for (const file of [config.file, `${config.file}-wal`, `${config.file}-shm`]) fs.rmSync(file, { force: true });
  } else {
    const server = await createConnection(options.serverUrl);
    await server.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
    await server.query(`CREATE DATABASE \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await server.end();
  }
  dataSource = createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.query('CREATE TABLE bench_meta (k varchar(32) NOT NULL PRIMARY KEY, v text NOT NULL)');

  const timings: Record<string, number> = {};
  const plan = planRecords(companies, options.scale);
  const meta: Meta = { ...expected, rows: plan.rows, complete: false, generatedAt: new Date().toISOString(), timings };
  await writeMeta(dataSource, meta);

  let t0 = performance.now();
  await insertRows(dataSource, 'companies', COMPANY_COLUMNS, companyRows(companies), 200);
  await insertRows(dataSource, 'employees', EMPLOYEE_COLUMNS, employeeRows(companies), 500);
  const indexes = await secondaryIndexes(dataSource);
  for (const index of indexes) await dataSource.query(index.drop);
  timings.employeesSeconds = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const written = config.kind === 'sqlite' ? await loadSqlite(dataSource, plan, log) : await loadMariadb(config.url, plan, log);
  timings.insertSeconds = (performance.now() - t0) / 1000;
  log(`inserted ${written.toLocaleString('en-US')} records in ${timings.insertSeconds.toFixed(0)} s (${Math.round(written / timings.insertSeconds).toLocaleString('en-US')} rows/s; bulk generation, not the ingest figure)`);

  t0 = performance.now();
  if (config.kind === 'sqlite') {
    for (const index of indexes) await dataSource.query(index.create);
  } else {
    await dataSource.query(`ALTER TABLE \`login_records\` ${indexes.map((index) => index.create).join(', ')}`);
  }
  timings.indexSeconds = (performance.now() - t0) / 1000;
  log(`rebuilt ${indexes.length} indexes in ${timings.indexSeconds.toFixed(0)} s`);

  t0 = performance.now();
  if (config.kind === 'sqlite') {
    await dataSource.query('ANALYZE');
    await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } else {
    await dataSource.query('ANALYZE TABLE login_records, employees, companies');
  }
  timings.analyzeSeconds = (performance.now() - t0) / 1000;
  log(`ANALYZE in ${timings.analyzeSeconds.toFixed(1)} s`);

  meta.rows = written;
  meta.complete = true;
  await writeMeta(dataSource, meta);
  return { dataSource, meta, generated: true };
}

async function readMeta(dataSource: DataSource): Promise<Meta | null> {
  try {
    const rows: Array<{ v: string }> = await dataSource.query("SELECT v FROM bench_meta WHERE k = 'meta'");
    return rows.length > 0 ? (JSON.parse(rows[0].v) as Meta) : null;
  } catch {
    return null;
  }
}

async function appliedMigrations(dataSource: DataSource): Promise<string[]> {
  try {
    const rows: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations');
    return rows.map((row) => row.name);
  } catch {
    return [];
  }
}

async function writeMeta(dataSource: DataSource, meta: Meta): Promise<void> {
  await dataSource.query("DELETE FROM bench_meta WHERE k = 'meta'");
  await dataSource.query("INSERT INTO bench_meta (k, v) VALUES ('meta', ?)", [JSON.stringify(meta)]);
}

async function insertRows(dataSource: DataSource, table: string, columns: readonly string[], rows: unknown[][], chunk: number) {
  const q = dataSource.options.type === 'mariadb' ? '`' : '"';
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await dataSource.query(
      `INSERT INTO ${q}${table}${q} (${columns.map((c) => `${q}${c}${q}`).join(', ')}) VALUES ${part.map(() => tuple).join(', ')}`,
      part.flat(),
    );
  }
}

/** The login_records indexes the migrations created (primary key aside), as DROP and CREATE statements. */
async function secondaryIndexes(dataSource: DataSource): Promise<Array<{ name: string; drop: string; create: string }>> {
  if (dataSource.options.type !== 'mariadb') {
    const rows: Array<{ name: string; sql: string }> = await dataSource.query(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'login_records' AND sql IS NOT NULL ORDER BY name",
    );
    return rows.map((row) => ({ name: row.name, drop: `DROP INDEX "${row.name}"`, create: row.sql }));
  }
  const rows: Array<{ INDEX_NAME: string; NON_UNIQUE: number | string; COLUMN_NAME: string; COLLATION: string | null; SUB_PART: number | null }> =
    await dataSource.query(
      `SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_records' AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
    );
  const byName = new Map<string, { unique: boolean; parts: string[] }>();
  for (const row of rows) {
    const entry = byName.get(row.INDEX_NAME) ?? { unique: Number(row.NON_UNIQUE) === 0, parts: [] };
    entry.parts.push(`\`${row.COLUMN_NAME}\`${row.SUB_PART ? `(${row.SUB_PART})` : ''}${row.COLLATION === 'D' ? ' DESC' : ''}`);
    byName.set(row.INDEX_NAME, entry);
  }
  return [...byName].map(([name, { unique, parts }]) => ({
    name,
    drop: `DROP INDEX \`${name}\` ON \`login_records\``,
    create: `ADD ${unique ? 'UNIQUE ' : ''}INDEX \`${name}\` (${parts.join(', ')})`,
  }));
}

interface SqliteConnection {
  pragma(sql: string): unknown;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  transaction<T extends (...args: never[]) => unknown>(fn: T): T;
}

async function loadSqlite(dataSource: DataSource, plan: ReturnType<typeof planRecords>, log: Log): Promise<number> {
  const db = (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const columns = RECORD_COLUMNS.map((c) => `"${c}"`).join(', ');
  const tuple = `(${RECORD_COLUMNS.map(() => '?').join(', ')})`;
  const PER_STATEMENT = 100;
  const many = db.prepare(`INSERT INTO "login_records" (${columns}) VALUES ${Array(PER_STATEMENT).fill(tuple).join(', ')}`);
  const one = db.prepare(`INSERT INTO "login_records" (${columns}) VALUES ${tuple}`);
  const insertChunk = db.transaction((rows: RecordRow[]) => {
    let start = 0;
    for (; start + PER_STATEMENT <= rows.length; start += PER_STATEMENT) many.run(rows.slice(start, start + PER_STATEMENT).flat());
    for (; start < rows.length; start += 1) one.run(rows[start]);
  });
  let written = 0;
  let nextLog = 1_000_000;
  const started = performance.now();
  await plan.run(50_000, (rows) => {
    insertChunk(rows);
    written += rows.length;
    if (written >= nextLog) {
      log(`  ${written.toLocaleString('en-US')} / ${plan.rows.toLocaleString('en-US')} (${Math.round(written / ((performance.now() - started) / 1000)).toLocaleString('en-US')} rows/s)`);
      nextLog += 1_000_000;
    }
  });
  db.pragma('synchronous = NORMAL');
  return written;
}

async function loadMariadb(url: string, plan: ReturnType<typeof planRecords>, log: Log): Promise<number> {
  const connection = await createConnection({ uri: url, charset: 'utf8mb4_unicode_ci' });
  await connection.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
  const sql = `INSERT INTO \`login_records\` (${RECORD_COLUMNS.map((c) => `\`${c}\``).join(', ')}) VALUES ?`;
  let written = 0;
  let nextLog = 1_000_000;
  let pending: Promise<unknown> = Promise.resolve();
  const started = performance.now();
  try {
    await plan.run(2_000, async (rows) => {
      await pending; // one INSERT in flight while the next chunk is generated
      pending = connection.query(sql, [rows]);
      written += rows.length;
      if (written >= nextLog) {
        log(`  ${written.toLocaleString('en-US')} / ${plan.rows.toLocaleString('en-US')} (${Math.round(written / ((performance.now() - started) / 1000)).toLocaleString('en-US')} rows/s)`);
        nextLog += 1_000_000;
      }
    });
    await pending;
  } finally {
    await connection.end();
  }
  return written;
}
