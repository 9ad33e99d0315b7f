import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Database } from './db/neo4j';
import { errorHandler, notFoundHandler, requireJsonBody } from './http/error-handler';
import { buildRouter } from './http/router';
import type { Logger } from './logger';
import { buildOpenApiDocument } from './openapi/document';
import { projectRoot } from './paths';
import { apiRoutes } from './routes';
import { appVersion } from './version';

export const clientBuildDir = join(projectRoot, 'dist', 'client');

export interface AppDependencies {
  db: Database;
  logger: Logger;
  /** Serve the built client from here (production and browser tests); leave out under Vite. */
  clientDir?: string;
}

export function createApp({ db, logger, clientDir }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  const routes = apiRoutes(db, appVersion);
  const openApi = buildOpenApiDocument(routes, appVersion);

  app.use('/api', pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  app.use('/api', requireJsonBody, express.json({ limit: '100kb', strict: true }));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use('/api', buildRouter(routes));
  app.use('/api', notFoundHandler);

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Every other GET is a page of the single-page app, so that shared URLs open directly.
    app.get(/.*/, (_req, res) => {
      res.sendFile(join(clientDir, 'index.html'));
    });
  }

  app.use(errorHandler(logger));
  return app;
}
