import { questionEndpoints } from '../contracts/questions';
import { actingAs, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { QuestionService } from './service';

export function questionRoutes(questions: QuestionService) {
  return [
    defineRoute({
      ...questionEndpoints.askQuestion,
      access: signedIn,
      handle: ({ body }, context) => questions.ask(actingAs(requireActor(context), body.partner, 'partner'), body),
    }),
    defineRoute({
      ...questionEndpoints.getQuestion,
      // PALs and admins, or the partner who asked it.
      access: { ...palOrAdmin, owners: async ({ params }) => [(await questions.get(params.id)).asker.id] },
      handle: ({ params }) => questions.get(params.id),
    }),
    defineRoute({
      ...questionEndpoints.forwardQuestion,
      access: palOrAdmin,
      before: ({ params }) => questions.get(params.id),
      handle: ({ params, body }, context) => questions.forward(params.id, actingAs(requireActor(context), body.by, 'by'), body),
    }),
    defineRoute({
      ...questionEndpoints.answerQuestion,
      access: palOrAdmin,
      before: ({ params }) => questions.get(params.id),
      handle: ({ params, body }, context) => questions.answer(params.id, actingAs(requireActor(context), body.by, 'by'), body),
    }),
    defineRoute({
      ...questionEndpoints.listQuestionsAsked,
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      handle: ({ params, query }) => questions.askedBy(params.id, query.limit),
    }),
    defineRoute({
      ...questionEndpoints.getQuestionInbox,
      // A PAL's own inbox; admins see any.
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      handle: ({ params, query }) => questions.inbox(params.id, query.limit),
    }),
  ];
}
