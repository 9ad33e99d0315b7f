import { AsyncLocalStorage } from 'node:async_hooks';

type Runner = (query: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** One write transaction that every query of a request joins, with what to do once it commits. */
export interface Unit {
  /** The database the unit belongs to: another database's queries do not join it. */
  owner: symbol;
  run: Runner;
  afterCommit: (() => void)[];
}

const units = new AsyncLocalStorage<Unit>();

/** The unit the calling code runs in, if it belongs to this database. */
export const currentUnit = (owner: symbol): Unit | undefined => {
  const unit = units.getStore();
  return unit?.owner === owner ? unit : undefined;
};

/** Runs `work` with every query of `owner`'s database joining `run`'s transaction, one query at a time. */
export function runInUnit<T>(owner: symbol, run: Runner, work: () => Promise<T>): { unit: Unit; result: Promise<T> } {
  let queue: Promise<unknown> = Promise.resolve();
  // A transaction runs one query at a time: queries sent at once (Promise.all) wait their turn.
  const serial: Runner = (query, params) => {
    const next = queue.then(() => run(query, params));
    queue = next.catch(() => undefined);
    return next;
  };
  const unit: Unit = { owner, run: serial, afterCommit: [] };
  return { unit, result: units.run(unit, work) };
}

/**
 * Runs `effect` once the current unit of work has committed (at once outside one): what must not
 * happen for a change that may still roll back, such as forgetting a cached session.
 */
export function afterCommit(effect: () => void): void {
  const unit = units.getStore();
  if (unit) unit.afterCommit.push(effect);
  else effect();
}
