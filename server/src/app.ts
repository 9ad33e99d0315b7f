import { tooMany } from './errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { rateLimit, type RateLimitInfo } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Database } from './db/neo4j';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { buildRouter, routerJobsRunning } from './http/router';
import { metricsEndpoint } from './metrics/endpoint';
import { rateLimitRepository } from './rate-limits/repository';
import { SharedRateStore } from './rate-limits/shared-store';
import { createMetrics } from './metrics/metrics';
import type { CookieSecurity } from './http/session-cookie';
import type { Logger } from './logger';
import { buildOpenApiDocument } from './openapi/document';
import { projectRoot } from './paths';
import type { AuthSettings } from './auth/service';
import type { HealthServiceOptions } from './network-health/service';
import { buildApi } from './routes';
import { createBackground, type Background } from './background';
import { folderTransport, type MailTransport } from './mail/transport';
import type { IntroductionTimings } from './introductions/service';
import { appVersion } from './version';

export const clientBuildDir = join(projectRoot, 'dist', 'client');
/** Where mail goes when no SMTP server is configured (MAIL_OUTBOX_DIR). */
export const defaultOutboxDir = join(projectRoot, '.outbox');

/** The mail sender and hourly jobs of an app made by createApp (started by the server, driven by tests). */
export const backgroundOf = (app: Express): Background => app.locals.background as Background;

export interface AppDependencies {
  db: Database;
  logger: Logger;
  /** Serve the built client from here (production and browser tests); leave out under Vite. */
  clientDir?: string;
  /** Requests one address may make to the API per minute. */
  apiRequestsPerMinute?: number;
  /** Sign-in attempts one address may make per minute (on top of the per-account lock-out). */
  loginAttemptsPerMinute?: number;
  auth?: Partial<AuthSettings>;
  /** Express's `trust proxy`: set it when behind a TLS-terminating proxy so cookies get Secure. */
  trustProxy?: false | number;
  /** When the session cookie is marked Secure (COOKIE_SECURE). */
  cookieSecurity?: CookieSecurity;
  /** Where people reach the app (links in calendar feeds). */
  publicUrl?: string;
  /**
   * What the rate limits count under: every process of one deployment shares it (the default), so a
   * client is limited as one across them; tests give each app its own.
   */
  rateLimitScope?: string;
  /** The network health report's options (tests count staleness in their own process only). */
  health?: Partial<HealthServiceOptions>;
  /** Where mail goes (an SMTP server, or the outbox folder), and its From. */
  mail?: { transport: MailTransport; from: string };
  notifications?: { digestHour?: number };
  introductions?: Partial<IntroductionTimings>;
  /** GET /metrics: the scraper's bearer token (without one, this machine only), and whether to add process metrics. */
  metrics?: { token?: string; processMetrics?: boolean };
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
function rateLimitPerMinute(perMinute: number, message: string, store: SharedRateStore): RequestHandler {
  return rateLimit({
    store,
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The one 429 shape (details.retryAfterSeconds and Retry-After), through the error handler.
    handler: (req, _res, next) => {
      const resetAt = (req as typeof req & { rateLimit?: RateLimitInfo }).rateLimit?.resetTime?.getTime() ?? Date.now() + 60_000;
      next(tooMany('rate_limited', message, (resetAt - Date.now()) / 1000));
    },
  });
}

/**
 * One line per API request with what an operator needs and nothing a thief could use: method, path
 * (no query string), status, duration, request id (also sent as X-Request-Id), actor id and remote
 * address. No header is logged at all, so no cookie, CSRF token or Set-Cookie can be.
 */
function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Called when the request starts (no actor yet) and when it ends (the router has set it).
    customProps: (_req, res) => {
      const actorId = (res as Response).locals?.actorId;
      return actorId === undefined ? {} : { actor: actorId };
    },
    autoLogging: { ignore: (req) => req.url === '/status' || req.url === '/health' },
  });
}

export function createApp({
  db,
  logger,
  clientDir,
  apiRequestsPerMinute = 600,
  loginAttemptsPerMinute = 20,
  auth,
  trustProxy = false,
  cookieSecurity = 'auto',
  publicUrl,
  metrics: metricsOptions = {},
  rateLimitScope = 'partner-graph',
  health,
  mail = { transport: folderTransport(defaultOutboxDir), from: 'Partner Graph <partner-graph@localhost>' },
  notifications,
  introductions,
}: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders);

  // The sender is made after the API (it needs its services); the API wakes it through this.
  let background: Background | null = null;
  const api = buildApi(db, appVersion, {
    auth,
    publicUrl,
    ...(health ? { health } : {}),
    ...(introductions ? { introductions } : {}),
    notifications: { ...notifications, mailDelivery: mail.transport.kind, mailQueued: () => background?.mail.wake() },
  });
  background = createBackground(db, api, mail.transport, mail.from, logger);
  app.locals.background = background;
  const openApi = buildOpenApiDocument(api.routes, appVersion);
  const metrics = createMetrics(
    {
      databaseCircuitOpen: () => db.circuitState === 'open',
      jobsRunning: () => ({ ...routerJobsRunning(), network_health: api.health.computation().running ? 1 : 0 }),
      lastHealthComputationSeconds: () => api.health.computation().lastSeconds,
    },
    { processMetrics: metricsOptions.processMetrics ?? false },
  );
  app.get('/metrics', metricsEndpoint(metrics, metricsOptions.token));

  // API answers are personal (what this account may see): no browser or proxy keeps a copy.
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', metrics.measureRequests);
  // Counted across every app process on this database (see SharedRateStore).
  const rates = rateLimitRepository(db);
  app.use(
    '/api',
    rateLimitPerMinute(apiRequestsPerMinute, 'Too many requests; wait a minute and try again', new SharedRateStore(rates, `${rateLimitScope}:api:`)),
  );
  app.use(
    '/api/auth/login',
    rateLimitPerMinute(loginAttemptsPerMinute, 'Too many sign-in attempts from here; wait a minute', new SharedRateStore(rates, `${rateLimitScope}:sign-in:`)),
  );
  app.use('/api', requestLogger(logger));
  // Bodies are read by each route, after its caller is let in, up to the route's own limit.
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use('/api', buildRouter(api.routes, { ...api, cookieSecurity }));
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
