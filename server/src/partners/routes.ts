import {
  createPartnerSchema,
  partnerIdParams,
  partnerListQuerySchema,
  partnerPageSchema,
  partnerSchema,
  updatePartnerSchema,
} from '../contracts/partners';
import { defineRoute } from '../http/route';
import type { PartnerService } from './service';

export function partnerRoutes(partners: PartnerService) {
  const tag = 'Partners';
  return [
    defineRoute({
      method: 'get', path: '/partners', tag,
      summary: 'Search and filter partners, one page at a time',
      query: partnerListQuerySchema, response: partnerPageSchema,
      handle: ({ query }) => partners.list(query),
    }),
    defineRoute({
      method: 'post', path: '/partners', tag, status: 201, errors: [404, 409],
      summary: 'Add a partner',
      body: createPartnerSchema, response: partnerSchema,
      handle: ({ body }) => partners.create(body),
    }),
    defineRoute({
      method: 'get', path: '/partners/:id', tag, errors: [404],
      summary: "A partner's profile",
      params: partnerIdParams, response: partnerSchema,
      handle: ({ params }) => partners.get(params.id),
    }),
    defineRoute({
      method: 'patch', path: '/partners/:id', tag, errors: [404],
      summary: "Change a partner's profile",
      params: partnerIdParams, body: updatePartnerSchema, response: partnerSchema,
      handle: ({ params, body }) => partners.update(params.id, body),
    }),
    defineRoute({
      method: 'delete', path: '/partners/:id', tag, status: 204, errors: [404],
      summary: 'Remove a partner, its ties and the introductions it is a side of',
      params: partnerIdParams,
      handle: ({ params }) => partners.remove(params.id),
    }),
  ];
}
