import type { z } from 'zod';
import type { Database, Params, Row } from './neo4j';
import type { QueryName } from './queries';
import { cypher } from './queries';
import { parseFirstRow } from './rows';

/** What a guarded change did: nothing found, or what was found and whether the change was allowed. */
export type GuardedOutcome<S> = { found: false } | { found: true; state: S; allowed: boolean };

export interface GuardedChange<S extends z.ZodType> {
  /** Locks the thing (any write to it does) and returns its state as one row; no row: not found. */
  query: QueryName;
  params: Params;
  state: S;
  /** Whether the state found permits the change. */
  allowed(state: z.output<S>): boolean;
  /** The rest of the change, in the same transaction, once it is allowed. */
  apply?(run: (query: string, params?: Params) => Promise<Row[]>, state: z.output<S>): Promise<void>;
}

/** Thrown inside the transaction so that Neo4j rolls back whatever the locking query wrote. */
class Refused<S> extends Error {
  constructor(readonly state: S) {
    super('change refused');
  }
}

/**
 * Lock, check, refuse by rolling back: the one way a status change is made. The locking query runs
 * first (it may already have written, as a check-and-set does); a refused change throws inside the
 * transaction, so nothing of it stays, and comes back as `allowed: false` with the state found.
 */
export async function guardedChange<S extends z.ZodType>(db: Database, change: GuardedChange<S>): Promise<GuardedOutcome<z.output<S>>> {
  try {
    return await db.writeTransaction(async (run) => {
      const state = parseFirstRow(change.query, change.state, await run(cypher(change.query), change.params));
      if (state === null) return { found: false } as const;
      if (!change.allowed(state)) throw new Refused(state);
      await change.apply?.(run, state);
      return { found: true, state, allowed: true } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { found: true, state: error.state as z.output<S>, allowed: false };
    throw error;
  }
}
