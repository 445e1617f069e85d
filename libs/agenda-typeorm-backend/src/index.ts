export { TypeormBackend } from './typeorm-backend';
export type { TypeormBackendOptions } from './typeorm-backend';
export { TypeormJobRepository } from './typeorm-job-repository';
export type { TypeormJobRepositoryOptions } from './typeorm-job-repository';
export { createAgendaJobEntitySchema } from './schema/agenda-job.entity';
export type { AgendaJobRow, AgendaJobEntitySchemaOptions, AgendaSqlDialect } from './schema/agenda-job.entity';
export {
  createAgendaJobsMigration,
  CreateAgendaJobsMysql1795564800000,
  CreateAgendaJobsSqlite1795564800000,
} from './schema/migrations';
export type { AgendaJobsMigrationClass } from './schema/migrations';
export { createJobsTableStatements } from './schema/ddl';
export { DEFAULT_TABLE_NAME } from './schema/table-name';
