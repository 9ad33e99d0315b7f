import { tieEndpoints } from '../contracts/ties';
import { palOrAdmin } from '../http/access';
import { defineRoute } from '../http/route';
import type { TieService } from './service';

export function tieRoutes(ties: TieService) {
  return [
    defineRoute({
      ...tieEndpoints.createTie,
      // PALs and admins record anyone's ties; a partner only their own.
      access: { ...palOrAdmin, owners: ({ body }) => [body.from, body.to] },
      handle: ({ body }) => ties.create(body),
    }),
    defineRoute({
      ...tieEndpoints.deleteTie,
      access: { ...palOrAdmin, owners: ({ query }) => [query.from, query.to] },
      handle: ({ query }) => ties.remove(query.from, query.to),
    }),
  ];
}
