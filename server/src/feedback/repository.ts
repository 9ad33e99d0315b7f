import neo4j from 'neo4j-driver';
import type { Feedback, Theme, ThemeStatus } from '../contracts/feedback';
import type { Tier } from '../contracts/partners';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

/** A theme as read: raisers' areas and tiers still one entry per raiser. */
export interface ThemeRow extends Omit<Theme, 'areas' | 'tiers' | 'ageDays'> {
  areas: ({ id: string; name: string } | null)[];
  tiers: Tier[];
}

export interface FeedbackFilters {
  ids?: string[] | null;
  partner?: string | null;
  pal?: string | null;
  unthemed?: boolean;
}

class ThemeMoveRefused extends Error {
  constructor(readonly before: ThemeStatus) {
    super('theme move refused');
  }
}

export function feedbackRepository(db: Database) {
  return {
    async create(id: string, partner: string, specialty: string | null, props: { text: string; sentiment: string; programme: string | null }): Promise<void> {
      await db.write(cypher('feedback-create'), { id, partner, specialty, props });
    },

    async list(filters: FeedbackFilters, limit: number): Promise<Feedback[]> {
      const rows = await db.read(cypher('feedback-list'), {
        ids: filters.ids ?? null,
        partner: filters.partner ?? null,
        pal: filters.pal ?? null,
        unthemed: filters.unthemed ?? false,
        limit: int(limit),
      });
      return rows.map((row) => row.feedback as Feedback);
    },

    async createTheme(id: string, curator: string | null, props: { title: string; summary: string }, feedback: string[]): Promise<void> {
      await db.write(cypher('theme-create'), { id, curator, props, feedback });
    },

    async addToTheme(id: string, feedback: string[]): Promise<boolean> {
      return (await db.write(cypher('theme-add-feedback'), { id, feedback })).length > 0;
    },

    /** Null when the theme or partner does not exist; otherwise whether they had raised it already. */
    async voice(id: string, partner: string): Promise<boolean | null> {
      const [row] = await db.write(cypher('theme-voice'), { id, partner });
      return row ? Boolean(row.already) : null;
    },

    async themes(ids: string[] | null, status: ThemeStatus | null, viewer: string | null): Promise<ThemeRow[]> {
      const rows = await db.read(cypher('theme-list'), { ids, status, viewer });
      return rows.map((row) => row.theme as ThemeRow);
    },

    /** Moves the status when `allowedFrom` holds the current one; says what it was before. */
    async move(
      id: string,
      status: ThemeStatus,
      allowedFrom: readonly ThemeStatus[],
      stamp: Record<string, unknown>,
    ): Promise<{ found: false } | { found: true; before: ThemeStatus; allowed: boolean }> {
      const now = neo4j.types.DateTime.fromStandardDate(new Date());
      const withTimes = Object.fromEntries(
        Object.entries(stamp).map(([key, value]) => [
          key,
          value === 'now' ? now : value instanceof Date ? neo4j.types.DateTime.fromStandardDate(value) : value,
        ]),
      );
      try {
        return await db.writeTransaction(async (run) => {
          const [row] = await run(cypher('theme-transition'), { id, status, allowedFrom: [...allowedFrom], stamp: withTimes });
          if (!row) return { found: false } as const;
          if (!row.allowed) throw new ThemeMoveRefused(row.before as ThemeStatus);
          return { found: true, before: row.before as ThemeStatus, allowed: true } as const;
        });
      } catch (error) {
        if (error instanceof ThemeMoveRefused) return { found: true, before: error.before, allowed: false };
        throw error;
      }
    },
  };
}

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
