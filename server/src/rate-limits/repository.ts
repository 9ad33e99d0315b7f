import { z } from 'zod';
import type { Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseRows } from '../db/rows';

const totalRow = z.object({ key: z.string(), hits: z.number().int() });

/** The shared hit counts behind the rate limits, one node per key and window. */
export function rateLimitRepository(db: Database) {
  return {
    async add(rows: { key: string; hits: number }[], until: Date): Promise<Map<string, number>> {
      const totals = parseRows('rate-window-add', totalRow, await db.write(cypher('rate-window-add'), { rows, until: until.toISOString() }));
      return new Map(totals.map((row) => [row.key, row.hits]));
    },
    async sweep(before: Date): Promise<void> {
      await db.write(cypher('rate-window-sweep'), { before: before.toISOString() });
    },
  };
}

export type RateLimitRepository = ReturnType<typeof rateLimitRepository>;
