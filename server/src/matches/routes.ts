import { introductionSchema } from '../contracts/introductions';
import { introductionRequestSchema, matchesQuerySchema, matchListSchema, suggestionListSchema, suggestionsQuerySchema } from '../contracts/matches';
import { partnerIdParams } from '../contracts/partners';
import { palOrAdmin } from '../http/access';
import { defineRoute } from '../http/route';
import type { MatchService } from './service';

export function matchRoutes(matches: MatchService) {
  return [
    defineRoute({
      method: 'get', path: '/partners/:id/matches', tag: 'Matches', errors: [404],
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      summary: 'Partners ranked as collaborators for this one, good for both sides, with reasons and a warm route',
      params: partnerIdParams, query: matchesQuerySchema, response: matchListSchema,
      handle: ({ params, query }) => matches.forPartner(params.id, query),
    }),
    defineRoute({
      method: 'post', path: '/partners/:id/introduction-requests', tag: 'Matches', status: 201, errors: [404, 409],
      // Only for yourself (an admin may file one for anyone).
      access: { roles: ['admin'], owners: ({ params }) => [params.id] },
      summary: 'Ask to be introduced to a partner: routed to the PAL on the warm route, or the area PAL',
      params: partnerIdParams, body: introductionRequestSchema, response: introductionSchema,
      handle: ({ params, body }) => matches.requestIntroduction(params.id, body.to, body.note),
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/suggested-introductions', tag: 'Matches', errors: [404],
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      summary: 'The best pairs among the partners a PAL knows or leads who do not know each other yet, with reasons',
      params: partnerIdParams, query: suggestionsQuerySchema, response: suggestionListSchema,
      handle: ({ params, query }) => matches.suggestionsFor(params.id, query.limit),
    }),
  ];
}
