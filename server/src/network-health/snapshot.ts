import { z } from 'zod';
import { introductionStatusSchema } from '../contracts/introductions';
import { tierSchema } from '../contracts/partners';

/**
 * Everything the health report is computed from, read from Neo4j in one go and handed to a worker
 * thread as plain data. Ties are each partner's neighbours as indices into `partners`. The row
 * schemas below parse what the network-health-* queries return.
 */

const snapshotPartnerFields = {
  id: z.string(),
  name: z.string(),
  company: z.string(),
  tier: tierSchema,
  managed: z.boolean(),
  isPal: z.boolean(),
  area: z.string().nullable(),
  joinedAt: z.string().nullable(),
  offers: z.array(z.string()),
  seeks: z.array(z.string()),
};
/** A partner as network-health-partners returns it: ties as the ids of the partners known. */
export const partnerRowSchema = z.object({ ...snapshotPartnerFields, knows: z.array(z.string()) });

export const catalogRowSchema = z.object({
  areas: z.array(z.object({ id: z.string(), name: z.string(), pal: z.string().nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() })),
  specialties: z.array(z.object({ id: z.string(), name: z.string() })),
  pals: z.array(z.object({ id: z.string(), expertIn: z.array(z.string()) })),
});

export const snapshotIntroductionSchema = z.object({
  id: z.string(),
  status: introductionStatusSchema,
  from: z.string(),
  to: z.string(),
  introducer: z.string().nullable(),
  proposedAt: z.string().nullable(),
  madeAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  collaboratingAt: z.string().nullable(),
  lapsedAt: z.string().nullable(),
});

export const snapshotQuestionSchema = z.object({
  id: z.string(),
  asker: z.string(),
  specialty: z.string(),
  status: z.enum(['open', 'answered']),
  askedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  hops: z.array(z.object({ to: z.string(), by: z.string().nullable(), at: z.string().nullable() })),
});

export const communityRowSchema = z.object({
  meetings: z.array(z.object({ id: z.string(), area: z.string().nullable(), startsAt: z.string(), attended: z.array(z.string()) })),
  activities: z.array(z.object({ id: z.string(), pal: z.string(), date: z.string(), reached: z.array(z.string()) })),
  themes: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), createdAt: z.string(), voices: z.number() })),
});

export type SnapshotPartner = Omit<z.infer<typeof partnerRowSchema>, 'knows'> & { knows: number[] };
export type SnapshotIntroduction = z.infer<typeof snapshotIntroductionSchema>;
export type SnapshotQuestion = z.infer<typeof snapshotQuestionSchema>;

export type NetworkSnapshot = { now: string; partners: SnapshotPartner[]; introductions: SnapshotIntroduction[]; questions: SnapshotQuestion[] } & z.infer<
  typeof catalogRowSchema
> &
  z.infer<typeof communityRowSchema>;

export interface HealthOptions {
  /** Betweenness is exact up to this many partners, sampled above. */
  exactBetweennessUpTo: number;
  /** Shortest-path sources sampled for betweenness on bigger networks. */
  betweennessSources: number;
  staleAfterDays: number;
  activeWindowDays: number;
  seed: number;
}

export const defaultHealthOptions: HealthOptions = {
  exactBetweennessUpTo: 2000,
  betweennessSources: 128,
  staleAfterDays: 14,
  activeWindowDays: 90,
  seed: 2024,
};
