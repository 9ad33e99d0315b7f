import { partnerEndpoints } from '../contracts/partners';
import type { UpdatePartner } from '../contracts/partners';
import { adminOnly, forbidden, signedIn, type Actor } from '../http/access';
import { defineRoute, requireActor } from '../http/route';
import type { CatalogService } from '../catalog/service';
import { presentPartner } from './presenter';
import type { PartnerService } from './service';

/**
 * Tier and account management are the vendor's to set; when a partner joined is the programme's
 * record (their PAL or an admin may correct it, the partner may not: it orders growth figures and
 * seniority); moving area is for the area's PAL or an admin (the area's PAL is looked up only when
 * a move is asked for).
 */
async function checkEditableFields(actor: Actor, partnerId: string, changes: UpdatePartner, areaPal: () => Promise<string | null>): Promise<void> {
  if (actor.role === 'admin') return;
  const vendorField = (['tier', 'managed'] as const).find((field) => changes[field] !== undefined);
  if (vendorField) throw forbidden(`${vendorField}: only an admin can change it`, vendorField);
  if (changes.joinedAt !== undefined && actor.partnerId === partnerId) {
    throw forbidden('joinedAt: when you joined is the programme’s record; ask your PAL to correct it', 'joinedAt');
  }
  if (changes.area !== undefined && actor.partnerId !== (await areaPal())) throw forbidden('area: only the area’s PAL or an admin can move a partner', 'area');
}

export function partnerRoutes(partners: PartnerService, catalog: CatalogService) {
  return [
    defineRoute({
      ...partnerEndpoints.listPartners,
      access: signedIn,
      handle: ({ query }) => partners.list(query),
    }),
    defineRoute({
      ...partnerEndpoints.createPartner,
      access: adminOnly,
      handle: ({ body }) => partners.create(body),
    }),
    defineRoute({
      ...partnerEndpoints.getPartner,
      access: signedIn,
      handle: async ({ params }, context) => presentPartner(await partners.get(params.id), context.actor),
    }),
    defineRoute({
      ...partnerEndpoints.updatePartner,
      // The partner themselves, the PAL of their area, or an admin.
      access: { roles: ['admin'], owners: async ({ params }) => [params.id, await catalog.areaPalOf(params.id)] },
      before: ({ params }) => partners.get(params.id),
      handle: async ({ params, body }, context) => {
        await checkEditableFields(requireActor(context), params.id, body, () => catalog.areaPalOf(params.id));
        return partners.update(params.id, body);
      },
    }),
    defineRoute({
      ...partnerEndpoints.deletePartner,
      access: adminOnly,
      before: ({ params }) => partners.get(params.id),
      handle: ({ params }) => partners.remove(params.id),
    }),
  ];
}
