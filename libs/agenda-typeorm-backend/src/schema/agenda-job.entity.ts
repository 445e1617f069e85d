import { EntitySchema } from 'typeorm';
import type { EntitySchemaColumnOptions } from 'typeorm';
import { checkTableName, DEFAULT_TABLE_NAME, indexNames } from './table-name';

/** The SQL families this package supports; MariaDB and MySQL share one schema. */
export type AgendaSqlDialect = 'sqlite' | 'mysql';

/**
 * One row of the jobs table as TypeORM hydrates it through {@link createAgendaJobEntitySchema}.
 * Dates are epoch milliseconds on SQLite and `Date`s on MySQL/MariaDB; `data` and `skipDays` are JSON text.
 */
export interface AgendaJobRow {
  id: string | number;
  name: string;
  priority: number;
  type: string;
  nextRunAt: number | Date | null;
  lockedAt: number | Date | null;
  lastRunAt: number | Date | null;
  lastFinishedAt: number | Date | null;
  failedAt: number | Date | null;
  failCount: number | null;
  failReason: string | null;
  repeatInterval: string | null;
  repeatTimezone: string | null;
  repeatAt: string | null;
  startDate: number | Date | null;
  endDate: number | Date | null;
  skipDays: string | null;
  data: string | null;
  disabled: boolean;
  progress: number | null;
  fork: boolean;
  uniqueKey: string | null;
  debounceStartedAt: number | Date | null;
  lastModifiedBy: string | null;
}

export interface AgendaJobEntitySchemaOptions {
  dialect: AgendaSqlDialect;
  /** Defaults to `agenda_jobs`. */
  tableName?: string;
  /** TypeORM entity name; defaults to `AgendaJob` (give each schema a distinct name if you register several). */
  entityName?: string;
}

/**
 * A TypeORM `EntitySchema` that matches the table the migrations create, column for column, so a host
 * can list it in its DataSource `entities` (to read jobs through TypeORM, or so `migration:generate`
 * sees no difference). Registering it is optional: the backend itself issues plain SQL.
 */
export function createAgendaJobEntitySchema(options: AgendaJobEntitySchemaOptions): EntitySchema<AgendaJobRow> {
  const tableName = checkTableName(options.tableName ?? DEFAULT_TABLE_NAME);
  const sqlite = options.dialect === 'sqlite';
  // SQLite keeps instants as integer epoch milliseconds; MySQL/MariaDB as UTC DATETIME(3).
  const date = (name: string): EntitySchemaColumnOptions =>
    sqlite ? { name, type: 'integer', nullable: true } : { name, type: 'datetime', precision: 3, nullable: true };
  const names = indexNames(tableName);

  return new EntitySchema<AgendaJobRow>({
    name: options.entityName ?? 'AgendaJob',
    tableName,
    columns: {
      id: sqlite
        ? { name: 'id', type: 'integer', primary: true, generated: 'increment' }
        : { name: 'id', type: 'bigint', primary: true, generated: 'increment' },
      name: { name: 'name', type: 'varchar', length: 255 },
      priority: { name: 'priority', type: 'int', default: 0 },
      type: { name: 'type', type: 'varchar', length: 16, default: 'normal' },
      nextRunAt: date('next_run_at'),
      lockedAt: date('locked_at'),
      lastRunAt: date('last_run_at'),
      lastFinishedAt: date('last_finished_at'),
      failedAt: date('failed_at'),
      failCount: { name: 'fail_count', type: 'int', nullable: true },
      failReason: { name: 'fail_reason', type: 'text', nullable: true },
      repeatInterval: { name: 'repeat_interval', type: 'varchar', length: 255, nullable: true },
      repeatTimezone: { name: 'repeat_timezone', type: 'varchar', length: 100, nullable: true },
      repeatAt: { name: 'repeat_at', type: 'varchar', length: 255, nullable: true },
      startDate: date('start_date'),
      endDate: date('end_date'),
      skipDays: { name: 'skip_days', type: 'varchar', length: 32, nullable: true },
      data: { name: 'data', type: sqlite ? 'text' : 'longtext', nullable: true },
      disabled: { name: 'disabled', type: 'boolean', default: false },
      progress: { name: 'progress', type: sqlite ? 'real' : 'double', nullable: true },
      fork: { name: 'fork', type: 'boolean', default: false },
      uniqueKey: { name: 'unique_key', type: 'varchar', length: 64, nullable: true },
      debounceStartedAt: date('debounce_started_at'),
      lastModifiedBy: { name: 'last_modified_by', type: 'varchar', length: 255, nullable: true },
    },
    indices: [
      // The migration declares `priority DESC`; TypeORM compares index columns by name only.
      { name: names.lock, columns: ['name', 'disabled', 'lockedAt', 'nextRunAt', 'priority'] },
      { name: names.uniqueKey, columns: ['uniqueKey'], unique: true },
    ],
  });
}
