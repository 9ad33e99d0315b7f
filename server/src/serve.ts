import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backgroundOf, clientBuildDir, createApp } from './app';
import type { Background } from './background';
import { folderTransport, smtpTransport } from './mail/transport';
import { projectRoot } from './paths';
import { listen, type Listening } from './http/listen';
import { authRepository } from './auth/repository';
import { authSettingsOf, ConfigError, loadConfig, type Config } from './config';
import { connect, ConnectError } from './db/connect';
import { idempotencyRepository } from './idempotency/repository';
import { idempotencyService } from './idempotency/service';
import { applySchema } from './db/schema';
import type { Database } from './db/neo4j';
import { createLogger, type Logger } from './logger';

/** How long in-flight requests may take to finish at shutdown. */
const SHUTDOWN_GRACE_MS = 10_000;

/** What runs after the schema is in place and before the server listens (the sample start's seeding). */
export type Prepare = (context: { db: Database; config: Config; logger: Logger }) => Promise<void>;

/** Connects, applies the schema, prepares, and serves until SIGINT or SIGTERM. */
export async function serve(prepare?: Prepare): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const { db, uri, stopLocal } = await connect(config, logger);

  let listening: Listening | undefined;
  let background: Background | undefined;
  let closing = false;
  // Requests under way finish (up to the grace period) before the database closes under them.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing the requests under way');
    const finished = (await listening?.drain(SHUTDOWN_GRACE_MS)) ?? true;
    if (!finished) logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still running at the deadline were cut off');
    await background?.stop().catch((error: unknown) => logger.warn({ err: error }, 'background work did not stop cleanly'));
    await db.close();
    await stopLocal();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await applySchema(db);
  await prepare?.({ db, config, logger });
  const sessionSweep = setInterval(() => {
    sweepExpiredSessions(db, config).catch((error: unknown) => logger.warn({ err: error }, 'could not remove expired sessions'));
  }, 10 * 60_000);
  sessionSweep.unref();

  if (!existsSync(clientBuildDir)) logger.warn('no built client in dist/client: run `npm run build` (npm start does)');
  const app = createApp({
    db,
    logger,
    clientDir: clientBuildDir,
    apiRequestsPerMinute: config.API_REQUESTS_PER_MINUTE,
    loginAttemptsPerMinute: config.LOGIN_ATTEMPTS_PER_MINUTE,
    auth: authSettingsOf(config),
    trustProxy: config.TRUST_PROXY,
    cookieSecurity: config.COOKIE_SECURE,
    publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
    metrics: { processMetrics: true, ...(config.METRICS_TOKEN ? { token: config.METRICS_TOKEN } : {}) },
    mail: {
      transport: config.SMTP_URL ? smtpTransport(config.SMTP_URL) : folderTransport(resolve(projectRoot, config.MAIL_OUTBOX_DIR)),
      from: config.MAIL_FROM,
    },
    notifications: { digestHour: config.DIGEST_HOUR },
    introductions: {
      remindAfterDays: config.INTRODUCTION_REMIND_AFTER_DAYS,
      lapseAfterDays: config.INTRODUCTION_LAPSE_AFTER_DAYS,
      outcomeAfterDays: config.INTRODUCTION_OUTCOME_AFTER_DAYS,
    },
  });
  background = backgroundOf(app);
  if (config.BACKGROUND_JOBS) background.start();
  // Never the URL itself: it may carry the SMTP password.
  logger.info({ mail: config.SMTP_URL ? 'smtp' : 'outbox folder' }, 'mail delivery');
  try {
    listening = await listen(app, config.PORT, config.HOST, { headersSeconds: 20, requestSeconds: config.REQUEST_TIMEOUT_SECONDS });
    logger.info({ database: uri }, `Partner Graph is ready at http://${config.HOST}:${config.PORT}`);
  } catch (error) {
    logger.fatal({ err: error }, 'the server could not listen');
    void shutdown('listen-error');
  }
}

/** Sessions that can no longer be used, sign-in throttles a day old, and idempotent answers past their day. */
async function sweepExpiredSessions(db: Database, config: Config) {
  const repository = authRepository(db);
  await repository.deleteExpiredSessions(authSettingsOf(config).idleSeconds);
  await repository.sweepThrottles();
  await idempotencyService(idempotencyRepository(db)).sweep();
}

/** Startup failures end the process with the reason (a configuration error in plain words). */
export function exitOnFailure(error: unknown): never {
  console.error(error instanceof ConfigError || error instanceof ConnectError ? error.message : error);
  process.exit(1);
}
