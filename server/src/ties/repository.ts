import type { CreateTie, Tie } from '../contracts/ties';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { tieSchema } from '../contracts/ties';
import { parseFirstRow } from '../db/rows';

export function tieRepository(db: Database) {
  return {
    /** Null when the two already know each other. */
    async create(tie: CreateTie): Promise<Tie | null> {
      const rows = await db.write(cypher('tie-create'), {
        from: tie.from,
        to: tie.to,
        since: tie.since ?? null,
        strength: int(tie.strength),
      });
      return parseFirstRow('tie-create', tieSchema, rows);
    },
    async remove(from: string, to: string): Promise<boolean> {
      const [row] = await db.write(cypher('tie-delete'), { from, to });
      return Number(row?.deleted ?? 0) > 0;
    },
  };
}

export type TieRepository = ReturnType<typeof tieRepository>;
