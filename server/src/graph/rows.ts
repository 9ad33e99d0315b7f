import { z } from 'zod';
import { locationSchema } from '../contracts/common';
import { pathStepSchema } from '../contracts/graph';
import { introductionStatusSchema } from '../contracts/introductions';
import { tierSchema } from '../contracts/partners';

/** What the graph's named queries return, row by row (parsed, never cast). */

export const neighborRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  tier: tierSchema,
  managed: z.boolean(),
  isPal: z.boolean(),
  area: z.string().nullable(),
  areaName: z.string().nullable(),
  location: locationSchema.nullable(),
  distance: z.number(),
  degree: z.number(),
});

export const edgeRowSchema = z.object({
  source: z.string(),
  target: z.string(),
  strength: z.number(),
  since: z.string().nullable(),
});

export const introductionRowSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  status: introductionStatusSchema,
  reason: z.string(),
  introducer: z.string().nullable(),
  proposedAt: z.string(),
  declinedAt: z.string().nullable(),
});

export const communityLinkRowSchema = z.object({
  partner: z.string(),
  kind: z.enum(['MEMBER_OF', 'RUNS', 'MET_AT', 'DID', 'REACHED']),
  nodeKind: z.enum(['group', 'meeting', 'activity']),
  ref: z.string(),
  label: z.string(),
  date: z.string().nullable(),
});

export const specialtyLinkRowSchema = z.object({
  partner: z.string(),
  kind: z.enum(['OFFERS', 'SEEKS']),
  specialty: z.string(),
  name: z.string(),
});

export const neighborhoodRowSchema = z.object({ total: z.number(), partner: neighborRowSchema });
export const pathRowSchema = z.object({ partners: z.array(pathStepSchema), ties: z.array(edgeRowSchema) });

export type NeighborRow = z.infer<typeof neighborRowSchema>;
export type EdgeRow = z.infer<typeof edgeRowSchema>;
export type IntroductionRow = z.infer<typeof introductionRowSchema>;
export type CommunityLinkRow = z.infer<typeof communityLinkRowSchema>;
export type SpecialtyLinkRow = z.infer<typeof specialtyLinkRowSchema>;
