import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { introductionStatusSchema, type CreateIntroduction, type Introduction, type IntroductionStatus } from '../contracts/introductions';
import { guardedChange } from '../db/guarded-change';
import { cypher } from '../db/queries';
import { DECLINED_COOLDOWN_DAYS } from '../matches/weights';
import { int, type Database } from '../db/neo4j';
import { introductionSchema } from '../contracts/introductions';
import { parseColumn } from '../db/rows';

export interface IntroductionFilters {
  pal: string | null;
  partner: string | null;
  status: IntroductionStatus | null;
}

export type TransitionOutcome = { found: false } | { found: true; before: IntroductionStatus; allowed: boolean };

export function introductionRepository(db: Database) {
  async function list(filters: IntroductionFilters, limit: number, ids: string[] | null): Promise<Introduction[]> {
    const rows = await db.read(cypher('introduction-list'), { ...filters, ids, limit: int(limit) });
    return parseColumn('introduction-list', 'introduction', introductionSchema, rows);
  }

  return {
    async findById(id: string): Promise<Introduction | null> {
      return (await list({ pal: null, partner: null, status: null }, 1, [id]))[0] ?? null;
    },

    list: (filters: IntroductionFilters, limit: number) => list(filters, limit, null),

    /**
     * Creates a proposed introduction. With `exclusive` (a partner's request) it is made only if the
     * pair is free, checked under lock; says whether it was made.
     */
    async create(
      id: string,
      body: CreateIntroduction & { introducer: string },
      by: string,
      options: { requestedBy?: string; exclusive?: boolean } = {},
    ): Promise<boolean> {
      const rows = await db.write(cypher('introduction-create'), {
        id,
        ...body,
        notes: body.notes ?? null,
        by,
        requestedBy: options.requestedBy ?? null,
        exclusive: options.exclusive ?? false,
        cooldownDays: int(DECLINED_COOLDOWN_DAYS),
      });
      return rows.length > 0;
    },

    /** Moves the status when `allowedFrom` holds the current one; otherwise changes nothing. */
    async transition(id: string, status: IntroductionStatus, allowedFrom: IntroductionStatus[], by: string, notes: string | null): Promise<TransitionOutcome> {
      const stamp = { [`${status}At`]: neo4j.types.DateTime.fromStandardDate(new Date()), [`${status}By`]: by };
      const outcome = await guardedChange(db, {
        query: 'introduction-transition',
        params: { id, status, allowedFrom, stamp, notes },
        state: z.object({ before: introductionStatusSchema, allowed: z.boolean() }),
        allowed: (state) => state.allowed,
      });
      return outcome.found ? { found: true, before: outcome.state.before, allowed: outcome.allowed } : outcome;
    },
  };
}

export type IntroductionRepository = ReturnType<typeof introductionRepository>;
