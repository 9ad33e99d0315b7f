import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema, idParams } from './common';
import { endpoints } from './endpoint';
import { INTRODUCTION_REQUESTS_PER_DAY, introductionSchema, introductionStatusSchema } from './introductions';

export const routeStepSchema = z.object({ id: z.string(), name: z.string(), isPal: z.boolean() });

export const matchReasonsSchema = z
  .object({
    theyOfferWhatYouSeek: z.array(namedRefSchema),
    youOfferWhatTheySeek: z.array(namedRefSchema),
    mutualAcquaintances: z.array(routeStepSchema).meta({ description: 'Up to five, PALs first' }),
    mutualCount: z.number().int(),
    sameArea: z.boolean(),
    distanceKm: z.number().nullable(),
    sharedGroups: z.array(namedRefSchema),
    metAt: z.array(z.object({ id: z.string(), title: z.string(), date: z.string() })).meta({ description: 'Meetings both attended (MET_AT), latest first' }),
    introducer: namedRefSchema.nullable().meta({ description: 'The PAL who could introduce them' }),
    pastSuccess: z
      .array(z.object({ specialty: namedRefSchema, collaborations: z.number().int(), introductions: z.number().int() }))
      .meta({ description: 'Earlier introductions over the same specialties, and how many became collaborations' }),
  })
  .meta({ id: 'MatchReasons' });

export const scorePartsSchema = z.object({
  structure: z.number(),
  forYou: z.number().meta({ description: 'How well they meet your needs (complementarity × past outcomes)' }),
  forThem: z.number().meta({ description: 'How well you meet theirs' }),
  proximity: z.number(),
  groups: z.number(),
  yourSide: z.number().meta({ description: 'The whole score seen from your side' }),
  theirSide: z.number().meta({ description: 'The whole score seen from theirs' }),
});

export const matchSchema = z
  .object({
    partner: z.object({
      id: z.string(),
      name: z.string(),
      company: z.string(),
      tier: z.string(),
      isPal: z.boolean(),
      area: namedRefSchema.nullable(),
    }),
    score: z.number().min(0).max(1).meta({ description: 'Reciprocal: good for both sides' }),
    parts: scorePartsSchema,
    reasons: matchReasonsSchema,
    warmRoute: z.array(routeStepSchema).nullable().meta({ description: 'Shortest chain an introduction could travel, through a PAL where one ties' }),
    introduction: z
      .object({ id: z.string(), status: introductionStatusSchema })
      .nullable()
      .meta({ description: 'The introduction already between the pair (the one under way, else the latest), shown instead of asking again' }),
  })
  .meta({ id: 'Match' });

export const matchesQuerySchema = z.strictObject({
  limit: limitSchema(10, 50),
  specialty: idSchema.optional().meta({ description: 'Only matches involving this specialty, either way' }),
  area: idSchema.optional().meta({ description: 'Only matches in this area' }),
});

export const matchListSchema = z.object({ partner: z.string(), items: z.array(matchSchema) }).meta({ id: 'Matches' });

export const suggestionSchema = z
  .object({
    from: namedRefSchema,
    to: namedRefSchema,
    score: z.number().min(0).max(1),
    parts: scorePartsSchema,
    reasons: matchReasonsSchema,
    reason: z.string().meta({ description: 'The reasons in one sentence, ready for a proposed introduction' }),
  })
  .meta({ id: 'SuggestedIntroduction' });

export const suggestionsQuerySchema = z.strictObject({ limit: limitSchema(10, 50) });
export const suggestionListSchema = z.object({ pal: z.string(), items: z.array(suggestionSchema) }).meta({ id: 'SuggestedIntroductions' });

export const introductionRequestSchema = z
  .strictObject({
    to: idSchema.meta({ description: 'The partner to be introduced to' }),
    note: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'IntroductionRequest' });

export type RouteStep = z.infer<typeof routeStepSchema>;
export type MatchReasons = z.infer<typeof matchReasonsSchema>;
export type ScoreParts = z.infer<typeof scorePartsSchema>;
export type Match = z.infer<typeof matchSchema>;
export type MatchesQuery = z.infer<typeof matchesQuerySchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;

/** The Matches endpoints: one description each, served by the server and called by the client. */
export const matchEndpoints = endpoints('Matches', {
  listMatches: {
    costly: true,
    method: 'get',
    path: '/partners/:id/matches',
    errors: [404],
    summary: 'Partners ranked as collaborators for this one, good for both sides, with reasons and a warm route',
    params: idParams,
    query: matchesQuerySchema,
    response: matchListSchema,
  },
  requestIntroduction: {
    method: 'post',
    path: '/partners/:id/introduction-requests',
    status: 201,
    errors: [404, 409, 429],
    summary: `Ask to be introduced to a partner: routed to the PAL on the warm route, or the area PAL. Refused (409) when the partner is not open to introductions; at most ${INTRODUCTION_REQUESTS_PER_DAY} requests a day (429)`,
    params: idParams,
    body: introductionRequestSchema,
    response: introductionSchema,
  },
  listSuggestedIntroductions: {
    costly: true,
    method: 'get',
    path: '/pals/:id/suggested-introductions',
    errors: [404],
    summary: 'The best pairs among the partners a PAL knows or leads who do not know each other yet, with reasons',
    params: idParams,
    query: suggestionsQuerySchema,
    response: suggestionListSchema,
  },
});
