import { matchEndpoints } from '../contracts/matches';
import { palOrAdmin } from '../http/access';
import { defineRoute } from '../http/route';
import type { MatchService } from './service';

export function matchRoutes(matches: MatchService) {
  return [
    defineRoute({
      ...matchEndpoints.listMatches,
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      handle: ({ params, query }) => matches.forPartner(params.id, query),
    }),
    defineRoute({
      ...matchEndpoints.requestIntroduction,
      // Only for yourself (an admin may file one for anyone).
      access: { roles: ['admin'], owners: ({ params }) => [params.id] },
      handle: ({ params, body }) => matches.requestIntroduction(params.id, body.to, body.note),
    }),
    defineRoute({
      ...matchEndpoints.listSuggestedIntroductions,
      access: { roles: ['admin'], owners: ({ params }) => [params.id], ownerRoles: ['pal'] },
      handle: ({ params, query }) => matches.suggestionsFor(params.id, query.limit),
    }),
  ];
}
