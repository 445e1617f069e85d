import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { createHttpApp } from './core/http/create-app';
import { type RuntimeOptions, openRuntime } from './core/runtime';
import type { Services } from './core/services';
import { seedDemoDataIfEmpty } from './demo/demo-data';

export interface RunningWarden {
  readonly url: string;
  readonly port: number;
  readonly services: Services;
  readonly dataSource: DataSource;
  readonly config: AppConfig;
  close(): Promise<void>;
}

/**
 * Opens the runtime (database migrated, job queue, mailer), seeds demo data when asked, starts jobs
 * unless JOBS=off, and serves HTTP. Used by main.ts and the tests.
 */
export async function startWarden(config: AppConfig, options: RuntimeOptions = {}): Promise<RunningWarden> {
  const runtime = await openRuntime(config, options);
  const { services } = runtime;
  let http: Awaited<ReturnType<typeof createHttpApp>> | undefined;
  let server: Server | undefined;
  try {
    if (config.demoData) await seedDemoDataIfEmpty(services, services.logger);
    if (config.jobs) await runtime.startJobs();
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
      dataSource: services.dataSource,
      config,
      async close() {
        await new Promise<void>((resolve) => {
          openServer.close(() => resolve());
          openServer.closeIdleConnections();
        });
        await openHttp.stop();
        await runtime.close();
      },
    };
  } catch (error) {
    server?.close();
    await http?.stop();
    await runtime.close();
    throw error;
  }
}
