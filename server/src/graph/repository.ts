import type { PathStep } from '../contracts/graph';
import type { Tier } from '../contracts/partners';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

export interface NeighborRow {
  id: string;
  name: string;
  company: string;
  tier: Tier;
  managed: boolean;
  isPal: boolean;
  area: string | null;
  distance: number;
  degree: number;
}

export interface EdgeRow {
  source: string;
  target: string;
  strength: number;
  since: string | null;
}

export function graphRepository(db: Database) {
  return {
    /** Null when the focused partner does not exist. */
    async neighborhood(id: string, depth: number, limit: number): Promise<{ total: number; partners: NeighborRow[] } | null> {
      const rows = await db.read(cypher('graph-neighborhood'), { id, depth: int(depth), limit: int(limit) });
      if (rows.length === 0) return null;
      return { total: Number(rows[0]!.total), partners: rows.map((row) => row.partner as NeighborRow) };
    },

    async edgesAmong(ids: string[]): Promise<EdgeRow[]> {
      return (await db.read(cypher('graph-edges-among'), { ids })) as unknown as EdgeRow[];
    },

    async shortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<PathStep[][]> {
      const rows = await db.read(cypher('graph-shortest-paths'), { from, to, maxHops: int(maxHops), limit: int(limit) });
      return rows.map((row) => row.partners as PathStep[]);
    },
  };
}

export type GraphRepository = ReturnType<typeof graphRepository>;
