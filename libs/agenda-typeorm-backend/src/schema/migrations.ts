import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { AgendaSqlDialect } from './agenda-job.entity';
import { createJobsTableStatements, dropJobsTableStatement } from './ddl';
import { DEFAULT_TABLE_NAME, checkTableName } from './table-name';

// TypeORM orders migrations by the 13-digit timestamp that ends their name.
const V1_TIMESTAMP = 1795564800000;

/** A migration class TypeORM can instantiate (what a DataSource's `migrations` list holds). */
export type AgendaJobsMigrationClass = new () => MigrationInterface;

/**
 * Builds the migration that creates the jobs table for one dialect. Use it for a custom table name;
 * for the default `agenda_jobs` table list {@link CreateAgendaJobsSqlite1795564800000} or
 * {@link CreateAgendaJobsMysql1795564800000} directly.
 */
export function createAgendaJobsMigration(
  dialect: AgendaSqlDialect,
  options: { tableName?: string } = {},
): AgendaJobsMigrationClass {
  const tableName = checkTableName(options.tableName ?? DEFAULT_TABLE_NAME);
  const suffix = dialect === 'sqlite' ? 'Sqlite' : 'Mysql';
  // Two tables need two migration names, or TypeORM would think the second one already ran.
  const name =
    tableName === DEFAULT_TABLE_NAME
      ? `CreateAgendaJobs${suffix}${V1_TIMESTAMP}`
      : `CreateAgendaJobs_${tableName}_${suffix}${V1_TIMESTAMP}`;

  return class implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const statement of createJobsTableStatements(dialect, tableName)) {
        await queryRunner.query(statement);
      }
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(dropJobsTableStatement(dialect, tableName));
    }
  };
}

/** Creates the `agenda_jobs` table on SQLite (better-sqlite3). */
export const CreateAgendaJobsSqlite1795564800000: AgendaJobsMigrationClass = createAgendaJobsMigration('sqlite');

/** Creates the `agenda_jobs` table on MySQL and MariaDB (TypeORM types `mysql` and `mariadb`). */
export const CreateAgendaJobsMysql1795564800000: AgendaJobsMigrationClass = createAgendaJobsMigration('mysql');
