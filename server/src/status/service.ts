import type { DatabaseStatus, Status } from '../contracts/status';
import { schemaObjectNames } from '../db/schema';
import type { StatusRepository } from './repository';

/**
 * Live is the process answering at all; ready is being able to serve: the database answers within
 * its second and every constraint and index the schema names is online.
 */
export function statusService(repository: StatusRepository, version: string, needed = schemaObjectNames()) {
  async function schemaStatus(): Promise<Status['schema']> {
    try {
      const online = new Set(await repository.onlineIndexes());
      const missing = needed.filter((name) => !online.has(name));
      return { status: missing.length === 0 ? 'applied' : 'incomplete', missing };
    } catch {
      return { status: 'unknown', missing: [] };
    }
  }

  return {
    live: () => ({ live: true as const, version }),
    async status(): Promise<Status> {
      const answer = await repository.check();
      const database: DatabaseStatus = answer.answered ? { status: 'up', latencyMs: answer.latencyMs } : { status: answer.reason, latencyMs: null };
      const schema: Status['schema'] = answer.answered ? await schemaStatus() : { status: 'unknown', missing: [] };
      const ready = database.status === 'up' && schema.status === 'applied';
      return { status: ready ? 'ok' : 'unavailable', version, live: true, ready, database, schema };
    },
  };
}

export type StatusService = ReturnType<typeof statusService>;
