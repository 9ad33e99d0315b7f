import { AppError, databaseUnavailable } from '../errors';

export type CircuitState = 'closed' | 'open';

export interface CircuitOptions {
  /** A cheap round trip to the database (RETURN 1); it must settle or be abandoned within `probeTimeoutMs`. */
  probe: () => Promise<unknown>;
  /** How often the circuit looks at the database: probes while open, and checks for a stall while closed. */
  checkEveryMs?: number;
  /** A probe that takes longer counts as no answer. */
  probeTimeoutMs?: number;
  /** Work under way this long, with nothing finishing meanwhile, makes the circuit ask whether the database still answers. */
  stalledAfterMs?: number;
  onChange?: (state: CircuitState, reason: string) => void;
}

export interface Circuit {
  readonly state: CircuitState;
  /** Runs one piece of database work: at once refused while open, cut off when the circuit opens under it. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Asks the database for a round trip within the probe's time limit: how long it took, or why not. */
  check(): Promise<{ answered: true; latencyMs: number } | { answered: false; reason: 'down' | 'not_answering' }>;
  stop(): void;
}

/** Rejects when `ms` pass first; the work itself is left to settle on its own. */
export function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onLate()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The database was reached but did not answer in time: frozen, or very busy. */
class NotAnswering extends AppError {
  constructor() {
    super(503, 'database_unavailable', 'The database is not answering right now; try again shortly', undefined, { retryAfterSeconds: 2 });
  }
}
const notAnswering = () => new NotAnswering();

/** How many probes in a row must go unanswered during a stall before the circuit opens. */
const STALLED_PROBES_TO_OPEN = 3;

const isUnavailable = (error: unknown) => error instanceof AppError && error.code === 'database_unavailable';

/**
 * A circuit breaker in front of the database. Once the database is known to be gone (a connection
 * refused, or a stall: work waiting, nothing finishing and a probe unanswered), requests are
 * answered 503 at once instead of each waiting out the driver's timeouts, and the work under way is
 * cut off with a 503. A probe every second closes the circuit as soon as the database answers.
 *
 * A stall needs both signs, and 5 s of them, because a busy database is slow, not gone: under load
 * some work keeps finishing, and the circuit stays closed.
 */
export function createCircuit(options: CircuitOptions): Circuit {
  const checkEveryMs = options.checkEveryMs ?? 1000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 1000;
  // Long enough that a burst of heavy work on a saturated database (nothing finishing for seconds)
  // is not taken for a frozen one, with the probe's own connection: see decision 20.
  const stalledAfterMs = options.stalledAfterMs ?? 5000;

  let state: CircuitState = 'closed';
  let lastFinishedAt = Date.now();
  let probing = false;
  const underWay = new Map<symbol, { startedAt: number; cutOff: (error: Error) => void }>();

  function change(next: CircuitState, reason: string) {
    if (state === next) return;
    state = next;
    options.onChange?.(next, reason);
    if (next === 'open') for (const { cutOff } of underWay.values()) cutOff(reason === 'not answering' ? notAnswering() : databaseUnavailable());
  }

  async function check() {
    const started = performance.now();
    try {
      await withDeadline(options.probe(), probeTimeoutMs, notAnswering);
      return { answered: true as const, latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      // A refused connection is the database gone; a slow answer (no answer within the limit, its
      // own timeout, no free connection) may be a busy one, and opens nothing by itself.
      const gone = isUnavailable(error) && !(error instanceof NotAnswering);
      if (gone) change('open', 'unreachable');
      return { answered: false as const, reason: gone ? ('down' as const) : ('not_answering' as const) };
    }
  }

  function stalled() {
    const now = Date.now();
    const oldest = Math.min(...[...underWay.values()].map((work) => work.startedAt));
    return underWay.size > 0 && now - oldest > stalledAfterMs && now - lastFinishedAt > stalledAfterMs;
  }

  // Probes unanswered in a row during a stall: a database pausing for garbage collection under
  // one huge read misses one; a frozen one misses them all.
  let unanswered = 0;

  async function look() {
    if (probing) return;
    if (state === 'closed' && !stalled()) {
      unanswered = 0;
      return;
    }
    probing = true;
    try {
      const answer = await check();
      if (answer.answered) {
        unanswered = 0;
        lastFinishedAt = Date.now();
        change('closed', 'the database answers again');
      } else if (answer.reason === 'down') change('open', 'unreachable');
      else if (++unanswered >= STALLED_PROBES_TO_OPEN) change('open', 'not answering');
    } finally {
      probing = false;
    }
  }

  const watch = setInterval(() => void look(), checkEveryMs);
  watch.unref();

  return {
    get state() {
      return state;
    },
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (state === 'open') throw databaseUnavailable();
      const key = Symbol('work');
      let cutOff: (error: Error) => void = () => undefined;
      const cut = new Promise<never>((_, reject) => {
        cutOff = reject;
      });
      underWay.set(key, { startedAt: Date.now(), cutOff });
      try {
        return await Promise.race([work(), cut]);
      } catch (error) {
        if (isUnavailable(error)) change('open', 'unreachable');
        throw error;
      } finally {
        underWay.delete(key);
        lastFinishedAt = Date.now();
      }
    },
    check,
    stop: () => clearInterval(watch),
  };
}
