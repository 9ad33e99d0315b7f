import { z } from 'zod';
import type { CreateTie, Tie, TieRequest } from '../contracts/ties';
import { tieRequestSchema, tieSchema } from '../contracts/ties';
import { guardedChange } from '../db/guarded-change';
import { int, type Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseFirstRow, parseRows } from '../db/rows';

const requestStateSchema = z.object({ known: z.boolean(), pending: z.boolean(), today: z.number().int() });
const answerStateSchema = z.object({ from: z.string(), to: z.string(), answered: z.boolean() });
const requestRowSchema = z.object({ request: tieRequestSchema });

export type TieRequestState = z.infer<typeof requestStateSchema>;

export function tieRepository(db: Database) {
  const requests = async (params: { partner: string | null; id: string | null }): Promise<TieRequest[]> =>
    parseRows('tie-request-list', requestRowSchema, await db.read(cypher('tie-request-list'), params)).map((row) => row.request);

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

    /** Records a request when `allowed` says the state found permits one; otherwise nothing is written. */
    request: (id: string, from: string, to: string, allowed: (state: TieRequestState) => boolean) =>
      guardedChange(db, {
        query: 'tie-request-state',
        params: { from, to },
        state: requestStateSchema,
        allowed,
        apply: async (run) => {
          await run(cypher('tie-request-create'), { id, from, to });
        },
      }),

    /** Answers a request not answered yet. */
    answer: (id: string, answer: 'accepted' | 'declined') =>
      guardedChange(db, {
        query: 'tie-request-lock',
        params: { id },
        state: answerStateSchema,
        allowed: (state) => !state.answered,
        apply: async (run) => {
          await run(cypher('tie-request-answer'), { id, answer });
        },
      }),

    byId: async (id: string): Promise<TieRequest | null> => (await requests({ partner: null, id }))[0] ?? null,
    waitingFor: (partner: string) => requests({ partner, id: null }),
  };
}

export type TieRepository = ReturnType<typeof tieRepository>;
