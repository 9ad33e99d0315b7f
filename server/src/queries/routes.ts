import { partnerIdParams } from '../contracts/partners';
import { answerQuerySchema, createQuerySchema, forwardQuerySchema, inboxQuerySchema, inboxSchema, queryIdParams, querySchema } from '../contracts/queries';
import { defineRoute } from '../http/route';
import type { QueryService } from './service';

export function queryRoutes(queries: QueryService) {
  const tag = 'Questions';
  return [
    defineRoute({
      method: 'post', path: '/queries', tag, status: 201, errors: [404, 409],
      summary: "Ask a question: it goes to the PAL who is the expert in its specialty, else the partner's area PAL",
      body: createQuerySchema, response: querySchema,
      handle: ({ body }) => queries.ask(body),
    }),
    defineRoute({
      method: 'get', path: '/queries/:id', tag, errors: [404],
      summary: 'One question with every hop of its routing',
      params: queryIdParams, response: querySchema,
      handle: ({ params }) => queries.get(params.id),
    }),
    defineRoute({
      method: 'post', path: '/queries/:id/forward', tag, errors: [404, 409],
      summary: 'Forward a question to another PAL, with a note',
      params: queryIdParams, body: forwardQuerySchema, response: querySchema,
      handle: ({ params, body }) => queries.forward(params.id, body),
    }),
    defineRoute({
      method: 'post', path: '/queries/:id/answer', tag, errors: [404, 409],
      summary: 'Answer a question',
      params: queryIdParams, body: answerQuerySchema, response: querySchema,
      handle: ({ params, body }) => queries.answer(params.id, body),
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/queries', tag, errors: [404],
      summary: "A PAL's inbox: questions routed to them, forwarded to them, and answered",
      params: partnerIdParams, query: inboxQuerySchema, response: inboxSchema,
      handle: ({ params, query }) => queries.inbox(params.id, query.limit),
    }),
  ];
}
