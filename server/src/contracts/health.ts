import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
  })
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;
