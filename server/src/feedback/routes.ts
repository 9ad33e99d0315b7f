import { feedbackEndpoints } from '../contracts/feedback';
import { actingAs, ownPartner, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { FeedbackService } from './service';

export function feedbackRoutes(feedback: FeedbackService) {
  return [
    defineRoute({
      ...feedbackEndpoints.giveFeedback,
      access: signedIn,
      handle: ({ body }, context) => feedback.give(actingAs(requireActor(context), body.partner, 'partner'), body),
    }),
    defineRoute({
      ...feedbackEndpoints.listFeedback,
      access: signedIn,
      handle: ({ query }, context) => feedback.visibleTo(requireActor(context), query.unthemed ?? false, query.limit),
    }),
    defineRoute({
      ...feedbackEndpoints.listThemes,
      access: signedIn,
      handle: ({ query }, context) => feedback.list(ownPartner(requireActor(context)), query),
    }),
    defineRoute({
      ...feedbackEndpoints.createTheme,
      access: palOrAdmin,
      handle: ({ body }, context) => feedback.merge(requireActor(context), body),
    }),
    defineRoute({
      ...feedbackEndpoints.getTheme,
      access: signedIn,
      handle: ({ params }, context) => feedback.theme(params.id, ownPartner(requireActor(context))),
    }),
    defineRoute({
      ...feedbackEndpoints.mergeIntoTheme,
      access: palOrAdmin,
      before: ({ params }) => feedback.theme(params.id, null),
      handle: ({ params, body }, context) => feedback.addToTheme(requireActor(context), params.id, body.feedback),
    }),
    defineRoute({
      ...feedbackEndpoints.addVoice,
      access: signedIn,
      handle: ({ params, body }, context) => feedback.addVoice(params.id, actingAs(requireActor(context), body.partner, 'partner')),
    }),
    defineRoute({
      ...feedbackEndpoints.moveTheme,
      access: palOrAdmin,
      before: ({ params }) => feedback.theme(params.id, null),
      handle: ({ params, body }, context) => feedback.move(requireActor(context), params.id, body),
    }),
  ];
}
