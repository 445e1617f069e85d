/**
 * Writes a migration for each dialect from the difference between the entities and the schema the
 * existing migrations build: `pnpm --filter @warden/api migration:generate <Name>`.
 * Needs the MariaDB server (MIGRATION_MARIADB_URL, default mysql://root@127.0.0.1:3306).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../src/core/database/data-source';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName>');
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;

  const sqliteFile = path.join(os.tmpdir(), `warden-migration-${timestamp}.sqlite`);
  const sqlite = createDataSource({ kind: 'sqlite', file: sqliteFile });
  await sqlite.initialize();
  await sqlite.runMigrations();
  const sqliteSql = await sqlite.driver.createSchemaBuilder().log();
  await sqlite.destroy();
  fs.rmSync(sqliteFile, { force: true });

  const server = process.env.MIGRATION_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
  const scratch = `warden_migration_${timestamp}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    const url = `${server.replace(/\/$/, '')}/${scratch}`;
    const mariadb = createDataSource({ kind: 'mariadb', url, host: '', port: 0, database: scratch, redacted: url });
    await mariadb.initialize();
    await mariadb.runMigrations();
    const mariadbSql = await mariadb.driver.createSchemaBuilder().log();
    await mariadb.destroy();
    write('sqlite', className, sqliteSql.upQueries, sqliteSql.downQueries);
    write('mariadb', className, mariadbSql.upQueries, mariadbSql.downQueries);
  } finally {
    await admin.query(`DROP DATABASE \`${scratch}\``);
    await admin.end();
  }
}

type Query = { query: string; parameters?: unknown[] };

function write(dialect: 'sqlite' | 'mariadb', className: string, up: Query[], down: Query[]) {
  const dir = path.join(__dirname, '../src/core/database/migrations', dialect);
  if (up.length === 0) {
    console.log(`${dialect}: entities and migrations agree; nothing to write`);
    return;
  }
  // MariaDB: utf8mb4 whatever the server default. SQLite: AUTOINCREMENT needs the exact type
  // INTEGER, which is 64-bit there anyway.
  const fix = (sql: string) =>
    dialect === 'mariadb'
      ? sql.replace(/ENGINE=InnoDB$/, 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci')
      : sql.replace(/bigint PRIMARY KEY AUTOINCREMENT/g, 'integer PRIMARY KEY AUTOINCREMENT');
  const lines = (queries: Query[]) =>
    queries
      .map((q) => `    await queryRunner.query(${JSON.stringify(fix(q.query))}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`)
      .join('\n');
  const fileName = path.join(dir, `${className.match(/\d+$/)![0]}-${className.replace(/\d+$/, '')}.ts`);
  fs.writeFileSync(
    fileName,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`,
  );
  const indexFile = path.join(dir, 'index.ts');
  const constName = dialect === 'sqlite' ? 'SQLITE_MIGRATIONS' : 'MARIADB_MIGRATIONS';
  const existing = fs.readFileSync(indexFile, 'utf8');
  const imports = [...existing.matchAll(/^import \{ (\w+) \} from '(.+)';$/gm)].map((m) => ({ name: m[1], from: m[2] }));
  imports.push({ name: className, from: `./${path.basename(fileName, '.ts')}` });
  fs.writeFileSync(
    indexFile,
    `${imports.map((i) => `import { ${i.name} } from '${i.from}';`).join('\n')}

/** Applied in this order; a new migration is appended by scripts/generate-migration.ts. */
export const ${constName}: Function[] = [${imports.map((i) => i.name).join(', ')}];
`,
  );
  console.log(`${dialect}: wrote ${path.relative(process.cwd(), fileName)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
