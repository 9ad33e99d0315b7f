import {
  createPartnerSchema,
  partnerIdParams,
  partnerListQuerySchema,
  partnerPageSchema,
  partnerSchema,
  updatePartnerSchema,
  type UpdatePartner,
} from '../contracts/partners';
import { adminOnly, forbidden, signedIn, type Actor } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { CatalogService } from '../catalog/service';
import { presentPartner } from './presenter';
import type { PartnerService } from './service';

/**
 * Tier and account management are the vendor's to set; moving area is for the area's PAL or an
 * admin (the area's PAL is looked up only when a move is asked for).
 */
async function checkEditableFields(actor: Actor, changes: UpdatePartner, areaPal: () => Promise<string | null>): Promise<void> {
  if (actor.role === 'admin') return;
  const vendorField = (['tier', 'managed'] as const).find((field) => changes[field] !== undefined);
  if (vendorField) throw forbidden(`${vendorField}: only an admin can change it`, vendorField);
  if (changes.area !== undefined && actor.partnerId !== (await areaPal())) throw forbidden('area: only the area’s PAL or an admin can move a partner', 'area');
}

export function partnerRoutes(partners: PartnerService, catalog: CatalogService) {
  const tag = 'Partners';
  return [
    defineRoute({
      method: 'get', path: '/partners', tag, access: signedIn,
      summary: 'Search and filter the partner directory, one page at a time',
      query: partnerListQuerySchema, response: partnerPageSchema,
      handle: ({ query }) => partners.list(query),
    }),
    defineRoute({
      method: 'post', path: '/partners', tag, access: adminOnly, status: 201, errors: [404, 409],
      summary: 'Add a partner',
      body: createPartnerSchema, response: partnerSchema,
      handle: ({ body }) => partners.create(body),
    }),
    defineRoute({
      method: 'get', path: '/partners/:id', tag, access: signedIn, errors: [404],
      summary: "A partner's profile (contact details only for the partner, PALs and admins)",
      params: partnerIdParams, response: partnerSchema,
      handle: async ({ params }, context) => presentPartner(await partners.get(params.id), context.actor),
    }),
    defineRoute({
      method: 'patch', path: '/partners/:id', tag, errors: [404],
      // The partner themselves, the PAL of their area, or an admin.
      access: { roles: ['admin'], owners: async ({ params }) => [params.id, await catalog.areaPalOf(params.id)] },
      summary: "Change a partner's profile: the partner, their area's PAL or an admin (tier and managed: admins only)",
      params: partnerIdParams, body: updatePartnerSchema, response: partnerSchema,
      before: ({ params }) => partners.get(params.id),
      handle: async ({ params, body }, context) => {
        await checkEditableFields(requireActor(context), body, () => catalog.areaPalOf(params.id));
        return partners.update(params.id, body);
      },
    }),
    defineRoute({
      method: 'delete', path: '/partners/:id', tag, access: adminOnly, status: 204, errors: [404],
      summary: 'Remove a partner, its ties and the introductions it is a side of',
      params: partnerIdParams,
      before: ({ params }) => partners.get(params.id),
      handle: ({ params }) => partners.remove(params.id),
    }),
  ];
}
