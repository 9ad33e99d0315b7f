import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
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
  /** Requests one address may make to the API per minute. */
  apiRequestsPerMinute?: number;
}

/**
 * Security headers with a content security policy the built client works under: everything from
 * our own origin; inline style attributes (React and Cytoscape set some); images from data and blob
 * URLs (Cytoscape's PNG export). No upgrade of requests to HTTPS, so plain http://127.0.0.1 works;
 * put TLS in front in production.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
});

/** Too many requests from one address get a 429 in the API's error shape, with Retry-After. */
function apiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: 'Too many requests; wait a minute and try again' } });
    },
  });
}

export function createApp({ db, logger, clientDir, apiRequestsPerMinute = 600 }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders);

  const routes = apiRoutes(db, appVersion);
  const openApi = buildOpenApiDocument(routes, appVersion);

  app.use('/api', apiRateLimit(apiRequestsPerMinute));
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
