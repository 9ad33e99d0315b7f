import { statusEndpoints } from '../contracts/status';
import type { Status } from '../contracts/status';
import type { Database } from '../db/neo4j';
import { anyone } from '../http/access';
import { defineRoute, Reply } from '../http/route';

export function statusRoutes(db: Database, version: string) {
  return [
    defineRoute({
      ...statusEndpoints.getStatus,
      access: anyone,
      handle: async () => {
        try {
          const latencyMs = await db.ping();
          return { status: 'ok', version, database: { status: 'up', latencyMs } } satisfies Status;
        } catch {
          const body: Status = { status: 'unavailable', version, database: { status: 'down', latencyMs: null } };
          return new Reply(503, body);
        }
      },
    }),
  ];
}
