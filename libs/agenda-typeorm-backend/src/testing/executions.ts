import type { DataSource } from 'typeorm';
import type { TestDatabaseKind } from './databases';

/** A table, separate from the jobs table, where test workers record each execution. */
export const EXECUTIONS_TABLE = 'agenda_test_executions';

export interface Execution {
  jobId: string;
  worker: string;
  phase: 'start' | 'done';
  at: number;
}

export async function createExecutionsTable(dataSource: DataSource, kind: TestDatabaseKind): Promise<void> {
  const id = kind === 'sqlite' ? 'id INTEGER PRIMARY KEY AUTOINCREMENT' : 'id BIGINT AUTO_INCREMENT PRIMARY KEY';
  await dataSource.query(
    `CREATE TABLE ${EXECUTIONS_TABLE} (${id}, job_id VARCHAR(32) NOT NULL, worker VARCHAR(32) NOT NULL, phase VARCHAR(8) NOT NULL, at BIGINT NOT NULL)`,
  );
}

export async function recordExecution(
  dataSource: DataSource,
  _kind: TestDatabaseKind,
  jobId: string,
  worker: string,
  phase: Execution['phase'],
): Promise<void> {
  await dataSource.query(`INSERT INTO ${EXECUTIONS_TABLE} (job_id, worker, phase, at) VALUES (?, ?, ?, ?)`, [jobId, worker, phase, Date.now()]);
}

export async function readExecutions(dataSource: DataSource): Promise<Execution[]> {
  const rows: { job_id: string; worker: string; phase: Execution['phase']; at: number | string }[] = await dataSource.query(
    `SELECT job_id, worker, phase, at FROM ${EXECUTIONS_TABLE} ORDER BY id`,
  );
  return rows.map((r) => ({ jobId: String(r.job_id), worker: r.worker, phase: r.phase, at: Number(r.at) }));
}
