import fs from 'node:fs';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { AppConfig } from '../../config/app-config';
import type { RequestContext } from '../graphql/context';
import { createApolloServer } from '../graphql/apollo';
import { buildWardenSchema } from '../graphql/build-schema';
import type { Services } from '../services';
import { abortedByClient, clientOf } from './client';
import { securityHeaders } from './security-headers';
import { supportAccessLogPlugin } from '../../features/support-access/support-access-log.plugin';
import { SUPPORT_COMPANY_HEADER } from '../../features/support-access/support-access.service';
import { downloadHandlers } from '../downloads/download-handlers';
import { AppError, NotFoundError, UnauthenticatedError } from '../graphql/errors';
import { UPLOAD_PATH, uploadRoute } from '../../features/stored-files/upload-route';

const HTTP_STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

export interface WardenHttpApp {
  app: Express;
  stop(): Promise<void>;
}

/** The whole HTTP surface on one port: GraphQL, GraphiQL, health, and the SPA. */
export async function createHttpApp(config: AppConfig, services: Services): Promise<WardenHttpApp> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders);

  app.get('/healthz', async (_req, res) => {
    try {
      await services.dataSource.query('SELECT 1');
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  const apollo = createApolloServer(await buildWardenSchema(), services.logger, [supportAccessLogPlugin(services.logger)]);
  await apollo.start();
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '2mb' }),
    (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => ({
        req,
        res,
        // Support staff name the company they act for per request; it is re-checked every time (R31).
        principal: await services.supportAccess.scopePrincipal(await services.auth.resolvePrincipal(req), req.get(SUPPORT_COMPANY_HEADER)),
        services,
        config,
        client: clientOf(req),
      }),
    }),
  );

  const handlers = downloadHandlers(services, config);
  app.get('/downloads/:token', cookieParser(), async (req, res) => {
    try {
      const principal = await services.auth.resolvePrincipal(req);
      if (!principal) throw new UnauthenticatedError('Sign in (or send your API token) to download this file.');
      const link = await services.downloads.resolve(String(req.params.token), principal);
      const handler = handlers[link.kind];
      if (!handler) throw new NotFoundError('The download');
      await handler({ link, principal, req, res, client: clientOf(req), signal: abortedByClient(res) });
    } catch (error) {
      if (res.headersSent) {
        // Part of the file is out: cut the connection so the client sees a failed download.
        services.logger.warn('download failed mid-stream', { error });
        res.destroy(error as Error);
        return;
      }
      const status = error instanceof AppError ? HTTP_STATUS[error.code] ?? 400 : 500;
      if (status === 500) services.logger.error('download failed', { error });
      res
        .status(status)
        .set('Cache-Control', 'no-store')
        .json({
          error: error instanceof AppError ? { code: error.code, message: error.message } : { code: 'INTERNAL_SERVER_ERROR', message: 'The download failed.' },
        });
    }
  });

  // Integrations (approval and pledge services) upload attachments as raw bodies, streamed to storage.
  app.post(UPLOAD_PATH, ...uploadRoute(services, config));

  serveWeb(app, config.webDistDir);
  return { app, stop: () => apollo.stop() };
}

/** The built SPA, GraphiQL at /graphiql, and index.html for every other page route (client-side routing). */
function serveWeb(app: Express, webDistDir: string) {
  const indexHtml = path.join(webDistDir, 'index.html');
  const graphiqlHtml = path.join(webDistDir, 'graphiql.html');
  const notBuilt = (res: express.Response) =>
    res
      .status(503)
      .type('text/plain')
      .send(`The web app is not built in ${webDistDir}. Run \`pnpm build\` (or \`pnpm start\`, which builds it).`);

  app.get('/graphiql', (_req, res) => (fs.existsSync(graphiqlHtml) ? res.sendFile(graphiqlHtml) : notBuilt(res)));
  app.use(
    '/assets',
    express.static(path.join(webDistDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  app.use(express.static(webDistDir, { index: false }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html')) return next();
    if (!fs.existsSync(indexHtml)) return notBuilt(res);
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });
}
