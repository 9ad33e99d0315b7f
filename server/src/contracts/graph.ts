import { z } from 'zod';
import { idSchema, limitSchema, locationSchema, queryBoolean, idParams } from './common';
import { introductionStatusSchema } from './introductions';
import { tierSchema } from './partners';
import { endpoints } from './endpoint';

export const partnerNodeSchema = z
  .object({
    data: z.object({
      id: z.string(),
      kind: z.literal('partner'),
      label: z.string(),
      company: z.string(),
      tier: tierSchema,
      managed: z.boolean(),
      isPal: z.boolean(),
      area: z.string().nullable(),
      areaName: z.string().nullable(),
      location: locationSchema.nullable(),
      distance: z.number().int().meta({ description: 'Hops from the focused partner' }),
      degree: z.number().int(),
    }),
  })
  .meta({ id: 'PartnerNode' });

/** Specialty node ids are prefixed so they can never collide with partner ids in one graph. */
export const specialtyNodeId = (specialtyId: string) => `specialty:${specialtyId}`;

export const specialtyNodeSchema = z
  .object({
    data: z.object({ id: z.string(), kind: z.literal('specialty'), label: z.string(), specialtyId: z.string() }),
  })
  .meta({ id: 'SpecialtyNode' });

export const communityNodeKinds = ['group', 'meeting', 'activity'] as const;
/** Community node ids are prefixed by their kind, like specialties, so they never collide with partners. */
export const communityNodeId = (kind: (typeof communityNodeKinds)[number], id: string) => `${kind}:${id}`;

export const communityNodeSchema = z
  .object({
    data: z.object({ id: z.string(), kind: z.enum(communityNodeKinds), label: z.string(), refId: z.string(), date: z.string().nullable() }),
  })
  .meta({ id: 'CommunityNode', description: 'A user group, a meeting or a PAL activity' });

export const graphNodeSchema = z.union([partnerNodeSchema, specialtyNodeSchema, communityNodeSchema]);

export const knowsEdgeSchema = z
  .object({
    data: z.object({
      id: z.string(),
      kind: z.literal('KNOWS'),
      source: z.string(),
      target: z.string(),
      strength: z.number().int(),
      since: z.string().nullable(),
    }),
  })
  .meta({ id: 'KnowsEdge' });

export const introductionEdgeSchema = z
  .object({
    data: z.object({
      id: z.string(),
      kind: z.literal('INTRODUCTION'),
      introductionId: z.string(),
      source: z.string().meta({ description: 'The partner introduced' }),
      target: z.string().meta({ description: 'The partner they were introduced to' }),
      status: introductionStatusSchema,
      reason: z.string(),
      introducer: z.string().nullable(),
      proposedAt: z.string(),
    }),
  })
  .meta({ id: 'IntroductionEdge' });

export const specialtyEdgeSchema = z
  .object({
    data: z.object({ id: z.string(), kind: z.enum(['OFFERS', 'SEEKS']), source: z.string(), target: z.string() }),
  })
  .meta({ id: 'SpecialtyEdge' });

export const communityEdgeSchema = z
  .object({
    data: z.object({
      id: z.string(),
      kind: z.enum(['MEMBER_OF', 'RUNS', 'MET_AT', 'DID', 'REACHED']),
      source: z.string().meta({ description: 'The partner' }),
      target: z.string(),
      date: z.string().nullable(),
    }),
  })
  .meta({ id: 'CommunityEdge' });

export const graphEdgeSchema = z.union([knowsEdgeSchema, introductionEdgeSchema, specialtyEdgeSchema, communityEdgeSchema]);

export const specialtyModes = ['offers', 'seeks'] as const;

/** The most a partner may ask of the graph at once; PALs and admins may ask for the query's maximum. */
export const partnerGraphCaps = { depth: 2, limit: 500 } as const;

export const neighborhoodQuerySchema = z.strictObject({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: limitSchema(150, 5000).meta({ description: 'The most partners to show besides the focused one' }),
  minStrength: z.coerce.number().int().min(1).max(5).default(1).meta({ description: 'Follow only ties at least this strong' }),
  area: idSchema.optional(),
  tier: tierSchema.optional(),
  managed: queryBoolean.optional(),
  specialty: idSchema.optional(),
  specialtyMode: z.enum(specialtyModes).default('offers').meta({ description: 'Whether partners offer or seek `specialty`' }),
  introductions: queryBoolean.default(true).meta({ description: 'Draw introductions among the partners shown' }),
  specialties: queryBoolean.default(false).meta({ description: 'Draw the specialties they offer and seek as nodes' }),
  community: queryBoolean
    .default(false)
    .meta({ description: 'Draw their user groups, the meetings they attended and PAL activities of the last year as nodes' }),
});

export const neighborhoodSchema = z
  .object({
    center: z.string(),
    depth: z.number().int(),
    elements: z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }),
    truncated: z.boolean().meta({ description: 'True when the limit cut the neighbourhood' }),
    totals: z.object({
      partners: z.number().int().meta({ description: 'Partners within depth, the focused one included' }),
      shown: z.number().int(),
    }),
  })
  .meta({ id: 'Neighborhood' });

export const pathQuerySchema = z
  .strictObject({
    from: idSchema,
    to: idSchema,
    maxHops: z.coerce.number().int().min(1).max(6).default(4),
    limit: limitSchema(5, 20),
  })
  .refine((query) => query.from !== query.to, { message: 'choose two different partners', path: ['to'] });

export const pathStepSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  isPal: z.boolean(),
  tier: tierSchema,
  managed: z.boolean(),
  area: z.string().nullable(),
  areaName: z.string().nullable(),
  location: locationSchema.nullable(),
  degree: z.number().int(),
});

export const pathSchema = z
  .object({
    partners: z.array(pathStepSchema),
    ties: z.array(knowsEdgeSchema).meta({ description: 'The ties along the chain, as Cytoscape edges' }),
    hops: z.number().int(),
    viaPal: z.string().nullable().meta({ description: 'Name of the first PAL between the two ends, if any' }),
    description: z.string().meta({ example: 'Ann knows Raj, who knows Lee' }),
  })
  .meta({ id: 'WarmPath' });

export const pathListSchema = z.object({ from: z.string(), to: z.string(), found: z.boolean(), paths: z.array(pathSchema) }).meta({ id: 'WarmPaths' });

export type PartnerNode = z.infer<typeof partnerNodeSchema>;
export type KnowsEdge = z.infer<typeof knowsEdgeSchema>;
export type SpecialtyNode = z.infer<typeof specialtyNodeSchema>;
export type GraphNode = z.infer<typeof graphNodeSchema>;
export type IntroductionEdge = z.infer<typeof introductionEdgeSchema>;
export type SpecialtyEdge = z.infer<typeof specialtyEdgeSchema>;
export type CommunityNode = z.infer<typeof communityNodeSchema>;
export type CommunityEdge = z.infer<typeof communityEdgeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type Neighborhood = z.infer<typeof neighborhoodSchema>;
export type NeighborhoodQuery = z.infer<typeof neighborhoodQuerySchema>;
export type PathQuery = z.infer<typeof pathQuerySchema>;
export type PathStep = z.infer<typeof pathStepSchema>;
export type WarmPath = z.infer<typeof pathSchema>;
export type WarmPaths = z.infer<typeof pathListSchema>;

/** The Graph endpoints: one description each, served by the server and called by the client. */
export const graphEndpoints = endpoints('Graph', {
  getNeighborhood: {
    costly: true,
    method: 'get',
    path: '/graph/neighborhood/:id',
    errors: [404],
    summary: "A partner's neighbourhood over KNOWS, as Cytoscape elements",
    params: idParams,
    query: neighborhoodQuerySchema,
    response: neighborhoodSchema,
  },
  findPaths: {
    costly: true,
    method: 'get',
    path: '/graph/path',
    errors: [404],
    summary: 'The shortest chains of acquaintance between two partners (warm-introduction routes)',
    query: pathQuerySchema,
    response: pathListSchema,
  },
});
