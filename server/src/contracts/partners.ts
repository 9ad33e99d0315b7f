import { z } from 'zod';
import { idSchema, isoDate, limitSchema, locationSchema, namedRefSchema, queryBoolean, idParams } from './common';
import { endpoints } from './endpoint';

export const tiers = ['community', 'registered', 'silver', 'gold'] as const;
export const tierSchema = z.enum(tiers).meta({ description: 'From community member up to gold' });
export type Tier = z.infer<typeof tierSchema>;

export const partnerSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    company: z.string(),
    tier: tierSchema,
    managed: z.boolean().meta({ description: 'Has a vendor account manager' }),
    city: z.string(),
    area: namedRefSchema.nullable(),
    isPal: z.boolean(),
  })
  .meta({ id: 'PartnerSummary' });

export const partnerSchema = partnerSummarySchema
  .extend({
    location: locationSchema.nullable(),
    website: z.string().nullable(),
    email: z.string().nullable().meta({ description: 'Shown to the partner themselves, PALs and admins; null for others' }),
    phone: z.string().nullable().meta({ description: 'Shown to the partner themselves, PALs and admins; null for others' }),
    joinedAt: z.string().nullable(),
    openToIntroductions: z.boolean(),
    offers: z.array(namedRefSchema),
    seeks: z.array(namedRefSchema),
    groups: z.array(namedRefSchema),
    leads: namedRefSchema.nullable(),
    expertIn: z.array(namedRefSchema),
    knowsCount: z.number().int(),
  })
  .meta({ id: 'Partner' });

const specialtyIds = z
  .array(idSchema)
  .max(30)
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a specialty');

/** A partner's website and phone, checked alike wherever they come in (the API, CSV imports). */
export const websiteSchema = z.url({ protocol: /^https?$/ }).max(300);
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,30}$/, 'a phone number of digits, spaces, brackets and dashes');

const partnerFields = {
  name: z.string().trim().min(1).max(120),
  company: z.string().trim().min(1).max(160),
  tier: tierSchema,
  managed: z.boolean(),
  city: z.string().trim().min(1).max(120),
  area: idSchema.meta({ description: 'Id of the area the partner belongs to' }),
  location: locationSchema.nullable(),
  website: websiteSchema.nullable(),
  email: z.email().max(200).nullable(),
  phone: phoneSchema.nullable(),
  joinedAt: isoDate,
  openToIntroductions: z.boolean(),
  offers: specialtyIds,
  seeks: specialtyIds,
};

export const createPartnerSchema = z
  .strictObject({
    ...partnerFields,
    id: idSchema.optional().meta({ description: 'Our own stable id; generated when left out' }),
    tier: partnerFields.tier.default('community'),
    managed: partnerFields.managed.default(false),
    location: partnerFields.location.default(null),
    website: partnerFields.website.default(null),
    email: partnerFields.email.default(null),
    phone: partnerFields.phone.default(null),
    joinedAt: partnerFields.joinedAt.optional(),
    openToIntroductions: partnerFields.openToIntroductions.default(true),
    offers: partnerFields.offers.default([]),
    seeks: partnerFields.seeks.default([]),
  })
  .meta({ id: 'CreatePartner' });

export const updatePartnerSchema = z
  .strictObject(partnerFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change')
  .meta({ id: 'UpdatePartner' });

export const partnerListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'Full-text search over names, companies and specialties' }),
  specialty: idSchema.optional().meta({ description: 'Partners offering this specialty' }),
  area: idSchema.optional(),
  tier: tierSchema.optional(),
  managed: queryBoolean.optional(),
  limit: limitSchema(25, 100),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor from the previous page' }),
});

export const searchMatchKinds = ['name', 'company', 'expertise', 'offers'] as const;

export const partnerHitSchema = partnerSummarySchema
  .extend({
    matched: z
      .object({
        on: z
          .enum(searchMatchKinds)
          .meta({ description: 'What the text matched: the name, the company, a specialty the PAL is expert in, or one the partner offers' }),
        specialty: namedRefSchema.nullable(),
      })
      .nullable()
      .meta({ description: 'Why this partner is in the results of a search (q); null when listing without one' }),
  })
  .meta({ id: 'PartnerHit' });

export const partnerPageSchema = z
  .object({
    items: z.array(partnerHitSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'PartnerPage' });

export type PartnerSummary = z.infer<typeof partnerSummarySchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type CreatePartner = z.infer<typeof createPartnerSchema>;
export type UpdatePartner = z.infer<typeof updatePartnerSchema>;
export type PartnerListQuery = z.infer<typeof partnerListQuerySchema>;
export type PartnerPage = z.infer<typeof partnerPageSchema>;
export type PartnerHit = z.infer<typeof partnerHitSchema>;

/** The Partners endpoints: one description each, served by the server and called by the client. */
export const partnerEndpoints = endpoints('Partners', {
  listPartners: {
    method: 'get',
    path: '/partners',
    summary: 'Search and filter the partner directory, one page at a time',
    query: partnerListQuerySchema,
    response: partnerPageSchema,
  },
  createPartner: {
    method: 'post',
    path: '/partners',
    status: 201,
    errors: [404, 409],
    summary: 'Add a partner',
    body: createPartnerSchema,
    response: partnerSchema,
  },
  getPartner: {
    method: 'get',
    path: '/partners/:id',
    errors: [404],
    summary: "A partner's profile (contact details only for the partner, PALs and admins)",
    params: idParams,
    response: partnerSchema,
  },
  updatePartner: {
    method: 'patch',
    path: '/partners/:id',
    errors: [404],
    summary: "Change a partner's profile: the partner, their area's PAL or an admin (tier and managed: admins only)",
    params: idParams,
    body: updatePartnerSchema,
    response: partnerSchema,
  },
  deletePartner: {
    method: 'delete',
    path: '/partners/:id',
    status: 204,
    errors: [404],
    summary: 'Remove a partner, its ties and the introductions it is a side of',
    params: idParams,
  },
});
