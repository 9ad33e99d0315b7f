import { z } from 'zod';
import { locationSchema, namedRefSchema } from '../contracts/common';
import { routeStepSchema } from '../contracts/matches';

/** What the match queries return, row by row (parsed, never cast). */

export const specialtyWithSupplySchema = z.object({ id: z.string(), name: z.string(), offeredBy: z.number() });

export const candidateRowSchema = z.object({
  partner: z.object({ id: z.string(), name: z.string(), company: z.string(), tier: z.string(), isPal: z.boolean(), area: namedRefSchema.nullable() }),
  mutual: z.array(z.object({ id: z.string(), name: z.string(), isPal: z.boolean(), degree: z.number() })),
  forYou: z.array(specialtyWithSupplySchema),
  forThem: z.array(specialtyWithSupplySchema),
  sameArea: z.boolean(),
  distanceKm: z.number().nullable(),
  sharedGroups: z.array(namedRefSchema),
  /** Meetings both attended (MET_AT), latest first. */
  sharedMeetings: z.array(z.object({ id: z.string(), title: z.string(), date: z.string() })),
  totalPartners: z.number(),
});

export const outcomeRateSchema = z.object({ specialty: z.string(), name: z.string(), decided: z.number(), collaborations: z.number() });

export const warmRouteRowSchema = z.object({ target: z.string(), route: z.array(routeStepSchema).nullable() });

export const poolMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  location: locationSchema.nullable(),
  area: z.string().nullable(),
  knownByPal: z.boolean(),
  degree: z.number(),
  offers: z.array(z.string()),
  seeks: z.array(z.string()),
  groups: z.array(namedRefSchema),
});

export const suggestionPoolRowSchema = z.object({ partner: poolMemberSchema, palName: z.string(), palDegree: z.number(), totalPartners: z.number() });

export const areaPalRowSchema = z.object({ partner: z.string(), pal: namedRefSchema });

export type SpecialtyWithSupply = z.infer<typeof specialtyWithSupplySchema>;
export type CandidateRow = z.infer<typeof candidateRowSchema>;
export type OutcomeRate = z.infer<typeof outcomeRateSchema>;
export type PoolMember = z.infer<typeof poolMemberSchema>;
