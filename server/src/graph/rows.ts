import { z } from 'zod';
import { partnerNodeSchema, pathStepSchema } from '../contracts/graph';
import { introductionStatusSchema } from '../contracts/introductions';

/** What the graph's named queries return, row by row (parsed, never cast). */

/** A partner in a neighbourhood: the contract's partner node, with `name` where the node has `label`. */
export const neighborRowSchema = partnerNodeSchema.shape.data.omit({ kind: true, label: true }).extend({ name: z.string() });

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
