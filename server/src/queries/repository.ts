import type { Query } from '../contracts/queries';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

export interface RouteTarget {
  pal: string;
  name: string;
  isExpert: boolean;
}

export interface QueryState {
  status: 'open' | 'answered';
  assignee: string;
  hop: number;
}

/** Thrown inside a transaction to roll it back when the question may not change that way. */
export class QueryChangeRefused extends Error {
  constructor(readonly state: QueryState) {
    super('query change refused');
  }
}

/** The PAL a question is with is the one its last hop went to. */
const withAssignee = (query: Omit<Query, 'assignee'>): Query => ({ ...query, assignee: query.hops.at(-1)!.to });

export function queryRepository(db: Database) {
  async function list(ids: string[] | null, pal: string | null, limit: number, asker: string | null = null): Promise<Query[]> {
    const rows = await db.read(cypher('query-list'), { ids, pal, asker, limit: int(limit) });
    return rows.map((row) => withAssignee(row.query as Omit<Query, 'assignee'>));
  }

  /** Runs `change` on a locked question when `allowed` says its state permits it. */
  function changeLocked(id: string, allowed: (state: QueryState) => boolean, change: (run: (q: string, p: Record<string, unknown>) => Promise<unknown>, state: QueryState) => Promise<void>) {
    return db.writeTransaction(async (run) => {
      const [row] = await run(cypher('query-lock'), { id });
      if (!row) return null;
      const state = row as unknown as QueryState;
      if (!allowed(state)) throw new QueryChangeRefused(state);
      await change(run, state);
      return state;
    });
  }

  return {
    async routeTarget(partner: string, specialty: string): Promise<RouteTarget | null> {
      const [row] = await db.read(cypher('query-route-target'), { partner, specialty });
      return row?.pal ? (row as unknown as RouteTarget) : null;
    },
    async create(id: string, partner: string, specialty: string, text: string, pal: string, note: string): Promise<void> {
      await db.write(cypher('query-create'), { id, partner, specialty, text, pal, note });
    },
    async findById(id: string): Promise<Query | null> {
      return (await list([id], null, 1))[0] ?? null;
    },
    passedThrough: (pal: string, limit: number) => list(null, pal, limit),
    askedBy: (partner: string, limit: number) => list(null, null, limit, partner),
    async isPal(id: string): Promise<boolean> {
      return (await db.read(cypher('pal-exists'), { id })).length > 0;
    },
    forward(id: string, by: string, to: string, note: string | null, allowed: (state: QueryState) => boolean) {
      return changeLocked(id, allowed, async (run, state) => {
        await run(cypher('query-forward'), { id, by, to, note, hop: int(state.hop + 1) });
      });
    },
    answer(id: string, by: string, answer: string, allowed: (state: QueryState) => boolean) {
      return changeLocked(id, allowed, async (run) => {
        await run(cypher('query-answer'), { id, by, answer });
      });
    },
  };
}

export type QueryRepository = ReturnType<typeof queryRepository>;
