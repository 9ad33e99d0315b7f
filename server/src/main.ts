import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { DEMO_PASSWORD, ensureDemoAccountsForSample, existingDemoAccounts } from '../../seed/demo-accounts';
import { loadSampleWhenEmpty } from '../../seed/load';
import { clientBuildDir, createApp } from './app';
import { authRepository } from './auth/repository';
import { authSettingsOf, ConfigError, loadConfig, type Config } from './config';
import { connect } from './db/connect';
import { applySchema } from './db/schema';
import type { Database } from './db/neo4j';
import { createLogger } from './logger';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const { db, uri, stopLocal } = await connect(config, logger);

  let server: Server | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    server?.close();
    await db.close();
    await stopLocal();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await applySchema(db);
  const isProduction = config.NODE_ENV === 'production';
  if (config.SEED_WHEN_EMPTY && (await loadSampleWhenEmpty(db))) logger.info('the database was empty: loaded the sample network');
  // Accounts with a published password never exist in production.
  if (!isProduction) await ensureDemoAccountsForSample(db);
  if (!isProduction) await printDemoAccounts(db);
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
    publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
  });
  server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ database: uri }, `Partner Graph is ready at http://${config.HOST}:${config.PORT}`);
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'the server could not listen');
    void shutdown('listen-error');
  });
}

async function printDemoAccounts(db: Database) {
  const accounts = await existingDemoAccounts(db);
  if (accounts.length === 0) return;
  const lines = accounts.map((account) => `  ${account.role.padEnd(8)} ${account.email.padEnd(30)} ${account.who}`);
  // A banner for the person who ran npm start, so plain text rather than a JSON log line.
  console.log(`\nDemo accounts (development only; password "${DEMO_PASSWORD}"):\n${lines.join('\n')}\n`);
}

async function sweepExpiredSessions(db: Database, config: Config) {
  await authRepository(db).deleteExpiredSessions(authSettingsOf(config).idleSeconds);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
