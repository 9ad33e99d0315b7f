import {
  addFeedbackSchema,
  createFeedbackSchema,
  createThemeSchema,
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackSchema,
  moveThemeSchema,
  themeIdParams,
  themeListQuerySchema,
  themeListSchema,
  themeSchema,
} from '../contracts/feedback';
import { asPartnerSchema } from '../contracts/common';
import { actingAs, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { FeedbackService } from './service';

export function feedbackRoutes(feedback: FeedbackService) {
  const tag = 'Feedback';
  return [
    defineRoute({
      method: 'post', path: '/feedback', tag, access: signedIn, status: 201, errors: [404],
      summary: 'Give feedback to the vendor, through your PAL: about a specialty or a programme area',
      body: createFeedbackSchema, response: feedbackSchema,
      handle: ({ body }, context) => feedback.give(actingAs(requireActor(context), body.partner, 'partner'), body),
    }),
    defineRoute({
      method: 'get', path: '/feedback', tag, access: signedIn,
      summary: 'Feedback you may see: your own (partners), what was given to you (PALs), all (admins)',
      query: feedbackListQuerySchema, response: feedbackListSchema,
      handle: ({ query }, context) => feedback.visibleTo(requireActor(context), query.unthemed ?? false, query.limit),
    }),
    defineRoute({
      method: 'get', path: '/feedback-themes', tag, access: signedIn,
      summary: 'Feedback themes with how many partners raised them, where and in which tiers; with totals',
      query: themeListQuerySchema, response: themeListSchema,
      handle: ({ query }, context) => feedback.list(context.actor?.partnerId ?? null, query),
    }),
    defineRoute({
      method: 'post', path: '/feedback-themes', tag, access: palOrAdmin, status: 201, errors: [404],
      summary: 'Merge feedback items that say the same thing into one theme',
      body: createThemeSchema, response: themeSchema,
      handle: ({ body }, context) => feedback.merge(requireActor(context), body),
    }),
    defineRoute({
      method: 'get', path: '/feedback-themes/:id', tag, access: signedIn, errors: [404],
      summary: 'One feedback theme and its progress with the vendor',
      params: themeIdParams, response: themeSchema,
      handle: ({ params }, context) => feedback.theme(params.id, context.actor?.partnerId ?? null),
    }),
    defineRoute({
      method: 'post', path: '/feedback-themes/:id/feedback', tag, access: palOrAdmin, errors: [404],
      summary: 'Merge more feedback items into a theme',
      params: themeIdParams, body: addFeedbackSchema, response: themeSchema,
      before: ({ params }) => feedback.theme(params.id, null),
      handle: ({ params, body }, context) => feedback.addToTheme(requireActor(context), params.id, body.feedback),
    }),
    defineRoute({
      method: 'post', path: '/feedback-themes/:id/voices', tag, access: signedIn, status: 201, errors: [404, 409],
      summary: 'Add your voice to a theme instead of writing the same feedback again',
      params: themeIdParams, body: asPartnerSchema, response: themeSchema,
      handle: ({ params, body }, context) => feedback.addVoice(params.id, actingAs(requireActor(context), body.partner, 'partner')),
    }),
    defineRoute({
      method: 'patch', path: '/feedback-themes/:id', tag, access: palOrAdmin, errors: [404, 409],
      summary: 'Move a theme along: collected → raised (where, when) → answered (the vendor’s answer) → acted upon | declined',
      params: themeIdParams, body: moveThemeSchema, response: themeSchema,
      before: ({ params }) => feedback.theme(params.id, null),
      handle: ({ params, body }, context) => feedback.move(params.id, body, context.actor?.partnerId ?? null),
    }),
  ];
}
