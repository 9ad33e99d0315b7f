import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isPoint, Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { databaseUnavailable, tookTooLong } from '../errors';
import { createCircuit, withDeadline, type Circuit, type CircuitState } from './circuit';
import { currentUnit, runInUnit, type Unit } from './unit-of-work';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** How long a request may wait for the database before it answers 503. */
  unavailableAfterMs?: number;
  /** The database ends a read transaction that runs longer (default 15 s)… */
  readTimeoutMs?: number;
  /** …and a write transaction (default 60 s; an import names its own). */
  writeTimeoutMs?: number;
  /** Told when the database is found gone or back (for the log and the metrics). */
  onCircuitChange?: (state: CircuitState, reason: string) => void;
}

/** Options of one write transaction. */
export interface WriteOptions {
  /** Longer than the default, for the one statement that must do much at once (an import). */
  timeoutMs?: number;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * The one door to Neo4j. Repositories run named queries through `read` and `write`, which use
 * executeRead / executeWrite so that a cluster or Aura routes them to the right member unchanged.
 * Every value that comes back is converted to plain JSON-friendly data here, once. All sessions
 * chain through one bookmark manager, so every read sees every write before it.
 */
export interface Database {
  readonly driver: Driver;
  /** `timeoutMs`: longer than the default, for the one read that must take everything (an export, a backup). */
  read(query: string, params?: Params, options?: { timeoutMs?: number }): Promise<Row[]>;
  write(query: string, params?: Params): Promise<Row[]>;
  /**
   * Runs `work` as one unit: every read and write it makes, through any repository, joins one write
   * transaction that commits when `work` resolves and rolls back when it throws. A request's change,
   * the read-back it answers with and its audit entry thus stand or fall together.
   */
  inUnitOfWork<T>(work: () => Promise<T>): Promise<T>;
  /** Several statements in one write transaction (all or nothing). */
  writeTransaction<T>(work: (run: (query: string, params?: Params) => Promise<Row[]>) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** Whether the database answers a round trip within about a second, and how fast. */
  check(): ReturnType<Circuit['check']>;
  /** Open while the database is known to be gone: requests are then answered 503 at once. */
  readonly circuitState: CircuitState;
  close(): Promise<void>;
}

export function createDatabase(options: DatabaseOptions): Database {
  const timeout = options.unavailableAfterMs ?? 2000;
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout: timeout,
    // Under load requests queue for a connection rather than fail; a database that is gone is the
    // circuit breaker's to answer at once.
    connectionAcquisitionTimeout: Math.max(timeout, 10_000),
    // Transient failures are retried for a second at most: beyond that the caller is better off with
    // a quick 503 and Retry-After than with a request that hangs.
    maxTransactionRetryTime: Math.min(timeout, 1000),
    logging: { level: 'error', logger: () => undefined },
  });
  // Every session shares the driver's bookmark manager (the one executeQuery uses), so a read after
  // a write waits for that write on whichever cluster member answers: causal consistency on Aura
  // or a cluster, where a follower might otherwise answer 404 for what was just created.
  const sessionConfig = {
    ...(options.database ? { database: options.database } : {}),
    bookmarkManager: driver.executeQueryBookmarkManager,
  };

  const runIn =
    (tx: ManagedTransaction) =>
    async (query: string, params: Params = {}) => {
      const result = await tx.run(query, params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    };

  const readTimeoutMs = options.readTimeoutMs ?? 15_000;
  const writeTimeoutMs = options.writeTimeoutMs ?? 60_000;

  // The probe has a pool of its own: when a burst of work holds every connection of the main pool,
  // the database is busy, and the probe must still reach it to tell that from gone.
  const probeDriver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: 2,
    connectionTimeout: 1000,
    connectionAcquisitionTimeout: 1000,
    logging: { level: 'error', logger: () => undefined },
  });
  const circuit = createCircuit({
    probe: async () => {
      const session = probeDriver.session({ ...(options.database ? { database: options.database } : {}), defaultAccessMode: 'READ' });
      try {
        // One try, no retries: a refused connection is "down" at once, not after the retry window.
        await session.run('RETURN 1', {}, { timeout: 1000 });
      } catch (error) {
        throw translateDriverError(error);
      } finally {
        // Not awaited: a database that does not answer would hold the probe here.
        void session.close().catch(() => undefined);
      }
    },
    ...(options.onCircuitChange ? { onChange: options.onCircuitChange } : {}),
  });

  // Every transaction has a timeout, so one heavy call cannot hold the database for ever; the
  // database enforces it, and a deadline a little later covers a database that cannot even do that.
  function withSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, timeout = mode === 'READ' ? readTimeoutMs : writeTimeoutMs) {
    return circuit.run(async () => {
      const session = driver.session({ ...sessionConfig, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
      let result: T;
      try {
        const running = mode === 'READ' ? session.executeRead(work, { timeout }) : session.executeWrite(work, { timeout });
        result = await withDeadline(running, timeout + DEADLINE_MARGIN_MS, tookTooLong);
      } catch (error) {
        // Not awaited: a database that does not answer would hold the request here.
        void session.close().catch(() => undefined);
        throw translateDriverError(error);
      }
      await session.close().catch(() => undefined);
      return result;
    });
  }

  const owner = Symbol('database');

  async function inUnitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (currentUnit(owner)) return work();
    let committed: Unit | undefined;
    // executeWrite may run this again after a transient failure: each attempt is a fresh unit, and
    // only the one that committed has its after-commit effects run.
    const result = await withSession('WRITE', async (tx) => {
      const attempt = runInUnit(owner, runIn(tx), work);
      const value = await attempt.result;
      committed = attempt.unit;
      return value;
    });
    for (const effect of committed?.afterCommit ?? []) effect();
    return result;
  }

  return {
    driver,
    read: (query, params, readOptions) =>
      currentUnit(owner)?.run(query, params) ?? withSession('READ', (tx) => runIn(tx)(query, params), readOptions?.timeoutMs),
    write: (query, params) => currentUnit(owner)?.run(query, params) ?? withSession('WRITE', (tx) => runIn(tx)(query, params)),
    inUnitOfWork,
    writeTransaction: (work, writeOptions) => {
      const unit = currentUnit(owner);
      return unit ? work(unit.run) : withSession('WRITE', (tx) => work(runIn(tx)), writeOptions?.timeoutMs);
    },
    check: () => circuit.check(),
    get circuitState() {
      return circuit.state;
    },
    close: async () => {
      circuit.stop();
      await Promise.all([driver.close(), probeDriver.close()]);
    },
  };
}

/** How long past its own timeout a transaction is given before the app stops waiting for it. */
const DEADLINE_MARGIN_MS = 5000;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Connection failures become a 503 the API can answer with; anything else is passed on untouched. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) return databaseUnavailable();
  // The transaction's own timeout (or the database's) ended it.
  if (error instanceof Neo4jError && /TransactionTimedOut/.test(error.code)) return tookTooLong();
  // Waiting for a free connection is the database being busy, not gone: no reason to open the circuit.
  if (error instanceof Error && /Connection acquisition timed out/.test(error.message)) return tookTooLong();
  if (error instanceof Error && /ECONNREFUSED|ETIMEDOUT/.test(error.message)) {
    return databaseUnavailable();
  }
  return error;
}

/** A write refused by a uniqueness constraint: something with that id already exists. */
export const isConstraintViolation = (error: unknown): boolean =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** A whole number Cypher must see as an integer (LIMIT, SKIP, counters), not a float. */
export const int = (value: number) => neo4j.int(value);

/** Converts driver values (Integer, temporal, spatial) into plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isDate(value)) return value.toString();
  if (isPoint(value)) return { latitude: value.y, longitude: value.x };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}
