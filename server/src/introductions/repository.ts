import neo4j from 'neo4j-driver';
import type { CreateIntroduction, Introduction, IntroductionStatus } from '../contracts/introductions';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

export interface IntroductionFilters {
  pal: string | null;
  partner: string | null;
  status: IntroductionStatus | null;
}

export type TransitionOutcome = { found: false } | { found: true; before: IntroductionStatus; allowed: boolean };

/** Thrown inside the transaction to roll back a move that was not allowed. */
class TransitionRefused extends Error {
  constructor(readonly before: IntroductionStatus) {
    super('transition refused');
  }
}

export function introductionRepository(db: Database) {
  return {
    async findById(id: string): Promise<Introduction | null> {
      const [row] = await db.read(cypher('introduction-by-id'), { id });
      return row ? (row.introduction as Introduction) : null;
    },

    async list(filters: IntroductionFilters, limit: number): Promise<Introduction[]> {
      const rows = await db.read(cypher('introduction-list'), { ...filters, limit: int(limit) });
      return rows.map((row) => row.introduction as Introduction);
    },

    async create(id: string, body: CreateIntroduction): Promise<void> {
      await db.write(cypher('introduction-create'), { id, ...body, notes: body.notes ?? null });
    },

    /** Moves the status when `allowedFrom` holds the current one; otherwise changes nothing. */
    async transition(
      id: string,
      status: IntroductionStatus,
      allowedFrom: IntroductionStatus[],
      notes: string | null,
    ): Promise<TransitionOutcome> {
      const stamp = { [`${status}At`]: neo4j.types.DateTime.fromStandardDate(new Date()) };
      try {
        return await db.writeTransaction(async (run) => {
          const [row] = await run(cypher('introduction-transition'), { id, status, allowedFrom, stamp, notes });
          if (!row) return { found: false } as const;
          const before = row.before as IntroductionStatus;
          if (!row.allowed) throw new TransitionRefused(before);
          return { found: true, before, allowed: true } as const;
        });
      } catch (error) {
        if (error instanceof TransitionRefused) return { found: true, before: error.before, allowed: false };
        throw error;
      }
    },
  };
}

export type IntroductionRepository = ReturnType<typeof introductionRepository>;
