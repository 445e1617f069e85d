import type { AgendaSqlDialect } from './agenda-job.entity';
import { checkTableName, indexNames } from './table-name';

/**
 * The statements that create version 1 of the jobs table, used by the migrations and by
 * `ensureSchema()`. They mirror what TypeORM generates for `createAgendaJobEntitySchema` (so a host's
 * `migration:generate` finds nothing to change), plus `priority DESC` in the lock index: the lock query
 * orders by `next_run_at ASC, priority DESC`, and a matching index lets both engines stop at the first
 * rows instead of sorting every due job.
 */
export function createJobsTableStatements(
  dialect: AgendaSqlDialect,
  tableName: string,
  options: { ifNotExists?: boolean } = {},
): string[] {
  const table = checkTableName(tableName);
  const names = indexNames(table);
  const ifNotExists = options.ifNotExists ? 'IF NOT EXISTS ' : '';

  if (dialect === 'sqlite') {
    const date = (name: string) => `"${name}" integer`;
    return [
      `CREATE TABLE ${ifNotExists}"${table}" (` +
        [
          `"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL`,
          `"name" varchar(255) NOT NULL`,
          `"priority" integer NOT NULL DEFAULT (0)`,
          `"type" varchar(16) NOT NULL DEFAULT ('normal')`,
          date('next_run_at'),
          date('locked_at'),
          date('last_run_at'),
          date('last_finished_at'),
          date('failed_at'),
          `"fail_count" integer`,
          `"fail_reason" text`,
          `"repeat_interval" varchar(255)`,
          `"repeat_timezone" varchar(100)`,
          `"repeat_at" varchar(255)`,
          date('start_date'),
          date('end_date'),
          `"skip_days" varchar(32)`,
          `"data" text`,
          `"disabled" boolean NOT NULL DEFAULT (0)`,
          `"progress" real`,
          `"fork" boolean NOT NULL DEFAULT (0)`,
          `"unique_key" varchar(64)`,
          date('debounce_started_at'),
          `"last_modified_by" varchar(255)`,
        ].join(', ') +
        `)`,
      `CREATE INDEX ${ifNotExists}"${names.lock}" ON "${table}" ("name", "disabled", "locked_at", "next_run_at", "priority" DESC)`,
      `CREATE UNIQUE INDEX ${ifNotExists}"${names.uniqueKey}" ON "${table}" ("unique_key")`,
    ];
  }

  const date = (name: string) => `\`${name}\` datetime(3) NULL`;
  return [
    `CREATE TABLE ${ifNotExists}\`${table}\` (` +
      [
        `\`id\` bigint NOT NULL AUTO_INCREMENT`,
        `\`name\` varchar(255) NOT NULL`,
        `\`priority\` int NOT NULL DEFAULT '0'`,
        `\`type\` varchar(16) NOT NULL DEFAULT 'normal'`,
        date('next_run_at'),
        date('locked_at'),
        date('last_run_at'),
        date('last_finished_at'),
        date('failed_at'),
        `\`fail_count\` int NULL`,
        `\`fail_reason\` text NULL`,
        `\`repeat_interval\` varchar(255) NULL`,
        `\`repeat_timezone\` varchar(100) NULL`,
        `\`repeat_at\` varchar(255) NULL`,
        date('start_date'),
        date('end_date'),
        `\`skip_days\` varchar(32) NULL`,
        `\`data\` longtext NULL`,
        `\`disabled\` tinyint NOT NULL DEFAULT 0`,
        `\`progress\` double NULL`,
        `\`fork\` tinyint NOT NULL DEFAULT 0`,
        `\`unique_key\` varchar(64) NULL`,
        date('debounce_started_at'),
        `\`last_modified_by\` varchar(255) NULL`,
        `INDEX \`${names.lock}\` (\`name\`, \`disabled\`, \`locked_at\`, \`next_run_at\`, \`priority\` DESC)`,
        `UNIQUE INDEX \`${names.uniqueKey}\` (\`unique_key\`)`,
        `PRIMARY KEY (\`id\`)`,
      ].join(', ') +
      `) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
  ];
}

/** The statement that drops the jobs table (the indexes go with it). */
export function dropJobsTableStatement(dialect: AgendaSqlDialect, tableName: string): string {
  const table = checkTableName(tableName);
  return dialect === 'sqlite' ? `DROP TABLE "${table}"` : `DROP TABLE \`${table}\``;
}
