import {
  createIntroductionSchema,
  introductionIdParams,
  introductionListQuerySchema,
  introductionListSchema,
  introductionSchema,
  pipelineQuerySchema,
  pipelineSchema,
  updateIntroductionSchema,
  type IntroductionStatus,
} from '../contracts/introductions';
import { partnerIdParams } from '../contracts/partners';
import { actingAs, forbidden, isPalOrAdmin, palOrAdmin } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { IntroductionService } from './service';

/** What a partner on either side of an introduction may do with it: answer it. */
const partnerAnswers: readonly IntroductionStatus[] = ['accepted', 'declined'];

export function introductionRoutes(introductions: IntroductionService) {
  const tag = 'Introductions';
  const sidesOf = async (id: string) => {
    const introduction = await introductions.get(id);
    return [introduction.from.id, introduction.to.id];
  };
  return [
    defineRoute({
      method: 'post', path: '/introductions', tag, access: palOrAdmin, status: 201, errors: [404],
      summary: 'Propose an introduction of one partner to another',
      body: createIntroductionSchema, response: introductionSchema,
      handle: ({ body }, context) => introductions.create({ ...body, introducer: actingAs(requireActor(context), body.introducer, 'introducer') }),
    }),
    defineRoute({
      method: 'get', path: '/introductions', tag,
      // PALs and admins list any; a partner lists those they are a side of (partner=<themselves>).
      access: { ...palOrAdmin, owners: ({ query }) => [query.partner] },
      summary: 'Introductions by introducer, partner and status, newest first',
      query: introductionListQuerySchema, response: introductionListSchema,
      handle: ({ query }) => introductions.list(query),
    }),
    defineRoute({
      method: 'get', path: '/introductions/:id', tag, errors: [404],
      access: { ...palOrAdmin, owners: ({ params }) => sidesOf(params.id) },
      summary: 'One introduction',
      params: introductionIdParams, response: introductionSchema,
      handle: ({ params }) => introductions.get(params.id),
    }),
    defineRoute({
      method: 'patch', path: '/introductions/:id', tag, errors: [404, 409],
      // PALs and admins move it along; the partners it introduces accept or decline it.
      access: { ...palOrAdmin, owners: ({ params }) => sidesOf(params.id) },
      summary: 'Move an introduction along: proposed → made → accepted | declined; accepted → collaborating; or lapsed',
      params: introductionIdParams, body: updateIntroductionSchema, response: introductionSchema,
      before: ({ params }) => introductions.get(params.id),
      handle: ({ params, body }, context) => {
        const actor = requireActor(context);
        if (!isPalOrAdmin(actor) && !partnerAnswers.includes(body.status)) {
          throw forbidden('status: a partner can accept or decline an introduction, nothing else', 'status');
        }
        return introductions.update(params.id, { ...body, by: actingAs(actor, body.by, 'by') });
      },
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/introductions/pipeline', tag, errors: [404],
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      summary: "A PAL's introductions by status, those waiting too long flagged",
      params: partnerIdParams, query: pipelineQuerySchema, response: pipelineSchema,
      handle: ({ params, query }) => introductions.pipeline(params.id, query.staleAfterDays),
    }),
  ];
}
