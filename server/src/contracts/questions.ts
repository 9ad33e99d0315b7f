import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema } from './common';

export const questionStatuses = ['open', 'answered'] as const;

export const questionHopSchema = z.object({
  hop: z.number().int(),
  to: namedRefSchema,
  by: namedRefSchema.nullable().meta({ description: 'The PAL who forwarded it; null for the first routing' }),
  at: z.string(),
  note: z.string().nullable(),
});

export const questionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    status: z.enum(questionStatuses),
    asker: namedRefSchema,
    specialty: namedRefSchema,
    askedAt: z.string(),
    assignee: namedRefSchema.meta({ description: 'The PAL it is with now' }),
    hops: z.array(questionHopSchema),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    answeredBy: namedRefSchema.nullable(),
  })
  .meta({ id: 'Question' });

export const createQuestionSchema = z
  .strictObject({
    partner: idSchema.optional().meta({ description: 'The partner asking: yourself (left out), or anyone for an admin' }),
    specialty: idSchema.meta({ description: 'What the question is about' }),
    text: z.string().trim().min(1).max(4000),
  })
  .meta({ id: 'CreateQuestion' });

export const forwardQuestionSchema = z
  .strictObject({
    by: idSchema.optional().meta({ description: 'The PAL it is with now: yourself (left out), or anyone for an admin' }),
    to: idSchema.meta({ description: 'The PAL to forward it to' }),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((body) => body.by === undefined || body.by !== body.to, { message: 'forward to another PAL', path: ['to'] })
  .meta({ id: 'ForwardQuestion' });

export const answerQuestionSchema = z
  .strictObject({
    by: idSchema.optional().meta({ description: 'The PAL answering (the one it is with): yourself (left out), or anyone for an admin' }),
    answer: z.string().trim().min(1).max(8000),
  })
  .meta({ id: 'AnswerQuestion' });

export const questionListSchema = z.object({ items: z.array(questionSchema) }).meta({ id: 'Questions' });

export const inboxQuerySchema = z.strictObject({ limit: limitSchema(50, 200) });

export const inboxSchema = z
  .object({
    open: z.array(questionSchema).meta({ description: 'Routed straight to this PAL and not answered yet' }),
    forwardedToMe: z.array(questionSchema).meta({ description: 'Forwarded to this PAL by another and not answered yet' }),
    answered: z.array(questionSchema).meta({ description: 'Answered questions that passed through this PAL' }),
  })
  .meta({ id: 'QuestionInbox' });

export const questionIdParams = z.strictObject({ id: idSchema });

export type Question = z.infer<typeof questionSchema>;
export type CreateQuestion = z.infer<typeof createQuestionSchema>;
export type ForwardQuestion = z.infer<typeof forwardQuestionSchema>;
export type AnswerQuestion = z.infer<typeof answerQuestionSchema>;
export type Inbox = z.infer<typeof inboxSchema>;
