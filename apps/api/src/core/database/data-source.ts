import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { DatabaseConfig } from '../../config/app-config';
import { ENTITIES } from './entities';
import { MARIADB_MIGRATIONS } from './migrations/mariadb';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { SnakeNamingStrategy } from './naming-strategy';
import { useAutoIncrementIdType } from './columns';

export interface DataSourceExtras {
  /** Extra entities (tests with throwaway tables); Warden's own are always included. */
  entities?: MixedList<Function>;
  logging?: boolean;
}

/**
 * The DataSource for either engine. Schema changes only ever come from migrations (one folder per
 * dialect, listed explicitly): `synchronize` is never on.
 */
export function createDataSource(database: DatabaseConfig, extras: DataSourceExtras = {}): DataSource {
  const common = {
    entities: [...ENTITIES, ...((extras.entities as Function[]) ?? [])] as Function[],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: extras.logging ?? false,
  };

  let options: DataSourceOptions;
  useAutoIncrementIdType(database.kind);
  if (database.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(database.file), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: database.file,
      migrations: SQLITE_MIGRATIONS,
      // WAL lets the API and a worker process read while one writes; the busy timeout makes a
      // second writer wait for the lock instead of failing at once.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 10000');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
      },
    };
  } else {
    options = {
      ...common,
      // `mariadb`, not `mysql`: with `mysql` TypeORM saw phantom column changes on MariaDB.
      type: 'mariadb',
      url: database.url,
      // Dates travel as UTC; the company time zone is applied only for display and file names.
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: true,
      migrations: MARIADB_MIGRATIONS,
      extra: { connectionLimit: 10 },
    };
  }
  return new DataSource(options);
}

/** Connects and applies pending migrations; errors name DATABASE_URL so start-up says what to fix. */
export async function openDatabase(database: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const dataSource = createDataSource(database, extras);
  try {
    await dataSource.initialize();
  } catch (error) {
    const where = database.kind === 'sqlite' ? `SQLite file ${database.file}` : database.redacted;
    throw new Error(`DATABASE_URL: cannot open ${where}: ${(error as Error).message}`, { cause: error });
  }
  await dataSource.runMigrations({ transaction: 'each' });
  if (database.kind === 'sqlite') await dataSource.query('ANALYZE');
  return dataSource;
}
