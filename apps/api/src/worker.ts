/**
 * `pnpm worker`: runs scheduled jobs only, no HTTP. Production runs N API processes with JOBS=off
 * and M of these on the same database (and MongoDB); Agenda's locking gives each job run to one.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { openRuntime } from './core/runtime';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const runtime = await openRuntime(config);
  await runtime.startJobs();
  const backend = runtime.services.jobs.backendName === 'mongodb' ? 'MongoDB' : 'the SQL database';
  console.log(`Warden worker ${process.pid} is running jobs (queue in ${backend}).`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing running jobs, then stopping`);
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Warden worker could not start: ${error.message}`);
  process.exit(1);
});
