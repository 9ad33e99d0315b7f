import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema, idParams } from './common';
import { endpoints } from './endpoint';

export const introductionStatuses = ['proposed', 'made', 'accepted', 'declined', 'collaborating', 'lapsed'] as const;
export const introductionStatusSchema = z.enum(introductionStatuses);
export type IntroductionStatus = z.infer<typeof introductionStatusSchema>;

/**
 * The life of an introduction: proposed → made → accepted | declined; accepted → collaborating.
 * One that goes nowhere before collaboration can be marked lapsed.
 */
export const introductionTransitions: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  proposed: ['made', 'lapsed'],
  made: ['accepted', 'declined', 'lapsed'],
  accepted: ['collaborating', 'lapsed'],
  declined: [],
  collaborating: [],
  lapsed: [],
};

/** Statuses still waiting for someone to act. */
export const openIntroductionStatuses: readonly IntroductionStatus[] = ['proposed', 'made', 'accepted'];

/** The statuses from which `to` may be reached. */
export const statusesLeadingTo = (to: IntroductionStatus): IntroductionStatus[] =>
  introductionStatuses.filter((from) => introductionTransitions[from].includes(to));

export const introductionCommentSchema = z
  .object({ text: z.string(), at: z.string(), by: namedRefSchema.nullable().meta({ description: 'Null once its author has left' }) })
  .meta({ id: 'IntroductionComment' });

/** How many introductions one partner may ask for in a day (a PAL reads each one). */
export const INTRODUCTION_REQUESTS_PER_DAY = 10;

const privateNoteSchema = z.string().trim().max(4000);
const commentSchema = z.string().trim().min(1).max(2000);

export const introductionSchema = z
  .object({
    id: z.string(),
    status: introductionStatusSchema,
    reason: z.string().meta({ description: 'Why they should meet: both partners read it' }),
    privateNote: z.string().nullable().meta({ description: "The introducer's own note: only the introducer and admins read it (null for everyone else)" }),
    introducer: namedRefSchema.nullable().meta({ description: 'Null once the introducer has left' }),
    from: namedRefSchema,
    to: namedRefSchema,
    proposedAt: z.string(),
    madeAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    declinedAt: z.string().nullable(),
    collaboratingAt: z.string().nullable(),
    lapsedAt: z.string().nullable(),
    requestedBy: namedRefSchema.nullable().meta({ description: 'The partner who asked for it, when one did' }),
    history: z
      .array(z.object({ status: introductionStatusSchema, at: z.string(), by: namedRefSchema.nullable() }))
      .meta({ description: 'Every step taken, who took it and when' }),
    comments: z
      .array(introductionCommentSchema)
      .meta({ description: 'What was said at each step, oldest first: added, never changed, read by both partners and the PALs' }),
  })
  .meta({ id: 'Introduction' });

export const createIntroductionSchema = z
  .strictObject({
    introducer: idSchema.optional().meta({ description: 'The PAL making the introduction: yourself (left out), or anyone for an admin' }),
    from: idSchema.meta({ description: 'The partner being introduced' }),
    to: idSchema.meta({ description: 'The partner they are introduced to' }),
    reason: z.string().trim().min(1).max(1000),
    privateNote: privateNoteSchema.optional().meta({ description: 'For yourself: the partners never read it' }),
  })
  .refine((body) => body.from !== body.to, { message: 'a partner cannot be introduced to itself', path: ['to'] })
  .meta({ id: 'CreateIntroduction' });

export const updateIntroductionSchema = z
  .strictObject({
    status: introductionStatusSchema,
    by: idSchema
      .optional()
      .meta({ description: 'Who takes this step (a PAL, or a partner accepting or declining): yourself (left out), or anyone for an admin' }),
    comment: commentSchema.optional().meta({ description: 'Said with this step, for both partners and the PALs; added to the comments' }),
    privateNote: privateNoteSchema.optional().meta({ description: "Replaces the introducer's private note: only the introducer (or an admin) may set it" }),
  })
  .meta({ id: 'UpdateIntroduction' });

export const introductionListQuerySchema = z.strictObject({
  pal: idSchema.optional().meta({ description: 'Introductions made by this PAL (or partner)' }),
  partner: idSchema.optional().meta({ description: 'Introductions this partner is on either side of' }),
  status: introductionStatusSchema.optional(),
  limit: limitSchema(50, 200),
});

export const introductionListSchema = z.object({ items: z.array(introductionSchema) });

export type Introduction = z.infer<typeof introductionSchema>;
export type CreateIntroduction = z.infer<typeof createIntroductionSchema>;
export type UpdateIntroduction = z.infer<typeof updateIntroductionSchema>;
export type IntroductionListQuery = z.infer<typeof introductionListQuerySchema>;

export const pipelineQuerySchema = z.strictObject({
  staleAfterDays: z.coerce.number().int().min(1).max(365).default(14).meta({ description: 'Flag open introductions waiting longer than this' }),
});

export const pipelineItemSchema = introductionSchema.extend({
  waitingDays: z.number().int().meta({ description: 'Days since the last step' }),
  stale: z.boolean(),
});

export const pipelineSchema = z
  .object({
    pal: z.string(),
    staleAfterDays: z.number().int(),
    columns: z.object(
      Object.fromEntries(introductionStatuses.map((status) => [status, z.array(pipelineItemSchema)])) as Record<
        IntroductionStatus,
        z.ZodArray<typeof pipelineItemSchema>
      >,
    ),
    staleCount: z.number().int(),
  })
  .meta({ id: 'IntroductionPipeline' });

export type PipelineItem = z.infer<typeof pipelineItemSchema>;
export type Pipeline = z.infer<typeof pipelineSchema>;

/** The Introductions endpoints: one description each, served by the server and called by the client. */
export const introductionEndpoints = endpoints('Introductions', {
  proposeIntroduction: {
    method: 'post',
    path: '/introductions',
    status: 201,
    errors: [404],
    summary: 'Propose an introduction of one partner to another',
    body: createIntroductionSchema,
    response: introductionSchema,
  },
  listIntroductions: {
    method: 'get',
    path: '/introductions',
    summary: 'Introductions by introducer, partner and status, newest first',
    query: introductionListQuerySchema,
    response: introductionListSchema,
  },
  getIntroduction: {
    method: 'get',
    path: '/introductions/:id',
    errors: [404],
    summary: 'One introduction',
    params: idParams,
    response: introductionSchema,
  },
  moveIntroduction: {
    method: 'patch',
    path: '/introductions/:id',
    errors: [404, 409],
    summary: 'Move an introduction along: proposed → made → accepted | declined; accepted → collaborating; or lapsed',
    params: idParams,
    body: updateIntroductionSchema,
    response: introductionSchema,
  },
  getPipeline: {
    method: 'get',
    path: '/pals/:id/introductions/pipeline',
    errors: [404],
    summary: "A PAL's introductions by status, those waiting too long flagged",
    params: idParams,
    query: pipelineQuerySchema,
    response: pipelineSchema,
  },
});
