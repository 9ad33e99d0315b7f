import { partnerIdParams } from '../contracts/partners';
import {
  answerQuestionSchema,
  createQuestionSchema,
  forwardQuestionSchema,
  inboxQuerySchema,
  inboxSchema,
  questionIdParams,
  questionListSchema,
  questionSchema,
} from '../contracts/questions';
import { actingAs, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { QuestionService } from './service';

export function questionRoutes(questions: QuestionService) {
  const tag = 'Questions';
  return [
    defineRoute({
      method: 'post', path: '/questions', tag, access: signedIn, status: 201, errors: [404, 409],
      summary: "Ask a question: it goes to the PAL who is the expert in its specialty, else the partner's area PAL",
      body: createQuestionSchema, response: questionSchema,
      handle: ({ body }, context) => questions.ask(actingAs(requireActor(context), body.partner, 'partner'), body),
    }),
    defineRoute({
      method: 'get', path: '/questions/:id', tag, errors: [404],
      // PALs and admins, or the partner who asked it.
      access: { ...palOrAdmin, owners: async ({ params }) => [(await questions.get(params.id)).asker.id] },
      summary: 'One question with every hop of its routing',
      params: questionIdParams, response: questionSchema,
      handle: ({ params }) => questions.get(params.id),
    }),
    defineRoute({
      method: 'post', path: '/questions/:id/forward', tag, access: palOrAdmin, errors: [404, 409],
      summary: 'Forward a question to another PAL, with a note',
      params: questionIdParams, body: forwardQuestionSchema, response: questionSchema,
      before: ({ params }) => questions.get(params.id),
      handle: ({ params, body }, context) => questions.forward(params.id, actingAs(requireActor(context), body.by, 'by'), body),
    }),
    defineRoute({
      method: 'post', path: '/questions/:id/answer', tag, access: palOrAdmin, errors: [404, 409],
      summary: 'Answer a question',
      params: questionIdParams, body: answerQuestionSchema, response: questionSchema,
      before: ({ params }) => questions.get(params.id),
      handle: ({ params, body }, context) => questions.answer(params.id, actingAs(requireActor(context), body.by, 'by'), body),
    }),
    defineRoute({
      method: 'get', path: '/partners/:id/questions', tag, errors: [404],
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      summary: 'The questions a partner has asked, newest first, with where each is now',
      params: partnerIdParams, query: inboxQuerySchema, response: questionListSchema,
      handle: ({ params, query }) => questions.askedBy(params.id, query.limit),
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/questions', tag, errors: [404],
      // A PAL's own inbox; admins see any.
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      summary: "A PAL's inbox: questions routed to them, forwarded to them, and answered",
      params: partnerIdParams, query: inboxQuerySchema, response: inboxSchema,
      handle: ({ params, query }) => questions.inbox(params.id, query.limit),
    }),
  ];
}
