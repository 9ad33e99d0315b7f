import type { Status } from '../contracts/status';
import { statusSchema } from '../contracts/status';
import type { Database } from '../db/neo4j';
import { anyone } from '../http/access';
import { defineRoute, Reply } from '../http/route';

export function statusRoutes(db: Database, version: string) {
  return [
    defineRoute({
      method: 'get', path: '/health', tag: 'Health', access: anyone,
      summary: 'Whether the app and its database are up (503 when the database is not)',
      response: statusSchema,
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
