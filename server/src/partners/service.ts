import type { CreatePartner, Partner, PartnerHit, PartnerListQuery, PartnerPage, UpdatePartner } from '../contracts/partners';
import { notFound } from '../errors';
import { decodeCursor, pageOf } from '../http/cursor';
import type { CatalogService } from '../catalog/service';
import type { PartnerFilters, PartnerRepository, SearchRow } from './repository';
import { toFullTextQuery } from './search-query';
import { newId } from '../ids';

export function newPartnerId(): string {
  return newId('p');
}

/** Why a search found a partner, in the terms the person typed: their name, their company, or a specialty. */
function matchOf(row: SearchRow, text: string): NonNullable<PartnerHit['matched']> {
  if (row.via !== 'partner') return { on: row.via, specialty: row.specialty };
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const found = (field: string) => words.filter((word) => field.toLowerCase().includes(word)).length;
  // The field holding more of the words is the one that matched ("bluebell it" is a company).
  return { on: found(row.partner.name) >= found(row.partner.company) ? 'name' : 'company', specialty: null };
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
      const text = query.q;
      const rows: PartnerHit[] = text
        ? (await partners.search(toFullTextQuery(text), filters, offset, query.limit + 1)).map((row) => ({ ...row.partner, matched: matchOf(row, text) }))
        : (await partners.list(filters, offset, query.limit + 1)).map((partner) => ({ ...partner, matched: null }));
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
