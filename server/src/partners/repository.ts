import type { CreatePartner, Partner, PartnerSummary, Tier, UpdatePartner } from '../contracts/partners';
import { cypher } from '../db/queries';
import { int, isConstraintViolation, type Database } from '../db/neo4j';
import { conflict } from '../errors';
import { partnerSchema, partnerSummarySchema } from '../contracts/partners';
import { parseColumn, parseRows } from '../db/rows';
import { namedRefSchema } from '../contracts/common';
import { z } from 'zod';

export interface PartnerFilters {
  area: string | null;
  specialty: string | null;
  tier: Tier | null;
  managed: boolean | null;
}

const PLAIN_FIELDS = ['name', 'company', 'tier', 'managed', 'city', 'website', 'email', 'phone', 'openToIntroductions'] as const;

/** The fields stored as plain node properties, taken from a create or update body. */
function plainProps(body: Partial<CreatePartner>): Record<string, unknown> {
  return Object.fromEntries(PLAIN_FIELDS.filter((field) => body[field] !== undefined).map((field) => [field, body[field]]));
}

const searchRowSchema = z.object({
  partner: partnerSummarySchema,
  via: z.enum(['partner', 'expertise', 'offers']),
  specialty: namedRefSchema.nullable(),
});
export type SearchRow = z.infer<typeof searchRowSchema>;

export function partnerRepository(db: Database) {
  return {
    async findById(id: string): Promise<Partner | null> {
      return parseColumn('partner-by-id', 'partner', partnerSchema, await db.read(cypher('partner-by-id'), { id }))[0] ?? null;
    },

    async list(filters: PartnerFilters, skip: number, limit: number): Promise<PartnerSummary[]> {
      const rows = await db.read(cypher('partner-list'), { ...filters, skip: int(skip), limit: int(limit) });
      return parseColumn('partner-list', 'partner', partnerSummarySchema, rows);
    },

    /** Partners the full-text query finds, each with whether a partner or a specialty matched (and which). */
    async search(search: string, filters: PartnerFilters, skip: number, limit: number): Promise<SearchRow[]> {
      const rows = await db.read(cypher('partner-search'), { search, ...filters, skip: int(skip), limit: int(limit) });
      return parseRows('partner-search', searchRowSchema, rows);
    },

    async create(id: string, body: CreatePartner): Promise<void> {
      try {
        await db.write(cypher('partner-create'), {
          props: { id, ...plainProps(body) },
          location: body.location,
          joinedAt: body.joinedAt ?? null,
          area: body.area,
          offers: body.offers,
          seeks: body.seeks,
        });
      } catch (error) {
        if (isConstraintViolation(error)) throw conflict('already_exists', `A partner with id "${id}" already exists`, 'id');
        throw error;
      }
    },

    async update(id: string, changes: UpdatePartner): Promise<boolean> {
      const rows = await db.write(cypher('partner-update'), {
        id,
        props: plainProps(changes),
        setLocation: changes.location !== undefined,
        location: changes.location ?? null,
        joinedAt: changes.joinedAt ?? null,
        area: changes.area ?? null,
        offers: changes.offers ?? null,
        seeks: changes.seeks ?? null,
      });
      return rows.length > 0;
    },

    async remove(id: string): Promise<boolean> {
      return (await db.write(cypher('partner-delete'), { id })).length > 0;
    },
  };
}

export type PartnerRepository = ReturnType<typeof partnerRepository>;
