import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { localDatabasePassword } from './local-password';
import { ensureNeo4jJars, type LocalNeo4jOptions } from './local-neo4j';
import { superviseLocalNeo4j } from './local-supervisor';
import { createDatabase, type Database, type DatabaseOptions } from './neo4j';
import { cypher } from './queries';
import { parseFirstRow } from './rows';

export interface Connection {
  db: Database;
  /** Where the database is, for the log. */
  uri: string;
  /** Stops the local Neo4j this process started, if it started one. */
  stopLocal: () => Promise<void>;
}

const nothingToStop = async () => undefined;

/** The database password: the configured one, or the local data directory's own. */
export const databasePassword = (config: Config) => config.NEO4J_PASSWORD ?? localDatabasePassword(config.LOCAL_NEO4J_DATA);

/** How the configuration says the local Neo4j should run. */
export function localNeo4jOptions(config: Config): LocalNeo4jOptions {
  return {
    port: config.LOCAL_NEO4J_PORT,
    dataDir: config.LOCAL_NEO4J_DATA,
    password: databasePassword(config),
    heap: config.LOCAL_NEO4J_HEAP,
    pageCache: config.LOCAL_NEO4J_PAGECACHE,
  };
}

/**
 * NEO4J_URI set: use that database (Aura, Desktop, a cluster) and start nothing. Otherwise use the
 * local Neo4j if `npm run db:start` already runs one, or start one tied to this process.
 */
export async function connect(config: Config, logger: Logger): Promise<Connection> {
  const settings = {
    user: config.NEO4J_USER,
    password: databasePassword(config),
    database: config.NEO4J_DATABASE,
    onCircuitChange: (state, reason) =>
      state === 'open'
        ? logger.error({ reason }, 'the database is gone: answering 503 until it is back')
        : logger.info({ reason }, 'the database answers again'),
  } satisfies Omit<DatabaseOptions, 'uri'>;
  if (config.NEO4J_URI) {
    return { db: createDatabase({ uri: config.NEO4J_URI, ...settings }), uri: config.NEO4J_URI, stopLocal: nothingToStop };
  }
  const localUri = `bolt://127.0.0.1:${config.LOCAL_NEO4J_PORT}`;
  // Asking whether one already runs is not the database failing: this probe's circuit logs nothing.
  const { onCircuitChange: _quiet, ...probeSettings } = settings;
  const probe = createDatabase({ uri: localUri, ...probeSettings });
  try {
    if ((await probe.check()).answered) {
      await ensureSameData(probe, config.LOCAL_NEO4J_DATA, config.LOCAL_NEO4J_PORT);
      logger.info({ uri: localUri }, 'using the local Neo4j that is already running');
      return { db: createDatabase({ uri: localUri, ...settings }), uri: localUri, stopLocal: nothingToStop };
    }
  } finally {
    await probe.close();
  }
  ensureNeo4jJars((line) => logger.info(line));
  logger.info({ port: config.LOCAL_NEO4J_PORT, data: config.LOCAL_NEO4J_DATA }, 'starting a local Neo4j Community');
  const local = await superviseLocalNeo4j({ ...localNeo4jOptions(config), onLog: (line) => logger.debug({ neo4j: line }) }, logger);
  return { db: createDatabase({ uri: local.uri, ...settings }), uri: local.uri, stopLocal: local.stop };
}

const homeRow = z.object({ home: z.string() });

const canonical = (folder: string) => {
  try {
    return realpathSync(folder);
  } catch {
    return resolve(folder);
  }
};

/**
 * A Neo4j already answering on the local port is used only when it serves this configuration's data
 * folder (the one `npm run db:start` runs): another Neo4j that happens to listen there, and take
 * the password, is refused by name instead of being written into.
 */
export async function ensureSameData(db: Database, dataDir: string, port: number): Promise<void> {
  const home = parseFirstRow('database-home', homeRow, await db.read(cypher('database-home')))?.home ?? 'an unknown folder';
  if (canonical(home) !== canonical(dataDir)) {
    throw new ConnectError(
      `The Neo4j answering on port ${port} serves another data folder (${home}), not LOCAL_NEO4J_DATA (${dataDir}). ` +
        'Stop it, or set LOCAL_NEO4J_PORT to a free port (or NEO4J_URI to use it on purpose).',
    );
  }
}

/** The app cannot use the database it found; the message says why, in plain words. */
export class ConnectError extends Error {
  override name = 'ConnectError';
}
