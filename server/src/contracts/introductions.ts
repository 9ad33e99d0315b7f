import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema } from './common';

export const introductionStatuses = ['proposed', 'made', 'accepted', 'declined', 'collaborating'] as const;
export const introductionStatusSchema = z.enum(introductionStatuses);
export type IntroductionStatus = z.infer<typeof introductionStatusSchema>;

/** The life of an introduction: proposed → made → accepted | declined; accepted → collaborating. */
export const introductionTransitions: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  proposed: ['made'],
  made: ['accepted', 'declined'],
  accepted: ['collaborating'],
  declined: [],
  collaborating: [],
};

/** The statuses from which `to` may be reached. */
export const statusesLeadingTo = (to: IntroductionStatus): IntroductionStatus[] =>
  introductionStatuses.filter((from) => introductionTransitions[from].includes(to));

export const introductionSchema = z
  .object({
    id: z.string(),
    status: introductionStatusSchema,
    reason: z.string(),
    notes: z.string().nullable(),
    introducer: namedRefSchema.nullable().meta({ description: "Null once the introducer has left" }),
    from: namedRefSchema,
    to: namedRefSchema,
    proposedAt: z.string(),
    madeAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    declinedAt: z.string().nullable(),
    collaboratingAt: z.string().nullable(),
  })
  .meta({ id: 'Introduction' });

export const createIntroductionSchema = z
  .strictObject({
    introducer: idSchema.meta({ description: 'The PAL or partner making the introduction' }),
    from: idSchema.meta({ description: 'The partner being introduced' }),
    to: idSchema.meta({ description: 'The partner they are introduced to' }),
    reason: z.string().trim().min(1).max(1000),
    notes: z.string().trim().max(4000).optional(),
  })
  .refine((body) => body.from !== body.to, { message: 'a partner cannot be introduced to itself', path: ['to'] })
  .meta({ id: 'CreateIntroduction' });

export const updateIntroductionSchema = z
  .strictObject({
    status: introductionStatusSchema,
    notes: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'UpdateIntroduction' });

export const introductionListQuerySchema = z.strictObject({
  pal: idSchema.optional().meta({ description: 'Introductions made by this PAL (or partner)' }),
  partner: idSchema.optional().meta({ description: 'Introductions this partner is on either side of' }),
  status: introductionStatusSchema.optional(),
  limit: limitSchema(50, 200),
});

export const introductionListSchema = z.object({ items: z.array(introductionSchema) });
export const introductionIdParams = z.strictObject({ id: idSchema });

export type Introduction = z.infer<typeof introductionSchema>;
export type CreateIntroduction = z.infer<typeof createIntroductionSchema>;
export type UpdateIntroduction = z.infer<typeof updateIntroductionSchema>;
export type IntroductionListQuery = z.infer<typeof introductionListQuerySchema>;
