import { createTieSchema, tieEndsQuerySchema, tieSchema } from '../contracts/ties';
import { palOrAdmin } from '../http/access';
import { defineRoute } from '../http/route';
import type { TieService } from './service';

export function tieRoutes(ties: TieService) {
  const tag = 'Relationships';
  return [
    defineRoute({
      method: 'post', path: '/relationships', tag, status: 201, errors: [404, 409],
      // PALs and admins record anyone's ties; a partner only their own.
      access: { ...palOrAdmin, owners: ({ body }) => [body.from, body.to] },
      summary: 'Record that two partners know each other',
      body: createTieSchema, response: tieSchema,
      handle: ({ body }) => ties.create(body),
    }),
    defineRoute({
      method: 'delete', path: '/relationships', tag, status: 204, errors: [404],
      access: { ...palOrAdmin, owners: ({ query }) => [query.from, query.to] },
      summary: 'Remove the tie between two partners',
      query: tieEndsQuerySchema,
      handle: ({ query }) => ties.remove(query.from, query.to),
    }),
  ];
}
