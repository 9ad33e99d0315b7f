import { matchesQuerySchema, matchListSchema } from '../contracts/matches';
import { partnerIdParams } from '../contracts/partners';
import { defineRoute } from '../http/route';
import type { MatchService } from './service';

export function matchRoutes(matches: MatchService) {
  return [
    defineRoute({
      method: 'get', path: '/partners/:id/matches', tag: 'Matches', errors: [404],
      summary: 'Partners ranked as collaborators for this one, good for both sides, with reasons and a warm route',
      params: partnerIdParams, query: matchesQuerySchema, response: matchListSchema,
      handle: ({ params, query }) => matches.forPartner(params.id, query),
    }),
  ];
}
