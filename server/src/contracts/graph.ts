import { z } from 'zod';
import { idSchema, limitSchema } from './common';
import { tierSchema } from './partners';

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
      distance: z.number().int().meta({ description: 'Hops from the focused partner' }),
      degree: z.number().int(),
    }),
  })
  .meta({ id: 'PartnerNode' });

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

export const neighborhoodQuerySchema = z.strictObject({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: limitSchema(150, 1000),
});

export const neighborhoodSchema = z
  .object({
    center: z.string(),
    depth: z.number().int(),
    elements: z.object({ nodes: z.array(partnerNodeSchema), edges: z.array(knowsEdgeSchema) }),
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

export const pathStepSchema = z.object({ id: z.string(), name: z.string(), company: z.string(), isPal: z.boolean() });

export const pathSchema = z
  .object({
    partners: z.array(pathStepSchema),
    hops: z.number().int(),
    viaPal: z.string().nullable().meta({ description: 'Name of the first PAL between the two ends, if any' }),
    description: z.string().meta({ example: 'Ann knows Raj, who knows Lee' }),
  })
  .meta({ id: 'WarmPath' });

export const pathListSchema = z
  .object({ from: z.string(), to: z.string(), found: z.boolean(), paths: z.array(pathSchema) })
  .meta({ id: 'WarmPaths' });

export type PartnerNode = z.infer<typeof partnerNodeSchema>;
export type KnowsEdge = z.infer<typeof knowsEdgeSchema>;
export type Neighborhood = z.infer<typeof neighborhoodSchema>;
export type NeighborhoodQuery = z.infer<typeof neighborhoodQuerySchema>;
export type PathQuery = z.infer<typeof pathQuerySchema>;
export type PathStep = z.infer<typeof pathStepSchema>;
export type WarmPath = z.infer<typeof pathSchema>;
export type WarmPaths = z.infer<typeof pathListSchema>;
