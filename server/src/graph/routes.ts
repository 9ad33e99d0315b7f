import { graphEndpoints } from '../contracts/graph';
import { palOrAdmin } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { GraphService } from './service';

export function graphRoutes(graph: GraphService) {
  return [
    defineRoute({
      ...graphEndpoints.getNeighborhood,
      // A partner sees their own neighbourhood; PALs and admins anyone's.
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      handle: ({ params, query }, context) => graph.neighborhood(params.id, query, requireActor(context)),
    }),
    defineRoute({
      ...graphEndpoints.findPaths,
      // A partner looks for routes from themselves; PALs and admins between anyone.
      access: { ...palOrAdmin, owners: ({ query }) => [query.from] },
      handle: ({ query }) => graph.paths(query),
    }),
  ];
}
