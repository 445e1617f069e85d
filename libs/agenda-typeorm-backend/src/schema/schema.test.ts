import { DataSource } from 'typeorm';
import type { Logger } from 'typeorm';
import { TypeormJobRepository } from '../typeorm-job-repository';
import { createTestDatabase, dataSourceOptions, describeEachDatabase } from '../testing/databases';
import type { TestDatabase } from '../testing/databases';
import { createAgendaJobEntitySchema } from './agenda-job.entity';
import { CreateAgendaJobsMysql1795564800000, CreateAgendaJobsSqlite1795564800000, createAgendaJobsMigration } from './migrations';

describe('migrations', () => {
  it('are named for TypeORM (a 13-digit timestamp at the end) and per table', () => {
    expect(new CreateAgendaJobsSqlite1795564800000().name).toBe('CreateAgendaJobsSqlite1795564800000');
    expect(new CreateAgendaJobsMysql1795564800000().name).toBe('CreateAgendaJobsMysql1795564800000');
    expect(new (createAgendaJobsMigration('mysql', { tableName: 'queue_jobs' }))().name).toBe(
      'CreateAgendaJobs_queue_jobs_Mysql1795564800000',
    );
  });

  it('refuse table names that are not plain identifiers', () => {
    expect(() => createAgendaJobsMigration('sqlite', { tableName: 'jobs; DROP TABLE users' })).toThrow(/invalid table name/);
    expect(() => new TypeormJobRepository({ dataSource: new DataSource({ type: 'better-sqlite3', database: ':memory:' }), tableName: 'a-b' })).toThrow(
      /invalid table name/,
    );
  });

  it('reject drivers other than better-sqlite3, mysql and mariadb', () => {
    const postgres = { options: { type: 'postgres' } } as DataSource;
    expect(() => new TypeormJobRepository({ dataSource: postgres })).toThrow(/unsupported DataSource type "postgres"/);
  });
});

describeEachDatabase('jobs table schema', (kind) => {
  const dialect = kind === 'sqlite' ? 'sqlite' : 'mysql';
  let db: TestDatabase;

  afterEach(async () => {
    await db?.destroy();
  });

  for (const tableName of [undefined, 'custom_jobs']) {
    it(`matches the entity schema exactly, so migration:generate finds nothing (${tableName ?? 'default table'})`, async () => {
      db = await createTestDatabase(kind, { tableName });
      const entity = createAgendaJobEntitySchema({ dialect, tableName });
      const withEntity = await new DataSource({ ...dataSourceOptions(db.connection), entities: [entity], migrations: [] }).initialize();
      try {
        const pending = await withEntity.driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((q) => q.query)).toEqual([]);
        // And the entity reads the rows the backend writes.
        const repo = new TypeormJobRepository({ dataSource: db.dataSource, tableName });
        await repo.saveJob({ name: 'via-entity', priority: 3, nextRunAt: new Date(), type: 'normal', data: { a: 1 } }, undefined);
        const rows = await withEntity.getRepository(entity).find();
        expect(rows).toEqual([expect.objectContaining({ name: 'via-entity', priority: 3, data: '{"a":1}', disabled: false })]);
      } finally {
        await withEntity.destroy();
      }
    });
  }

  it('is dropped by the migration going down', async () => {
    db = await createTestDatabase(kind);
    await db.dataSource.undoLastMigration();
    const repo = new TypeormJobRepository({ dataSource: db.dataSource });
    await expect(repo.connect()).rejects.toThrow(/cannot read table/);
  });

  // The due jobs can be many (a backlog); the expired locks are few, so sorting those is fine.
  it('serves the lock query from the lock index without sorting the due jobs', async () => {
    db = await createTestDatabase(kind);
    const repo = new TypeormJobRepository({ dataSource: db.dataSource });
    // Enough rows over several names that a scan would be the wrong plan.
    const past = Date.now() - 60_000;
    const values: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const at = kind === 'sqlite' ? String(past + i) : `'${new Date(past + i).toISOString().replace('T', ' ').replace('Z', '')}'`;
      values.push(`('job-${i % 10}', ${i % 7}, 'normal', ${at}, 0, 0)`);
    }
    const q = repo.dialect.quote;
    await db.dataSource.query(
      `INSERT INTO ${q('agenda_jobs')} (${['name', 'priority', 'type', 'next_run_at', 'disabled', 'fork'].map(q).join(', ')}) VALUES ${values.join(', ')}`,
    );
    await db.dataSource.query(kind === 'sqlite' ? 'ANALYZE' : 'ANALYZE TABLE agenda_jobs');

    const issued: { query: string; parameters?: unknown[] }[] = [];
    const logger: Logger = {
      logQuery: (query, parameters) => void issued.push({ query, parameters: parameters as unknown[] | undefined }),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    const original = db.dataSource.logger;
    Object.assign(db.dataSource, { logger });
    try {
      const now = new Date();
      await repo.getNextJobToRun('job-3', now, new Date(now.getTime() - 60_000), now, undefined);
    } finally {
      Object.assign(db.dataSource, { logger: original });
    }
    const lookup = issued.find((i) => i.query.startsWith('SELECT') && i.query.includes('UNION ALL'))!;
    expect(lookup).toBeDefined();

    if (kind === 'sqlite') {
      const plan: { detail: string }[] = await db.dataSource.query(`EXPLAIN QUERY PLAN ${lookup.query}`, lookup.parameters);
      const details = plan.map((p) => p.detail).join('\n');
      const due = details.slice(details.indexOf('CO-ROUTINE due'));
      expect(due).toMatch(/USING (COVERING )?INDEX agenda_jobs_lock_idx \(name=\? AND disabled=\? AND locked_at=\? AND next_run_at<\?\)/);
      expect(due).not.toMatch(/TEMP B-TREE/);
      expect(details).not.toMatch(/SCAN j\b/);
    } else {
      const plan: { table: string; key: string | null; Extra: string | null; type: string }[] = await db.dataSource.query(
        `EXPLAIN ${lookup.query}`,
        lookup.parameters,
      );
      const tableRows = plan.filter((p) => p.table === 'j');
      expect(tableRows.map((r) => r.key)).toEqual(['agenda_jobs_lock_idx', 'agenda_jobs_lock_idx']);
      // The second derived table is the due branch: a range over all four key parts, in index order.
      expect(tableRows[1].Extra ?? '').not.toMatch(/filesort/);
    }
  });
});
