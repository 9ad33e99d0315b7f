import { z } from 'zod';
import { questionSchema, type Question } from '../contracts/questions';
import { guardedChange } from '../db/guarded-change';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { parseFirstRow, parseRows } from '../db/rows';

const routeTargetRowSchema = z.object({ pal: z.string().nullable(), name: z.string().nullable(), isExpert: z.boolean() });
const questionStateSchema = z.object({ status: z.enum(['open', 'answered']), assignee: z.string(), hop: z.number() });
const questionRowSchema = z.object({ question: questionSchema.omit({ assignee: true }) });

export interface RouteTarget {
  pal: string;
  name: string;
  isExpert: boolean;
}

export type QuestionState = z.infer<typeof questionStateSchema>;

/** The PAL a question is with is the one its last hop went to. */
const withAssignee = (question: Omit<Question, 'assignee'>): Question => ({ ...question, assignee: question.hops.at(-1)!.to });

export function questionRepository(db: Database) {
  async function list(ids: string[] | null, pal: string | null, limit: number, asker: string | null = null): Promise<Question[]> {
    const rows = await db.read(cypher('question-list'), { ids, pal, asker, limit: int(limit) });
    return parseRows('question-list', questionRowSchema, rows).map((row) => withAssignee(row.question));
  }

  /** Runs `apply` on the locked question when `allowed` says its state permits it. */
  const changeLocked = (
    id: string,
    allowed: (state: QuestionState) => boolean,
    apply: (run: (query: string, params?: Record<string, unknown>) => Promise<unknown>, state: QuestionState) => Promise<void>,
  ) => guardedChange(db, { query: 'question-lock', params: { id }, state: questionStateSchema, allowed, apply });

  return {
    async routeTarget(partner: string, specialty: string): Promise<RouteTarget | null> {
      const row = parseFirstRow('question-route-target', routeTargetRowSchema, await db.read(cypher('question-route-target'), { partner, specialty }));
      return row?.pal && row.name ? { pal: row.pal, name: row.name, isExpert: row.isExpert } : null;
    },
    async create(id: string, partner: string, specialty: string, text: string, pal: string, note: string): Promise<void> {
      await db.write(cypher('question-create'), { id, partner, specialty, text, pal, note });
    },
    async findById(id: string): Promise<Question | null> {
      return (await list([id], null, 1))[0] ?? null;
    },
    passedThrough: (pal: string, limit: number) => list(null, pal, limit),
    askedBy: (partner: string, limit: number) => list(null, null, limit, partner),
    async isPal(id: string): Promise<boolean> {
      return (await db.read(cypher('pal-exists'), { id })).length > 0;
    },
    forward(id: string, by: string, to: string, note: string | null, allowed: (state: QuestionState) => boolean) {
      return changeLocked(id, allowed, async (run, state) => {
        await run(cypher('question-forward'), { id, by, to, note, hop: int(state.hop + 1) });
      });
    },
    answer(id: string, by: string, answer: string, allowed: (state: QuestionState) => boolean) {
      return changeLocked(id, allowed, async (run) => {
        await run(cypher('question-answer'), { id, by, answer });
      });
    },
  };
}

export type QuestionRepository = ReturnType<typeof questionRepository>;
