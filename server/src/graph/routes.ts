import { graphEndpoints } from '../contracts/graph';
import { palOrAdmin } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import { presentNeighborhood, presentPaths } from './visibility';
import type { GraphService } from './service';

export function graphRoutes(graph: GraphService) {
  return [
    defineRoute({
      ...graphEndpoints.getNeighborhood,
      // A partner sees their own neighbourhood; PALs and admins anyone's.
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      handle: async ({ params, query }, context) => {
        const actor = requireActor(context);
        return presentNeighborhood(await graph.neighborhood(params.id, query, actor), actor);
      },
    }),
    defineRoute({
      ...graphEndpoints.findPaths,
      // A partner looks for routes from themselves; PALs and admins between anyone.
      access: { ...palOrAdmin, owners: ({ query }) => [query.from] },
      handle: async ({ query }, context) => presentPaths(await graph.paths(query), requireActor(context)),
    }),
  ];
}
