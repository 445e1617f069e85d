import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { DEMO_ADMIN } from './demo/demo-data';
import { startWarden } from './server';

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
  const warden = await startWarden(config);
  const database = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : config.database.redacted;
  console.log(
    [
      '',
      `Warden is ready at ${warden.url}`,
      `  GraphQL   ${warden.url}/graphql`,
      `  GraphiQL  ${warden.url}/graphiql`,
      `  Database  ${database}`,
      ...(config.demoData ? [`  Demo admin: login ID ${DEMO_ADMIN.loginId} · password ${DEMO_ADMIN.password}`] : []),
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await warden.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Warden could not start: ${error.message}`);
  process.exit(1);
});
