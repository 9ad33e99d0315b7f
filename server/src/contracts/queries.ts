import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema } from './common';

export const queryStatuses = ['open', 'answered'] as const;

export const queryHopSchema = z.object({
  hop: z.number().int(),
  to: namedRefSchema,
  by: namedRefSchema.nullable().meta({ description: 'The PAL who forwarded it; null for the first routing' }),
  at: z.string(),
  note: z.string().nullable(),
});

export const querySchema = z
  .object({
    id: z.string(),
    text: z.string(),
    status: z.enum(queryStatuses),
    asker: namedRefSchema,
    specialty: namedRefSchema,
    askedAt: z.string(),
    assignee: namedRefSchema.meta({ description: 'The PAL it is with now' }),
    hops: z.array(queryHopSchema),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    answeredBy: namedRefSchema.nullable(),
  })
  .meta({ id: 'Query' });

export const createQuerySchema = z
  .strictObject({
    partner: idSchema.optional().meta({ description: 'The partner asking: yourself (left out), or anyone for an admin' }),
    specialty: idSchema.meta({ description: 'What the question is about' }),
    text: z.string().trim().min(1).max(4000),
  })
  .meta({ id: 'CreateQuery' });

export const forwardQuerySchema = z
  .strictObject({
    by: idSchema.optional().meta({ description: 'The PAL it is with now: yourself (left out), or anyone for an admin' }),
    to: idSchema.meta({ description: 'The PAL to forward it to' }),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((body) => body.by === undefined || body.by !== body.to, { message: 'forward to another PAL', path: ['to'] })
  .meta({ id: 'ForwardQuery' });

export const answerQuerySchema = z
  .strictObject({
    by: idSchema.optional().meta({ description: 'The PAL answering (the one it is with): yourself (left out), or anyone for an admin' }),
    answer: z.string().trim().min(1).max(8000),
  })
  .meta({ id: 'AnswerQuery' });

export const queryListSchema = z.object({ items: z.array(querySchema) }).meta({ id: 'Queries' });

export const inboxQuerySchema = z.strictObject({ limit: limitSchema(50, 200) });

export const inboxSchema = z
  .object({
    open: z.array(querySchema).meta({ description: 'Routed straight to this PAL and not answered yet' }),
    forwardedToMe: z.array(querySchema).meta({ description: 'Forwarded to this PAL by another and not answered yet' }),
    answered: z.array(querySchema).meta({ description: 'Answered questions that passed through this PAL' }),
  })
  .meta({ id: 'QueryInbox' });

export const queryIdParams = z.strictObject({ id: idSchema });

export type Query = z.infer<typeof querySchema>;
export type CreateQuery = z.infer<typeof createQuerySchema>;
export type ForwardQuery = z.infer<typeof forwardQuerySchema>;
export type AnswerQuery = z.infer<typeof answerQuerySchema>;
export type Inbox = z.infer<typeof inboxSchema>;
