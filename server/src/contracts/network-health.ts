import { z } from 'zod';
import { namedRefSchema, queryBoolean } from './common';
import { tierSchema } from './partners';
import { endpoints } from './endpoint';

/** Shared with the client: no server imports here. */

const share = z.number().min(0).max(1).meta({ description: 'A fraction between 0 and 1' });

/** How a set of introductions turned out: the same figures per PAL and per area. */
const introductionOutcomes = {
  proposed: z.number().int(),
  collaborating: z.number().int(),
  declined: z.number().int(),
  lapsed: z.number().int(),
  open: z.number().int(),
  conversion: share.nullable(),
};

export const reachCountsSchema = z.object({
  partners: z.number().int(),
  withinOneOfAreaPal: z.number().int(),
  withinTwoOfAreaPal: z.number().int(),
  withinOneOfAnyPal: z.number().int(),
  withinTwoOfAnyPal: z.number().int(),
  shareWithinTwoOfAreaPal: share,
  shareWithinTwoOfAnyPal: share,
});

export const partnerRefSchema = namedRefSchema.extend({
  company: z.string().meta({ description: 'Two partners of one name are told apart by it' }),
  area: namedRefSchema.nullable(),
  tier: tierSchema,
  managed: z.boolean(),
});

export const networkHealthSchema = z
  .object({
    computedAt: z.string(),
    durationMs: z.number(),
    size: z.object({
      partners: z.number().int(),
      pals: z.number().int(),
      ties: z.number().int(),
      introductions: z.number().int(),
      questions: z.number().int(),
      byArea: z.array(z.object({ area: namedRefSchema.nullable(), partners: z.number().int(), unmanaged: z.number().int() })),
      byTier: z.array(z.object({ tier: tierSchema, partners: z.number().int() })),
      managed: z.object({ managed: z.number().int(), unmanaged: z.number().int() }),
      joinsPerMonth: z.array(z.object({ month: z.string().meta({ example: '2025-03' }), joins: z.number().int() })),
    }),
    coverage: z.object({
      overall: reachCountsSchema,
      unmanaged: reachCountsSchema,
      byArea: z.array(
        reachCountsSchema.extend({
          area: namedRefSchema,
          pal: namedRefSchema.nullable(),
          center: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
        }),
      ),
      unserved: z.object({
        total: z.number().int().meta({ description: 'Partners with no PAL within two hops' }),
        items: z
          .array(
            partnerRefSchema.extend({
              hopsToPal: z.number().int().nullable().meta({ description: 'Hops to the nearest PAL; null when no chain reaches one' }),
              nearestPal: namedRefSchema.nullable(),
              ties: z.number().int(),
            }),
          )
          .meta({ description: 'Easiest to reach first: fewest hops to a PAL, then most ties (at most 500)' }),
      }),
    }),
    structure: z.object({
      isolated: z.object({ total: z.number().int(), items: z.array(partnerRefSchema).meta({ description: 'At most 200' }) }),
      components: z.object({
        count: z.number().int(),
        largest: z.number().int(),
        sizes: z.array(z.object({ size: z.number().int(), components: z.number().int() })),
      }),
      degree: z.object({
        mean: z.number(),
        max: z.number().int(),
        bins: z
          .array(z.object({ from: z.number().int(), to: z.number().int(), partners: z.number().int() }))
          .meta({ description: 'Log-binned: 0, 1, 2–3, 4–7, …' }),
      }),
      averageClustering: z.number().meta({ description: 'Mean local clustering coefficient (partners with fewer than two ties count as 0)' }),
      communities: z.object({
        count: z.number().int(),
        modularity: z.number(),
        items: z
          .array(
            z.object({
              id: z.string(),
              size: z.number().int(),
              dominantArea: namedRefSchema.nullable(),
              dominantAreaShare: share,
              topSpecialties: z.array(namedRefSchema.extend({ partners: z.number().int() })),
              hub: namedRefSchema.meta({ description: 'Its best-connected partner, to open it in the explorer' }),
            }),
          )
          .meta({ description: 'Largest first, at most 30' }),
      }),
      brokers: z.object({
        method: z.enum(['exact', 'sampled']),
        sources: z.number().int().meta({ description: 'Shortest-path sources used: every partner (exact) or a random sample' }),
        items: z.array(partnerRefSchema.extend({ betweenness: z.number().meta({ description: 'Normalised to 0–1' }), ties: z.number().int() })),
      }),
    }),
    introductions: z.object({
      funnel: z.array(
        z.object({
          stage: z.enum(['proposed', 'made', 'accepted', 'collaborating']),
          reached: z.number().int(),
          conversion: share.nullable().meta({ description: 'Share of the previous stage that reached this one' }),
        }),
      ),
      medianDays: z.object({ proposedToMade: z.number().nullable(), madeToAccepted: z.number().nullable(), acceptedToCollaborating: z.number().nullable() }),
      staleAfterDays: z.number().int(),
      stale: z.object({
        total: z.number().int(),
        items: z.array(
          z.object({
            id: z.string(),
            status: z.string(),
            from: namedRefSchema,
            to: namedRefSchema,
            introducer: namedRefSchema.nullable(),
            waitingDays: z.number().int(),
          }),
        ),
      }),
      byPal: z.array(z.object({ pal: namedRefSchema, ...introductionOutcomes })),
      byArea: z.array(z.object({ area: namedRefSchema, ...introductionOutcomes })),
    }),
    pals: z.object({
      forwardedToExpertShare: share.nullable().meta({ description: 'Of the questions forwarded, the share forwarded to a PAL expert in their specialty' }),
      items: z.array(
        z.object({
          pal: namedRefSchema,
          area: namedRefSchema.nullable(),
          partners: z.number().int().meta({ description: 'Partners in the area they lead' }),
          openQuestions: z.number().int(),
          forwardedToThem: z.number().int().meta({ description: 'Open questions another PAL forwarded to them' }),
          answered: z.number().int(),
          medianHoursToAnswer: z.number().nullable(),
          forwardedToExpertShare: share.nullable().meta({ description: 'Of the questions they forwarded, the share that went to an expert' }),
        }),
      ),
    }),
    supplyDemand: z.object({
      gaps: z.number().int().meta({ description: 'Area and specialty pairs sought in the area and offered by nobody there' }),
      items: z.array(z.object({ area: namedRefSchema, specialty: namedRefSchema, seekers: z.number().int(), offerers: z.number().int(), gap: z.boolean() })),
    }),
    engagement: z.object({
      windowDays: z.number().int(),
      active: z.number().int().meta({ description: 'Took an introduction step, asked a question or attended a meeting in the window' }),
      dormant: z.number().int(),
      byArea: z.array(
        z.object({ area: namedRefSchema, active: z.number().int(), dormant: z.number().int(), meetings: z.number().int(), attendances: z.number().int() }),
      ),
      palReach: z.array(
        z.object({
          pal: namedRefSchema,
          activities: z.number().int(),
          partnersReached: z.number().int().meta({ description: 'Distinct partners their activities reached in the window' }),
        }),
      ),
    }),
    feedback: z.object({
      themes: z.number().int(),
      withOutcome: z.number().int().meta({ description: 'Acted upon or declined' }),
      open: z.number().int(),
      topByVoices: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), voices: z.number().int(), ageDays: z.number().int() })),
      oldestOpen: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), voices: z.number().int(), ageDays: z.number().int() })),
    }),
  })
  .meta({ id: 'NetworkHealth' });

export const networkHealthReportSchema = z
  .object({
    state: z.enum(['computing', 'ready', 'failed']).meta({ description: 'computing: the first computation is running and no report exists yet' }),
    stale: z.boolean().meta({ description: 'Something was written since the report was computed' }),
    refreshing: z.boolean().meta({ description: 'A new computation is running in the background' }),
    error: z.string().nullable(),
    report: networkHealthSchema.nullable(),
  })
  .meta({ id: 'NetworkHealthReport' });

export type NetworkHealth = z.infer<typeof networkHealthSchema>;
export type NetworkHealthReport = z.infer<typeof networkHealthReportSchema>;
export type ReachCounts = z.infer<typeof reachCountsSchema>;
export type PartnerRef = z.infer<typeof partnerRefSchema>;

const waitQuery = z.strictObject({
  wait: queryBoolean.optional().meta({ description: 'Answer when the running computation has finished' }),
});

/** The Network health endpoints: one description each, served by the server and called by the client. */
export const networkHealthEndpoints = endpoints('Network health', {
  getNetworkHealth: {
    method: 'get',
    path: '/admin/health',
    summary: 'The health of the whole network, from cache, with when it was computed and whether it is stale',
    query: waitQuery,
    response: networkHealthReportSchema,
  },
  refreshNetworkHealth: {
    method: 'post',
    path: '/admin/health/refresh',
    status: 202,
    summary: 'Compute the report again in the background',
    query: waitQuery,
    response: networkHealthReportSchema,
  },
});
