import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { themeStatusSchema, type Feedback, type Theme, type ThemeStatus } from '../contracts/feedback';
import type { Tier } from '../contracts/partners';
import { guardedChange } from '../db/guarded-change';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { feedbackSchema } from '../contracts/feedback';
import { parseColumn } from '../db/rows';

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
      return parseColumn('feedback-list', 'feedback', feedbackSchema, rows);
    },

    /** The id of the theme made, or of the one a doubled request made first (see theme-create). */
    async createTheme(id: string, curator: string | null, props: { title: string; summary: string }, feedback: string[]): Promise<string> {
      const [row] = await db.write(cypher('theme-create'), { id, curator, props, feedback });
      return String(row?.id ?? id);
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
      const outcome = await guardedChange(db, {
        query: 'theme-transition',
        params: { id, status, allowedFrom: [...allowedFrom], stamp: withTimes },
        state: z.object({ before: themeStatusSchema, allowed: z.boolean() }),
        allowed: (state) => state.allowed,
      });
      return outcome.found ? { found: true, before: outcome.state.before, allowed: outcome.allowed } : outcome;
    },
  };
}

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
