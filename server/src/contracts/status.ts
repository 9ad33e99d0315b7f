import { z } from 'zod';
import { endpoints } from './endpoint';

export const statusSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
  })
  .meta({ id: 'Status' });

export type Status = z.infer<typeof statusSchema>;

/** The Status endpoints: one description each, served by the server and called by the client. */
export const statusEndpoints = endpoints('Status', {
  getStatus: {
    method: 'get',
    path: '/status',
    deprecatedPaths: ['/health'],
    summary: 'Whether the app and its database are up (503 when the database is not)',
    response: statusSchema,
  },
});
