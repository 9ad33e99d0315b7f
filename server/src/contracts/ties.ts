import { z } from 'zod';
import { idSchema, isoDate } from './common';
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

export type CreateTie = z.infer<typeof createTieSchema>;
export type Tie = z.infer<typeof tieSchema>;

/** The Ties endpoints: one description each, served by the server and called by the client. */
export const tieEndpoints = endpoints('Ties', {
  createTie: {
    method: 'post',
    path: '/ties',
    deprecatedPaths: ['/relationships'],
    status: 201,
    errors: [404, 409],
    summary: 'Record that two partners know each other',
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
});
