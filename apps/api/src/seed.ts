/** `pnpm seed`: migrates the configured database and adds the demo companies if it has none. */
import 'reflect-metadata';
import { loadConfig } from './config/app-config';
import { createLogger } from './core/logging/logger';
import { openRuntime } from './core/runtime';
import { DEMO_ADMIN, seedDemoDataIfEmpty } from './demo/demo-data';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const runtime = await openRuntime(config, { logger });
  try {
    const seeded = await seedDemoDataIfEmpty(runtime.services, logger);
    console.log(
      seeded
        ? `Demo data added. Sign in as ${DEMO_ADMIN.loginId} / ${DEMO_ADMIN.password}`
        : 'The database already has companies; demo data was not added.',
    );
  } finally {
    await runtime.close();
  }
}

main().catch((error: Error) => {
  console.error(`seed failed: ${error.message}`);
  process.exit(1);
});
