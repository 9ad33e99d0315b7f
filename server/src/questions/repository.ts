import type { Question } from '../contracts/questions';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

export interface RouteTarget {
  pal: string;
  name: string;
  isExpert: boolean;
}

export interface QuestionState {
  status: 'open' | 'answered';
  assignee: string;
  hop: number;
}

/** Thrown inside a transaction to roll it back when the question may not change that way. */
export class QuestionChangeRefused extends Error {
  constructor(readonly state: QuestionState) {
    super('question change refused');
  }
}

/** The PAL a question is with is the one its last hop went to. */
const withAssignee = (question: Omit<Question, 'assignee'>): Question => ({ ...question, assignee: question.hops.at(-1)!.to });

export function questionRepository(db: Database) {
  async function list(ids: string[] | null, pal: string | null, limit: number, asker: string | null = null): Promise<Question[]> {
    const rows = await db.read(cypher('question-list'), { ids, pal, asker, limit: int(limit) });
    return rows.map((row) => withAssignee(row.question as Omit<Question, 'assignee'>));
  }

  /** Runs `change` on a locked question when `allowed` says its state permits it. */
  function changeLocked(
    id: string,
    allowed: (state: QuestionState) => boolean,
    change: (run: (q: string, p: Record<string, unknown>) => Promise<unknown>, state: QuestionState) => Promise<void>,
  ) {
    return db.writeTransaction(async (run) => {
      const [row] = await run(cypher('question-lock'), { id });
      if (!row) return null;
      const state = row as unknown as QuestionState;
      if (!allowed(state)) throw new QuestionChangeRefused(state);
      await change(run, state);
      return state;
    });
  }

  return {
    async routeTarget(partner: string, specialty: string): Promise<RouteTarget | null> {
      const [row] = await db.read(cypher('question-route-target'), { partner, specialty });
      return row?.pal ? (row as unknown as RouteTarget) : null;
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
