/**
 * `pnpm bench graphql`: requests/s and latency of a signed-in admin's start-up queries (`me` and
 * `securityMenu`, what the SPA sends on every page load) over real HTTP, and the cost of one sign-in.
 * SQLite by default; set BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306 to measure MariaDB too.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../tests/support/test-database';
import { buildAdmin, buildCompany } from '../tests/support/factories';
import { graphql, signIn } from '../tests/support/graphql-client';
import { loadConfig } from '@warden/api/src/config/app-config';
import { createLogger } from '@warden/api/src/core/logging/logger';
import { startWarden } from '@warden/api/src/server';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const QUERY = '{ me { kind displayName company { id name language } } securityMenu { available items { menu path } } }';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(kind: 'sqlite' | 'mariadb') {
  if (kind === 'mariadb') process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const database = await createTestDatabase(kind);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: database.dataDir, DATABASE_URL: database.url, DEMO_DATA: 'off', JOBS: 'off' });
  const warden = await startWarden(config, { logger: createLogger('error') });
  try {
    const company = await buildCompany(warden.dataSource);
    const admin = await buildAdmin(warden.dataSource, company.id);

    const signInTimes: number[] = [];
    let cookie = '';
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      cookie = await signIn(warden.url, admin.loginId, admin.password);
      signInTimes.push(performance.now() - started);
    }

    for (let i = 0; i < 100; i += 1) await graphql(warden.url, QUERY, {}, { cookie }); // warm-up
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next += 1;
          const t0 = performance.now();
          const response = await graphql(warden.url, QUERY, {}, { cookie });
          if (response.errors) throw new Error(JSON.stringify(response.errors));
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    signInTimes.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(8)} me+securityMenu: ${Math.round(latencies.length / seconds)} req/s ` +
        `(concurrency ${CONCURRENCY}, ${latencies.length} requests) · p50 ${percentile(latencies, 50).toFixed(1)} ms · ` +
        `p95 ${percentile(latencies, 95).toFixed(1)} ms · p99 ${percentile(latencies, 99).toFixed(1)} ms · ` +
        `sign-in (argon2id) p50 ${percentile(signInTimes, 50).toFixed(0)} ms`,
    );
  } finally {
    await warden.close();
    await database.drop();
  }
}

async function main() {
  await measure('sqlite');
  if (process.env.BENCH_DATABASE_URL) await measure('mariadb');
  else console.log('mariadb  skipped: set BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306 to measure it');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
