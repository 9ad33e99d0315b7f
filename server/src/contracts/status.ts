import { z } from 'zod';

export const statusSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
  })
  .meta({ id: 'Status' });

export type Status = z.infer<typeof statusSchema>;
