import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { loadSampleWhenEmpty } from '../../seed/load';
import { clientBuildDir, createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { applySchema } from './db/schema';
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
  if (config.SEED_WHEN_EMPTY && (await loadSampleWhenEmpty(db))) logger.info('the database was empty: loaded the sample network');

  if (!existsSync(clientBuildDir)) logger.warn('no built client in dist/client: run `npm run build` (npm start does)');
  const app = createApp({ db, logger, clientDir: clientBuildDir, apiRequestsPerMinute: config.API_REQUESTS_PER_MINUTE });
  server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ database: uri }, `Partner Graph is ready at http://${config.HOST}:${config.PORT}`);
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'the server could not listen');
    void shutdown('listen-error');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
