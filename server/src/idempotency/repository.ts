import { z } from 'zod';
import type { Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseFirstRow } from '../db/rows';

const claimRow = z.object({
  claimed: z.boolean(),
  digest: z.string(),
  state: z.enum(['pending', 'done']),
  status: z.number().int().nullable(),
  body: z.string().nullable(),
});

export type Claim = z.infer<typeof claimRow>;

export function idempotencyRepository(db: Database) {
  return {
    async claim(key: string, digest: string, now: Date, expiredBefore: Date, abandonedBefore: Date): Promise<Claim> {
      const rows = await db.write(cypher('idempotency-claim'), {
        key,
        digest,
        now: now.toISOString(),
        expiredBefore: expiredBefore.toISOString(),
        abandonedBefore: abandonedBefore.toISOString(),
      });
      const claim = parseFirstRow('idempotency-claim', claimRow, rows);
      if (!claim) throw new Error('idempotency-claim returned no row');
      return claim;
    },
    async complete(key: string, status: number, body: string): Promise<void> {
      await db.write(cypher('idempotency-complete'), { key, status, body });
    },
    async release(key: string): Promise<void> {
      await db.write(cypher('idempotency-release'), { key });
    },
    async sweep(expiredBefore: Date): Promise<void> {
      await db.write(cypher('idempotency-sweep'), { expiredBefore: expiredBefore.toISOString() });
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
