import { loadConfig } from '@warden/api/src/config/app-config';
import type { Clock } from '@warden/api/src/core/clock/clock';
import { createLogger } from '@warden/api/src/core/logging/logger';
import type { RuntimeOptions } from '@warden/api/src/core/runtime';
import { type RunningWarden, startWarden } from '@warden/api/src/server';
import type { Company } from '@warden/api/src/features/companies/company.entity';
import { buildAdmin, buildCompany } from './factories';
import { type TestDatabase, createTestDatabase } from './test-database';

export interface TestServer {
  url: string;
  warden: RunningWarden;
  fixtures: {
    company: Company;
    admin: { loginId: string; password: string; name: string; employeeId: string };
    /** A second tenant, to prove nothing crosses between companies. */
    otherCompany: Company;
    otherAdmin: { loginId: string; password: string; name: string; employeeId: string };
  };
  close(): Promise<void>;
}

export interface TestServerOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Job queue tuning: tests poll every ~100 ms and retry in milliseconds. */
  jobs?: RuntimeOptions['jobs'];
  /** Reuse a database (a second process on the same data); the caller drops it. */
  database?: TestDatabase;
}

/**
 * The real Warden on an ephemeral port with a fresh database (SQLite or MariaDB, per jest project),
 * two companies and an admin in each. Tests speak HTTP to `url`.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.url,
    DEMO_DATA: 'off',
    JOBS: 'off',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    ...options.env,
  });
  const warden = await startWarden(config, {
    clock: options.clock,
    logger: createLogger(config.logLevel),
    jobs: { processEveryMs: 100, defaultLockLifetimeMs: 2_000, lockLifetimeOverrideMs: 2_000, retryDelayScale: 0.001, ...options.jobs },
  });
  const { dataSource } = warden;
  const company = await buildCompany(dataSource, { name: 'Hanbit Test' });
  const admin = await buildAdmin(dataSource, company.id, { name: 'Alex Admin' });
  const otherCompany = await buildCompany(dataSource, { name: 'Other Test', language: 'ja', timeZone: 'Asia/Tokyo' });
  const otherAdmin = await buildAdmin(dataSource, otherCompany.id, { name: '他社 管理者' });
  return {
    url: warden.url,
    warden,
    fixtures: {
      company,
      admin: { loginId: admin.loginId, password: admin.password, name: admin.employee.name, employeeId: admin.employee.id },
      otherCompany,
      otherAdmin: {
        loginId: otherAdmin.loginId,
        password: otherAdmin.password,
        name: otherAdmin.employee.name,
        employeeId: otherAdmin.employee.id,
      },
    },
    async close() {
      await warden.close();
      if (!options.database) await database.drop();
    },
  };
}
