/** `pnpm seed`: migrates the configured database and adds the demo companies if it has none. */
import 'reflect-metadata';
import { loadConfig } from './config/app-config';
import { systemClock } from './core/clock/clock';
import { openDatabase } from './core/database/data-source';
import { createLogger } from './core/logging/logger';
import { createServices } from './core/services';
import { DEMO_ADMIN, seedDemoDataIfEmpty } from './demo/demo-data';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const dataSource = await openDatabase(config.database);
  try {
    const seeded = await seedDemoDataIfEmpty(createServices(config, dataSource, systemClock, logger), logger);
    console.log(
      seeded
        ? `Demo data added. Sign in as ${DEMO_ADMIN.loginId} / ${DEMO_ADMIN.password}`
        : 'The database already has companies; demo data was not added.',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`seed failed: ${error.message}`);
  process.exit(1);
});
