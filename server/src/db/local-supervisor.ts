import type { Logger } from '../logger';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';

export interface SupervisedNeo4j {
  uri: string;
  /** The JVM running now (it changes at each restart). */
  pid(): number;
  stop(): Promise<void>;
}

export interface SupervisionOptions {
  /** Starts tried, one after another, before giving up (default 5: about 30 s of back-off). */
  attempts?: number;
  /** The first wait before a restart; each next one doubles (default 1 s). */
  firstDelayMs?: number;
  /** What happens when it cannot be restarted: by default the process exits non-zero, for its supervisor to restart both. */
  giveUp?: () => void;
  start?: (options: LocalNeo4jOptions) => Promise<LocalNeo4j>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the local Neo4j and starts it again when it dies under the app (a crash, an out-of-memory
 * exit, a kill), with back-off, on the same port and data, so the driver reconnects and the app
 * serves again without anyone stepping in. When it cannot, the app gives up and exits non-zero
 * rather than answering 503 for ever.
 */
export async function superviseLocalNeo4j(options: LocalNeo4jOptions, logger: Logger, supervision: SupervisionOptions = {}): Promise<SupervisedNeo4j> {
  const start = supervision.start ?? startLocalNeo4j;
  const attempts = supervision.attempts ?? 5;
  const firstDelayMs = supervision.firstDelayMs ?? 1000;
  const giveUp = supervision.giveUp ?? (() => process.exit(1));
  let current = await start(options);
  let stopping = false;

  async function restart() {
    for (let attempt = 1; attempt <= attempts && !stopping; attempt++) {
      const delayMs = firstDelayMs * 2 ** (attempt - 1);
      logger.warn({ attempt, delayMs }, 'the local Neo4j stopped unexpectedly: starting it again');
      await pause(delayMs);
      if (stopping) return;
      try {
        current = await start(options);
        logger.info({ attempt, pid: current.pid }, 'the local Neo4j runs again');
        watch();
        return;
      } catch (error) {
        logger.error({ err: error, attempt }, 'the local Neo4j could not be started again');
      }
    }
    if (!stopping) {
      logger.fatal({ attempts }, 'giving up on the local Neo4j: exiting so that a supervisor restarts the app');
      giveUp();
    }
  }

  function watch() {
    const watched = current;
    void watched.exited.then(() => {
      if (!stopping && watched === current) void restart();
    });
  }
  watch();

  return {
    uri: current.uri,
    pid: () => current.pid,
    async stop() {
      stopping = true;
      await current.stop();
    },
  };
}
