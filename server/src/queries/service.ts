import { randomUUID } from 'node:crypto';
import type { AnswerQuery, CreateQuery, ForwardQuery, Inbox, Query } from '../contracts/queries';
import { AppError, badRequest, conflict, notFound } from '../errors';
import type { ReferenceService } from '../references/service';
import { QueryChangeRefused, type QueryRepository, type QueryState } from './repository';

/** Only an open question, and only by the PAL who has it now, may be forwarded or answered. */
const heldOpenBy = (pal: string) => (state: QueryState) => state.status === 'open' && state.assignee === pal;

function refusal(error: unknown, by: string): never {
  if (!(error instanceof QueryChangeRefused)) throw error;
  if (error.state.status !== 'open') throw conflict('query_closed', 'This question has been answered already', 'by');
  throw conflict('not_assignee', `The question is with ${error.state.assignee}, not ${by}`, 'by');
}

export function queryService(queries: QueryRepository, references: ReferenceService) {
  async function get(id: string): Promise<Query> {
    const query = await queries.findById(id);
    if (!query) throw notFound('question', id);
    return query;
  }

  async function requirePal(field: string, id: string): Promise<void> {
    await references.requirePartners({ [field]: id });
    if (!(await queries.isPal(id))) throw badRequest(`${field}: ${id} is not a PAL`, field);
  }

  return {
    get,

    async ask(asker: string, body: CreateQuery): Promise<Query> {
      await references.requirePartners({ partner: asker });
      await references.requireSpecialties('specialty', [body.specialty]);
      const target = await queries.routeTarget(asker, body.specialty);
      if (!target) throw new AppError(409, 'no_pal', 'No PAL can take this question: the partner has no area PAL and nobody is expert in it', 'partner');
      const id = `q-${randomUUID().slice(0, 8)}`;
      const note = target.isExpert ? `Routed to ${target.name}, the expert PAL for this specialty` : `Routed to ${target.name}, the area's PAL`;
      await queries.create(id, asker, body.specialty, body.text, target.pal, note);
      return get(id);
    },

    async forward(id: string, by: string, body: ForwardQuery): Promise<Query> {
      if (by === body.to) throw badRequest('to: forward to another PAL', 'to');
      await requirePal('to', body.to);
      const state = await queries.forward(id, by, body.to, body.note ?? null, heldOpenBy(by)).catch((error) => refusal(error, by));
      if (!state) throw notFound('question', id);
      return get(id);
    },

    async answer(id: string, by: string, body: AnswerQuery): Promise<Query> {
      const state = await queries.answer(id, by, body.answer, heldOpenBy(by)).catch((error) => refusal(error, by));
      if (!state) throw notFound('question', id);
      return get(id);
    },

    async askedBy(partner: string, limit: number): Promise<{ items: Query[] }> {
      await references.requirePartners({ id: partner });
      return { items: await queries.askedBy(partner, limit) };
    },

    async inbox(pal: string, limit: number): Promise<Inbox> {
      await requirePal('id', pal);
      const all = await queries.passedThrough(pal, limit * 3);
      const withMe = all.filter((query) => query.status === 'open' && query.assignee.id === pal);
      return {
        open: withMe.filter((query) => query.hops.length === 1).slice(0, limit),
        forwardedToMe: withMe.filter((query) => query.hops.length > 1).slice(0, limit),
        answered: all.filter((query) => query.status === 'answered').slice(0, limit),
      };
    },
  };
}

export type QueryService = ReturnType<typeof queryService>;
