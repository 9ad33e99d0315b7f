import { neighborhoodQuerySchema, neighborhoodSchema, pathListSchema, pathQuerySchema } from '../contracts/graph';
import { partnerIdParams } from '../contracts/partners';
import { palOrAdmin } from '../http/access';
import { defineRoute } from '../http/route';
import type { GraphService } from './service';

export function graphRoutes(graph: GraphService) {
  const tag = 'Graph';
  return [
    defineRoute({
      method: 'get', path: '/graph/neighborhood/:id', tag, errors: [404],
      // A partner sees their own neighbourhood; PALs and admins anyone's.
      access: { ...palOrAdmin, owners: ({ params }) => [params.id] },
      summary: "A partner's neighbourhood over KNOWS, as Cytoscape elements",
      params: partnerIdParams, query: neighborhoodQuerySchema, response: neighborhoodSchema,
      handle: ({ params, query }) => graph.neighborhood(params.id, query),
    }),
    defineRoute({
      method: 'get', path: '/graph/path', tag, errors: [404],
      // A partner looks for routes from themselves; PALs and admins between anyone.
      access: { ...palOrAdmin, owners: ({ query }) => [query.from] },
      summary: 'The shortest chains of acquaintance between two partners (warm-introduction routes)',
      query: pathQuerySchema, response: pathListSchema,
      handle: ({ query }) => graph.paths(query),
    }),
  ];
}
