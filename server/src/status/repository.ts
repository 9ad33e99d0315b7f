import { z } from 'zod';
import { withDeadline } from '../db/circuit';
import type { Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseFirstRow } from '../db/rows';
import { databaseUnavailable } from '../errors';

const onlineRow = z.object({ online: z.array(z.string()) });

/** What the status check asks the database, each within about a second. */
export function statusRepository(db: Database, limitMs = 1000) {
  return {
    check: () => db.check(),
    async onlineIndexes(): Promise<string[]> {
      const rows = await withDeadline(db.read(cypher('schema-online')), limitMs, databaseUnavailable);
      return parseFirstRow('schema-online', onlineRow, rows)?.online ?? [];
    },
  };
}

export type StatusRepository = ReturnType<typeof statusRepository>;
