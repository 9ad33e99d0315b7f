import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { introductionStatusSchema, type CreateIntroduction, type Introduction, type IntroductionStatus } from '../contracts/introductions';
import { guardedChange } from '../db/guarded-change';
import { cypher } from '../db/queries';
import { DECLINED_COOLDOWN_DAYS } from '../matches/weights';
import { int, type Database } from '../db/neo4j';
import { introductionSchema } from '../contracts/introductions';
import { parseColumn, parseFirstRow, parseRows } from '../db/rows';
import { newId } from '../ids';

export interface IntroductionFilters {
  pal: string | null;
  partner: string | null;
  status: IntroductionStatus | null;
}

const pairStateSchema = z.object({ known: z.boolean(), underWay: z.boolean(), openBetween: z.boolean(), open: z.boolean(), today: z.number().int() });
export type IntroductionPairState = z.infer<typeof pairStateSchema>;

/** One step of an introduction: where it goes, from where it may, who takes it and what they say. */
export interface IntroductionStep {
  status: IntroductionStatus;
  allowedFrom: IntroductionStatus[];
  /** Null for the app itself (a lapse on schedule). */
  by: string | null;
  comment?: string | undefined;
  privateNote?: string | undefined;
}

const introductionParams = (id: string, body: CreateIntroduction & { introducer: string }, by: string, requestedBy: string | null) => ({
  id,
  introducer: body.introducer,
  from: body.from,
  to: body.to,
  reason: body.reason,
  privateNote: body.privateNote ?? null,
  by,
  requestedBy,
});

const answerStateSchema = z.object({
  status: introductionStatusSchema,
  from: z.string(),
  to: z.string(),
  fromAnswer: z.enum(['yes', 'no']).nullable(),
  toAnswer: z.enum(['yes', 'no']).nullable(),
  remindedAt: z.string().nullable(),
});
export type AnswerState = z.infer<typeof answerStateSchema>;

const dueSchema = z.object({ id: z.string(), due: z.enum(['remind', 'lapse', 'ask_outcome']) });
export type DueIntroduction = z.infer<typeof dueSchema>;

const sideDetailsSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  offers: z.array(z.string()),
  seeks: z.array(z.string()),
});
const mailDetailsSchema = z.object({
  reason: z.string(),
  sides: z.tuple([sideDetailsSchema, sideDetailsSchema]),
  messages: z.tuple([z.string().nullable(), z.string().nullable()]),
  pal: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }).nullable(),
});
export type IntroductionMailDetails = z.infer<typeof mailDetailsSchema>;

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
     * Creates a proposed introduction — by `by`, at the request of `requestedBy` if a partner asked —
     * only when `allowed` says the pair's state, read under lock, permits it; otherwise nothing is
     * written. Not found when either partner is unknown.
     */
    create: (
      id: string,
      body: CreateIntroduction & { introducer: string },
      who: { by: string; requestedBy: string | null },
      allowed: (state: IntroductionPairState) => boolean,
    ) =>
      guardedChange(db, {
        query: 'introduction-pair-state',
        params: { from: body.from, to: body.to, cooldownDays: int(DECLINED_COOLDOWN_DAYS) },
        state: pairStateSchema,
        allowed,
        apply: async (run) => {
          await run(cypher('introduction-create'), introductionParams(id, body, who.by, who.requestedBy));
        },
      }),

    /**
     * Locks the introduction and reads its sides' answers; when `decide` allows it, sets what it
     * returns (an answer, the status it leads to, a reminder) in the same transaction.
     */
    changeAnswers: (id: string, decide: (state: AnswerState) => Record<string, unknown> | null) => {
      let changes: Record<string, unknown> | null = null;
      return guardedChange(db, {
        query: 'introduction-answer-state',
        params: { id },
        state: answerStateSchema,
        allowed: (state) => {
          changes = decide(state);
          return changes !== null;
        },
        apply: async (run) => {
          await run(cypher('introduction-set'), { id, changes });
        },
      });
    },

    async due(
      now: Date,
      days: { remindAfterDays: number; lapseAfterDays: number; outcomeAfterDays: number },
      ids: string[] | null,
    ): Promise<DueIntroduction[]> {
      const rows = await db.read(cypher('introduction-due'), {
        now: now.toISOString(),
        remindAfterDays: int(days.remindAfterDays),
        lapseAfterDays: int(days.lapseAfterDays),
        outcomeAfterDays: int(days.outcomeAfterDays),
        ids,
      });
      return parseRows('introduction-due', dueSchema, rows);
    },

    async mailDetails(id: string): Promise<IntroductionMailDetails | null> {
      return parseFirstRow('introduction-mail-details', mailDetailsSchema, await db.read(cypher('introduction-mail-details'), { id }));
    },

    /** Moves the status when `allowedFrom` holds the current one; otherwise changes nothing. */
    async transition(id: string, step: IntroductionStep): Promise<TransitionOutcome> {
      const { status, by } = step;
      const stamp = { [`${status}At`]: neo4j.types.DateTime.fromStandardDate(new Date()), [`${status}By`]: by };
      const comment = step.comment ? { id: newId('c'), text: step.comment, by } : null;
      const outcome = await guardedChange(db, {
        query: 'introduction-transition',
        params: { id, status, allowedFrom: step.allowedFrom, stamp, privateNote: step.privateNote ?? null, comment },
        state: z.object({ before: introductionStatusSchema, allowed: z.boolean() }),
        allowed: (state) => state.allowed,
      });
      return outcome.found ? { found: true, before: outcome.state.before, allowed: outcome.allowed } : outcome;
    },
  };
}

export type IntroductionRepository = ReturnType<typeof introductionRepository>;
