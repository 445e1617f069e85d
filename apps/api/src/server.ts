import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { type Clock, systemClock } from './core/clock/clock';
import { openDatabase } from './core/database/data-source';
import { createHttpApp } from './core/http/create-app';
import { type Logger, createLogger } from './core/logging/logger';
import { type Services, createServices } from './core/services';
import { seedDemoDataIfEmpty } from './demo/demo-data';

export interface RunningWarden {
  readonly url: string;
  readonly port: number;
  readonly services: Services;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

/** Opens the database (migrating it), seeds demo data when asked, and serves HTTP. Used by main.ts and the tests. */
export async function startWarden(config: AppConfig, options: StartOptions = {}): Promise<RunningWarden> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const dataSource = await openDatabase(config.database);
  let http: Awaited<ReturnType<typeof createHttpApp>> | undefined;
  let server: Server | undefined;
  try {
    const services = createServices(config, dataSource, clock, logger);
    if (config.demoData) await seedDemoDataIfEmpty(services, logger);
    http = await createHttpApp(config, services);
    const app = http.app;
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
    });
    const port = (server.address() as AddressInfo).port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const openServer = server;
    const openHttp = http;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      services,
      dataSource,
      async close() {
        await new Promise<void>((resolve) => {
          openServer.close(() => resolve());
          openServer.closeAllConnections();
        });
        await openHttp.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    server?.close();
    await http?.stop();
    await dataSource.destroy();
    throw error;
  }
}
