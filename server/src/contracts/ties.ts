import { z } from 'zod';
import { idParams, idSchema, isoDate, namedRefSchema } from './common';
import { endpoints } from './endpoint';

export const tieStrengthSchema = z.number().int().min(1).max(5).meta({ description: '1 (met once) to 5 (work together often)' });

const differentEnds = <T extends { from: string; to: string }>(tie: T) => tie.from !== tie.to;
const sameEndsIssue = { message: 'a partner cannot be tied to itself', path: ['to'] };

export const createTieSchema = z
  .strictObject({
    from: idSchema,
    to: idSchema,
    since: isoDate.optional(),
    strength: tieStrengthSchema.default(3),
  })
  .refine(differentEnds, sameEndsIssue)
  .meta({ id: 'CreateTie' });

export const tieEndsQuerySchema = z.strictObject({ from: idSchema, to: idSchema }).refine(differentEnds, sameEndsIssue);

export const tieSchema = z.object({ from: z.string(), to: z.string(), since: z.string().nullable(), strength: z.number().int() }).meta({ id: 'Tie' });

export const tieRequestAnswerSchema = z.enum(['accepted', 'declined']);

export const requestTieSchema = z
  .strictObject({
    to: idSchema.meta({ description: 'The partner you know' }),
    from: idSchema.optional().meta({ description: 'Who asks (yourself; an admin may name anyone)' }),
  })
  .meta({ id: 'RequestTie' });

export const answerTieRequestSchema = z.strictObject({ answer: tieRequestAnswerSchema }).meta({ id: 'AnswerTieRequest' });

export const tieRequestSchema = z
  .object({
    id: z.string(),
    from: namedRefSchema,
    to: namedRefSchema,
    requestedAt: z.string(),
    answeredAt: z.string().nullable(),
    answer: tieRequestAnswerSchema.nullable(),
  })
  .meta({ id: 'TieRequest' });

export const tieRequestListSchema = z
  .object({
    incoming: z.array(tieRequestSchema).meta({ description: 'Waiting for this partner to confirm' }),
    outgoing: z.array(tieRequestSchema).meta({ description: 'This partner asked; waiting for the other side' }),
  })
  .meta({ id: 'TieRequests' });

/** How many ties one partner may ask for in a day. */
export const TIE_REQUESTS_PER_DAY = 20;

export type CreateTie = z.infer<typeof createTieSchema>;
export type TieRequest = z.infer<typeof tieRequestSchema>;
export type TieRequestList = z.infer<typeof tieRequestListSchema>;
export type Tie = z.infer<typeof tieSchema>;

/** The Ties endpoints: one description each, served by the server and called by the client. */
export const tieEndpoints = endpoints('Ties', {
  createTie: {
    method: 'post',
    path: '/ties',
    deprecatedPaths: ['/relationships'],
    status: 201,
    errors: [404, 409],
    summary: 'Record that two partners know each other (PALs and admins; a partner asks the other side instead)',
    body: createTieSchema,
    response: tieSchema,
  },
  deleteTie: {
    method: 'delete',
    path: '/ties',
    deprecatedPaths: ['/relationships'],
    status: 204,
    errors: [404],
    summary: 'Remove the tie between two partners',
    query: tieEndsQuerySchema,
  },
  requestTie: {
    method: 'post',
    path: '/tie-requests',
    status: 201,
    errors: [404, 409, 429],
    summary: 'Say that you know another partner; the tie counts once they confirm it',
    body: requestTieSchema,
    response: tieRequestSchema,
  },
  listTieRequests: {
    method: 'get',
    path: '/partners/:id/tie-requests',
    summary: 'Tie requests a partner has received and made that wait for an answer',
    params: idParams,
    response: tieRequestListSchema,
  },
  answerTieRequest: {
    method: 'patch',
    path: '/tie-requests/:id',
    errors: [404, 409],
    summary: 'Confirm (the two then know each other) or decline a tie request made to you',
    params: idParams,
    body: answerTieRequestSchema,
    response: tieRequestSchema,
  },
});
