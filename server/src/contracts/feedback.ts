import { z } from 'zod';
import { idSchema, isoDate, limitSchema, namedRefSchema, idParams } from './common';
import { tierSchema } from './partners';
import { endpoints } from './endpoint';
import { asPartnerSchema } from './common';

/** Shared with the client: no server imports here. */

export const sentiments = ['positive', 'negative', 'suggestion'] as const;
export const sentimentSchema = z.enum(sentiments);

export const themeStatuses = ['collected', 'raised', 'answered', 'acted', 'declined'] as const;
export const themeStatusSchema = z.enum(themeStatuses).meta({ description: 'collected → raised with the vendor → answered → acted upon | declined' });
export type ThemeStatus = z.infer<typeof themeStatusSchema>;

/** Where each status may go next. */
export const themeTransitions: Record<ThemeStatus, readonly ThemeStatus[]> = {
  collected: ['raised'],
  raised: ['answered'],
  answered: ['acted', 'declined'],
  acted: [],
  declined: [],
};

export const feedbackSchema = z
  .object({
    id: z.string(),
    partner: namedRefSchema,
    area: namedRefSchema.nullable(),
    pal: namedRefSchema.nullable().meta({ description: 'The PAL it was given to' }),
    specialty: namedRefSchema.nullable(),
    programme: z.string().nullable(),
    text: z.string(),
    sentiment: sentimentSchema,
    createdAt: z.string(),
    theme: z.object({ id: z.string(), title: z.string(), status: themeStatusSchema }).nullable(),
  })
  .meta({ id: 'Feedback' });

export const createFeedbackSchema = z
  .strictObject({
    partner: idSchema.optional().meta({ description: 'Who gives it: yourself (left out), or anyone for an admin' }),
    specialty: idSchema.optional().meta({ description: 'The specialty it is about…' }),
    programme: z.string().trim().min(1).max(120).optional().meta({ description: '…or the programme area (such as "partner portal")' }),
    text: z.string().trim().min(1).max(4000),
    sentiment: sentimentSchema,
  })
  .refine((body) => body.specialty !== undefined || body.programme !== undefined, {
    message: 'name the specialty or the programme area it is about',
    path: ['specialty'],
  })
  .meta({ id: 'CreateFeedback' });

export const feedbackListQuerySchema = z.strictObject({
  unthemed: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'Only feedback not merged into a theme yet' }),
  limit: limitSchema(100, 500),
});
export const feedbackListSchema = z.object({ items: z.array(feedbackSchema) }).meta({ id: 'FeedbackList' });

export const themeSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    status: themeStatusSchema,
    createdAt: z.string(),
    curator: namedRefSchema.nullable().meta({ description: 'The PAL who merged it' }),
    raisedAt: z.string().nullable(),
    raisedWhere: z.string().nullable(),
    vendorAnswer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    outcomeAt: z.string().nullable(),
    outcomeNote: z.string().nullable(),
    voices: z.number().int().meta({ description: 'Partners who raised it: by feedback or by adding their voice' }),
    feedbackCount: z.number().int(),
    areas: z.array(namedRefSchema.extend({ voices: z.number().int() })),
    tiers: z.array(z.object({ tier: tierSchema, voices: z.number().int() })),
    yours: z.boolean().meta({ description: 'You raised it (feedback or voice)' }),
    ageDays: z.number().int(),
  })
  .meta({ id: 'FeedbackTheme' });

export const themeListQuerySchema = z.strictObject({
  sort: z.enum(['voices', 'age', 'recent']).default('voices'),
  status: themeStatusSchema.optional(),
  limit: limitSchema(50, 200),
});
export const themeListSchema = z
  .object({
    summary: z.object({ themes: z.number().int(), withOutcome: z.number().int().meta({ description: 'Acted upon or declined' }), open: z.number().int() }),
    items: z.array(themeSchema),
  })
  .meta({ id: 'FeedbackThemes' });

export const createThemeSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(4000).default(''),
    feedback: z
      .array(idSchema)
      .min(1)
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an item'),
  })
  .meta({ id: 'CreateFeedbackTheme' });

export const addFeedbackSchema = z.strictObject({ feedback: z.array(idSchema).min(1).max(200) }).meta({ id: 'AddFeedbackToTheme' });

export const moveThemeSchema = z
  .strictObject({
    status: themeStatusSchema,
    raisedWhere: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Where it was raised (a meeting, the partner conference): needed to raise it' }),
    raisedOn: isoDate.optional().meta({ description: 'When it was raised, if not today' }),
    vendorAnswer: z.string().trim().min(1).max(8000).optional().meta({ description: "The vendor's answer: needed to mark it answered" }),
    note: z.string().trim().max(4000).optional().meta({ description: 'What was done, or why it was declined' }),
  })
  .refine((body) => body.status !== 'raised' || body.raisedWhere !== undefined, { message: 'say where it was raised', path: ['raisedWhere'] })
  .refine((body) => body.status !== 'answered' || body.vendorAnswer !== undefined, { message: "give the vendor's answer", path: ['vendorAnswer'] })
  .meta({ id: 'MoveFeedbackTheme' });

export type Feedback = z.infer<typeof feedbackSchema>;
export type CreateFeedback = z.infer<typeof createFeedbackSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ThemeList = z.infer<typeof themeListSchema>;
export type CreateTheme = z.infer<typeof createThemeSchema>;
export type MoveTheme = z.infer<typeof moveThemeSchema>;

/** The Feedback endpoints: one description each, served by the server and called by the client. */
export const feedbackEndpoints = endpoints('Feedback', {
  giveFeedback: {
    method: 'post',
    path: '/feedback',
    status: 201,
    errors: [404],
    summary: 'Give feedback to the vendor, through your PAL: about a specialty or a programme area',
    body: createFeedbackSchema,
    response: feedbackSchema,
  },
  listFeedback: {
    method: 'get',
    path: '/feedback',
    summary: 'Feedback you may see: your own (partners), what was given to you (PALs), all (admins)',
    query: feedbackListQuerySchema,
    response: feedbackListSchema,
  },
  listThemes: {
    method: 'get',
    path: '/feedback-themes',
    summary: 'Feedback themes with how many partners raised them, where and in which tiers; with totals',
    query: themeListQuerySchema,
    response: themeListSchema,
  },
  createTheme: {
    method: 'post',
    path: '/feedback-themes',
    status: 201,
    errors: [404],
    summary: 'Merge feedback items that say the same thing into one theme',
    body: createThemeSchema,
    response: themeSchema,
  },
  getTheme: {
    method: 'get',
    path: '/feedback-themes/:id',
    errors: [404],
    summary: 'One feedback theme and its progress with the vendor',
    params: idParams,
    response: themeSchema,
  },
  mergeIntoTheme: {
    method: 'post',
    path: '/feedback-themes/:id/feedback',
    errors: [404],
    summary: 'Merge more feedback items into a theme',
    params: idParams,
    body: addFeedbackSchema,
    response: themeSchema,
  },
  addVoice: {
    method: 'post',
    path: '/feedback-themes/:id/voices',
    status: 201,
    errors: [404, 409],
    summary: 'Add your voice to a theme instead of writing the same feedback again',
    params: idParams,
    body: asPartnerSchema,
    response: themeSchema,
  },
  moveTheme: {
    method: 'patch',
    path: '/feedback-themes/:id',
    errors: [404, 409],
    summary: 'Move a theme along: collected → raised (where, when) → answered (the vendor’s answer) → acted upon | declined',
    params: idParams,
    body: moveThemeSchema,
    response: themeSchema,
  },
});
