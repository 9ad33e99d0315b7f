import type { CreatePartner, Partner, PartnerListQuery, PartnerPage, UpdatePartner } from '../contracts/partners';
import { notFound } from '../errors';
import { decodeCursor, pageOf } from '../http/cursor';
import type { CatalogService } from '../catalog/service';
import type { PartnerFilters, PartnerRepository } from './repository';
import { toFullTextQuery } from './search-query';
import { newId } from '../ids';

export function newPartnerId(): string {
  return newId('p');
}

export function partnerService(partners: PartnerRepository, catalog: CatalogService) {
  async function get(id: string): Promise<Partner> {
    const partner = await partners.findById(id);
    if (!partner) throw notFound('partner', id);
    return partner;
  }

  async function checkReferences(body: Partial<CreatePartner>): Promise<void> {
    await catalog.requireArea('area', body.area);
    await catalog.requireSpecialties('offers', body.offers);
    await catalog.requireSpecialties('seeks', body.seeks);
  }

  return {
    get,

    async list(query: PartnerListQuery): Promise<PartnerPage> {
      const filters: PartnerFilters = {
        area: query.area ?? null,
        specialty: query.specialty ?? null,
        tier: query.tier ?? null,
        managed: query.managed ?? null,
      };
      const offset = decodeCursor(query.cursor);
      const rows = query.q
        ? await partners.search(toFullTextQuery(query.q), filters, offset, query.limit + 1)
        : await partners.list(filters, offset, query.limit + 1);
      return pageOf(rows, query.limit, offset);
    },

    async create(body: CreatePartner): Promise<Partner> {
      await checkReferences(body);
      const id = body.id ?? newPartnerId();
      await partners.create(id, body);
      return get(id);
    },

    async update(id: string, changes: UpdatePartner): Promise<Partner> {
      await get(id);
      await checkReferences(changes);
      if (!(await partners.update(id, changes))) throw notFound('partner', id);
      return get(id);
    },

    async remove(id: string): Promise<void> {
      if (!(await partners.remove(id))) throw notFound('partner', id);
    },
  };
}

export type PartnerService = ReturnType<typeof partnerService>;
