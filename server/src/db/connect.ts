import type { Config } from '../config';
import type { Logger } from '../logger';
import { localDatabasePassword } from './local-password';
import { ensureNeo4jJars, startLocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';
import { createDatabase, type Database } from './neo4j';

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
  const credentials = { user: config.NEO4J_USER, password: databasePassword(config), database: config.NEO4J_DATABASE };
  if (config.NEO4J_URI) {
    return { db: createDatabase({ uri: config.NEO4J_URI, ...credentials }), uri: config.NEO4J_URI, stopLocal: nothingToStop };
  }
  const localUri = `bolt://127.0.0.1:${config.LOCAL_NEO4J_PORT}`;
  const running = createDatabase({ uri: localUri, ...credentials });
  try {
    await running.ping();
    logger.info({ uri: localUri }, 'using the local Neo4j that is already running');
    return { db: running, uri: localUri, stopLocal: nothingToStop };
  } catch {
    await running.close();
  }
  ensureNeo4jJars((line) => logger.info(line));
  logger.info({ port: config.LOCAL_NEO4J_PORT, data: config.LOCAL_NEO4J_DATA }, 'starting a local Neo4j Community');
  const local = await startLocalNeo4j({ ...localNeo4jOptions(config), onLog: (line) => logger.debug({ neo4j: line }) });
  return { db: createDatabase({ uri: local.uri, ...credentials }), uri: local.uri, stopLocal: local.stop };
}
