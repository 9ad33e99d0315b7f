import { partnerIdParams } from '../contracts/partners';
import {
  answerQuerySchema,
  createQuerySchema,
  forwardQuerySchema,
  inboxQuerySchema,
  inboxSchema,
  queryIdParams,
  queryListSchema,
  querySchema,
} from '../contracts/queries';
import { actingAs, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { QueryService } from './service';

export function queryRoutes(queries: QueryService) {
  const tag = 'Questions';
  return [
    defineRoute({
      method: 'post', path: '/queries', tag, access: signedIn, status: 201, errors: [404, 409],
      summary: "Ask a question: it goes to the PAL who is the expert in its specialty, else the partner's area PAL",
      body: createQuerySchema, response: querySchema,
      handle: ({ body }, context) => queries.ask(actingAs(requireActor(context), body.partner, 'partner'), body),
    }),
    defineRoute({
      method: 'get', path: '/queries/:id', tag, errors: [404],
      // PALs and admins, or the partner who asked it.
      access: { ...palOrAdmin, owners: async ({ params }) => [(await queries.get(params.id)).asker.id] },
      summary: 'One question with every hop of its routing',
      params: queryIdParams, response: querySchema,
      handle: ({ params }) => queries.get(params.id),
    }),
    defineRoute({
      method: 'post', path: '/queries/:id/forward', tag, access: palOrAdmin, errors: [404, 409],
      summary: 'Forward a question to another PAL, with a note',
      params: queryIdParams, body: forwardQuerySchema, response: querySchema,
      before: ({ params }) => queries.get(params.id),
      handle: ({ params, body }, context) => queries.forward(params.id, actingAs(requireActor(context), body.by, 'by'), body),
    }),
    defineRoute({
      method: 'post', path: '/queries/:id/answer', tag, access: palOrAdmin, errors: [404, 409],
      summary: 'Answer a question',
      params: queryIdParams, body: answerQuerySchema, response: querySchema,
      before: ({ params }) => queries.get(params.id),
      handle: ({ params, body }, context) => queries.answer(params.id, actingAs(requireActor(context), body.by, 'by'), body),
    }),
    defineRoute({
      method: 'get', path: '/partners/:id/queries', tag, errors: [404],
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      summary: 'The questions a partner has asked, newest first, with where each is now',
      params: partnerIdParams, query: inboxQuerySchema, response: queryListSchema,
      handle: ({ params, query }) => queries.askedBy(params.id, query.limit),
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/queries', tag, errors: [404],
      // A PAL's own inbox; admins see any.
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      summary: "A PAL's inbox: questions routed to them, forwarded to them, and answered",
      params: partnerIdParams, query: inboxQuerySchema, response: inboxSchema,
      handle: ({ params, query }) => queries.inbox(params.id, query.limit),
    }),
  ];
}
