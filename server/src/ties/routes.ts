import { tieEndpoints } from '../contracts/ties';
import { actingAs, palOrAdmin, signedIn } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { TieService } from './service';

export function tieRoutes(ties: TieService) {
  return [
    defineRoute({
      ...tieEndpoints.createTie,
      // Only PALs and admins record a tie outright (with its strength and date); a partner's word
      // is a request the other side confirms, so nobody can tie themselves to anyone.
      access: palOrAdmin,
      handle: ({ body }) => ties.create(body),
    }),
    defineRoute({
      ...tieEndpoints.deleteTie,
      access: { ...palOrAdmin, owners: ({ query }) => [query.from, query.to] },
      handle: ({ query }) => ties.remove(query.from, query.to),
    }),
    defineRoute({
      ...tieEndpoints.requestTie,
      access: signedIn,
      handle: ({ body }, context) => ties.request(actingAs(requireActor(context), body.from, 'from'), body.to),
    }),
    defineRoute({
      ...tieEndpoints.listTieRequests,
      access: { roles: ['admin'], owners: ({ params }) => [params.id] },
      handle: ({ params }) => ties.waitingFor(params.id),
    }),
    defineRoute({
      ...tieEndpoints.answerTieRequest,
      // The partner asked answers (an admin may, for someone who asked offline).
      access: { roles: ['admin'], owners: async ({ params }) => [await ties.askedOf(params.id)] },
      handle: ({ params, body }) => ties.answer(params.id, body.answer),
    }),
  ];
}
