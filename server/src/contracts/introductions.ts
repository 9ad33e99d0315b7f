import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema, idParams } from './common';
import { endpoints } from './endpoint';

export const introductionStatuses = ['proposed', 'made', 'accepted', 'declined', 'collaborating', 'lapsed'] as const;
export const introductionStatusSchema = z.enum(introductionStatuses);
export type IntroductionStatus = z.infer<typeof introductionStatusSchema>;

/**
 * The life of an introduction, both sides agreeing (double opt-in): proposed by a PAL, or requested
 * by a partner and so waiting for the PAL (proposed) → sent to both sides, each asked (made) →
 * accepted when both said yes, contacts exchanged | declined when either said no → collaborating.
 * A PAL declines a request (proposed → declined); one that goes nowhere can be marked lapsed.
 */
export const introductionTransitions: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  proposed: ['made', 'declined', 'lapsed'],
  made: ['accepted', 'declined', 'lapsed'],
  accepted: ['collaborating', 'lapsed'],
  declined: [],
  collaborating: [],
  lapsed: [],
};

/**
 * The moves made by hand (PATCH): an asked introduction is accepted or declined only by the answers
 * of its two sides, each for itself (POST …/answer).
 */
export const movesByHand: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  proposed: [],
  made: ['proposed'],
  accepted: [],
  declined: ['proposed'],
  collaborating: ['accepted'],
  lapsed: ['proposed', 'made', 'accepted'],
};

/** What each status is called on screens and in e-mails. */
export const introductionStatusLabels: Record<IntroductionStatus, string> = {
  proposed: 'Proposed',
  made: 'Waiting for both sides',
  accepted: 'Introduced',
  declined: 'Declined',
  collaborating: 'Collaborating',
  lapsed: 'Lapsed',
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

export const answers = ['yes', 'no'] as const;

const sideAnswerSchema = z
  .object({
    answer: z.enum(answers).nullable().meta({ description: 'Null until this side has answered' }),
    at: z.string().nullable(),
    message: z.string().nullable().meta({ description: 'Said to the other side with a yes: the other side reads it once both said yes; PALs always' }),
    reason: z.string().nullable().meta({ description: 'Why they said no: for the PALs (and the side itself) only, never the other side' }),
  })
  .meta({ id: 'IntroductionAnswer' });

const contactSchema = z
  .object({ email: z.string().nullable(), phone: z.string().nullable(), website: z.string().nullable() })
  .meta({ id: 'IntroductionContact' });

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
    answers: z.object({ from: sideAnswerSchema, to: sideAnswerSchema }).meta({ description: 'Each side answers for itself' }),
    contacts: z
      .object({ from: contactSchema.nullable(), to: contactSchema.nullable() })
      .meta({ description: "Each side's contact details: a side sees the other's only once both said yes (PALs and admins always)" }),
    remindedAt: z.string().nullable().meta({ description: 'When the sides that had not answered were last reminded' }),
    outcomeAskedAt: z.string().nullable().meta({ description: 'When both sides were asked whether it led to work' }),
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

export const answerIntroductionSchema = z
  .strictObject({
    answer: z.enum(answers),
    message: z.string().trim().min(1).max(2000).optional().meta({ description: 'With a yes: a word for the other side, read once both said yes' }),
    reason: z.string().trim().min(1).max(1000).optional().meta({ description: 'With a no: why, for the PAL only; the other side is never told' }),
    by: idSchema.optional().meta({ description: 'The side answering: yourself (left out), or either side for an admin' }),
  })
  .refine((body) => body.answer === 'yes' || body.message === undefined, { message: 'a message goes with a yes; say why in reason', path: ['message'] })
  .refine((body) => body.answer === 'no' || body.reason === undefined, { message: 'a reason goes with a no', path: ['reason'] })
  .meta({ id: 'AnswerIntroduction' });
export type AnswerIntroduction = z.infer<typeof answerIntroductionSchema>;

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
    summary:
      "Move an introduction along by hand: send it to both sides (proposed → made), decline a request, mark it collaborating or lapsed. Accepting and declining an asked one is each side's answer",
    params: idParams,
    body: updateIntroductionSchema,
    response: introductionSchema,
  },
  answerIntroduction: {
    method: 'post',
    path: '/introductions/:id/answer',
    errors: [404, 409],
    summary:
      'One side answers an introduction it is asked about: yes (with a word for the other) or no (with a reason for the PAL). Both yes: accepted, contacts exchanged',
    params: idParams,
    body: answerIntroductionSchema,
    response: introductionSchema,
  },
  remindIntroduction: {
    method: 'post',
    path: '/introductions/:id/reminders',
    errors: [404, 409],
    summary: 'Remind the sides that have not answered an introduction (a PAL, at most once a day)',
    params: idParams,
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
