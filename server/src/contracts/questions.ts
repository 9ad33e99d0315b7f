import { z } from 'zod';
import { idSchema, limitSchema, namedRefSchema, idParams } from './common';
import { endpoints } from './endpoint';

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
    forwardedByMe: z.array(questionSchema).meta({ description: 'Questions this PAL forwarded to another, with where each is now' }),
  })
  .meta({ id: 'QuestionInbox' });

export type Question = z.infer<typeof questionSchema>;
export type CreateQuestion = z.infer<typeof createQuestionSchema>;
export type ForwardQuestion = z.infer<typeof forwardQuestionSchema>;
export type AnswerQuestion = z.infer<typeof answerQuestionSchema>;
export type Inbox = z.infer<typeof inboxSchema>;

/** The Questions endpoints: one description each, served by the server and called by the client. */
export const questionEndpoints = endpoints('Questions', {
  askQuestion: {
    method: 'post',
    path: '/questions',
    deprecatedPaths: ['/queries'],
    status: 201,
    errors: [404, 409],
    summary: "Ask a question: it goes to the PAL who is the expert in its specialty, else the partner's area PAL",
    body: createQuestionSchema,
    response: questionSchema,
  },
  getQuestion: {
    method: 'get',
    path: '/questions/:id',
    deprecatedPaths: ['/queries/:id'],
    errors: [404],
    summary: 'One question with every hop of its routing',
    params: idParams,
    response: questionSchema,
  },
  forwardQuestion: {
    method: 'post',
    path: '/questions/:id/forward',
    deprecatedPaths: ['/queries/:id/forward'],
    errors: [404, 409],
    summary: 'Forward a question to another PAL, with a note',
    params: idParams,
    body: forwardQuestionSchema,
    response: questionSchema,
  },
  answerQuestion: {
    method: 'post',
    path: '/questions/:id/answer',
    deprecatedPaths: ['/queries/:id/answer'],
    errors: [404, 409],
    summary: 'Answer a question',
    params: idParams,
    body: answerQuestionSchema,
    response: questionSchema,
  },
  listQuestionsAsked: {
    method: 'get',
    path: '/partners/:id/questions',
    deprecatedPaths: ['/partners/:id/queries'],
    errors: [404],
    summary: 'The questions a partner has asked, newest first, with where each is now',
    params: idParams,
    query: inboxQuerySchema,
    response: questionListSchema,
  },
  getQuestionInbox: {
    method: 'get',
    path: '/pals/:id/questions',
    deprecatedPaths: ['/pals/:id/queries'],
    errors: [404],
    summary: "A PAL's inbox: questions routed to them, forwarded to them, answered, and forwarded by them",
    params: idParams,
    query: inboxQuerySchema,
    response: inboxSchema,
  },
});
