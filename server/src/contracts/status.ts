import { z } from 'zod';
import { endpoints } from './endpoint';

export const databaseStatusSchema = z
  .object({
    status: z.enum(['up', 'down', 'not_answering']),
    latencyMs: z.number().nullable(),
  })
  .meta({ description: '`down`: cannot be reached; `not_answering`: reached but no answer within a second (frozen or overloaded)' });

export const statusSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    /** The process runs and answers: a load balancer restarts it when this fails. */
    live: z.literal(true),
    /** It can serve: database answering and schema in place. A load balancer sends traffic only then. */
    ready: z.boolean(),
    database: databaseStatusSchema,
    schema: z.object({
      status: z.enum(['applied', 'incomplete', 'unknown']),
      missing: z.array(z.string()).meta({ description: 'Constraints and indexes not online' }),
    }),
  })
  .meta({ id: 'Status' });

export const livenessSchema = z.object({ live: z.literal(true), version: z.string() }).meta({ id: 'Liveness' });

export type Status = z.infer<typeof statusSchema>;
export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;

/** The Status endpoints: one description each, served by the server and called by the client. */
export const statusEndpoints = endpoints('Status', {
  getStatus: {
    method: 'get',
    path: '/status',
    deprecatedPaths: ['/health'],
    summary: 'Whether the app is live and ready: database answering within a second, schema applied (503 when not ready)',
    response: statusSchema,
  },
  getReadiness: {
    method: 'get',
    path: '/status/ready',
    summary: 'For a load balancer: 200 when this process can serve, 503 when not (the same body as /status)',
    response: statusSchema,
  },
  getLiveness: {
    method: 'get',
    path: '/status/live',
    summary: 'For a supervisor: 200 while the process answers, whatever the database does (never touches it)',
    response: livenessSchema,
  },
});
