import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

declare const WARDEN_TEST_DATABASE: 'sqlite' | 'mariadb' | undefined;

/** Which engine this jest project runs on: `integration:sqlite` or `integration:mariadb`. */
export function testDatabaseKind(): 'sqlite' | 'mariadb' {
  return typeof WARDEN_TEST_DATABASE === 'string' ? WARDEN_TEST_DATABASE : 'sqlite';
}

export interface TestDatabase {
  /** A DATABASE_URL for Warden's config. */
  url: string;
  /** A scratch folder for DATA_DIR (files, outbox). */
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database per test file: a SQLite file in a temp folder, or a uniquely named
 * database on the MariaDB server named by TEST_DATABASE_URL. Real engines, real connections.
 */
export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-test-'));
  if (kind === 'sqlite') {
    return {
      url: `sqlite:${path.join(dataDir, 'warden.sqlite')}`,
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: the MariaDB test project needs it');
  const server = new URL(serverUrl);
  server.pathname = '';
  const name = `warden_t_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection(server.toString());
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      const connection = await createConnection(server.toString());
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
