import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { int, type Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseFirstRow, parseRows } from '../db/rows';
import { tagged, untag, type TypedProperty } from '../import-export/graph-format';
import type { BackupNode, BackupRelationship } from './format';

/** Nodes that only matter while the app runs: signed-in sessions, sign-in throttles, replayable answers, rate counts. */
export const PASSING_LABELS = ['Session', 'SignInThrottle', 'IdempotentRequest', 'RateWindow', 'Restoring'];

const typedProperty = z.object({ key: z.string(), type: z.string(), value: z.unknown() });
const nodeRow = z.object({ labels: z.array(z.string()), properties: z.array(typedProperty) });
const relationshipRow = z.object({ type: z.string(), from: z.string(), to: z.string(), properties: z.array(typedProperty) });

const BATCH = 5000;

/** Reads a whole database for a backup and writes one back, in batches of their own transactions. */
export function backupRepository(db: Database) {
  const skipLabels = PASSING_LABELS;
  return {
    async nodes(): Promise<BackupNode[]> {
      return parseRows('backup-nodes', nodeRow, await db.read(cypher('backup-nodes'), { skipLabels })).map((row) => ({
        labels: [...row.labels].sort(),
        properties: tagged(row.properties as TypedProperty[]),
      }));
    },
    async relationships(): Promise<BackupRelationship[]> {
      return parseRows('backup-relationships', relationshipRow, await db.read(cypher('backup-relationships'), { skipLabels })).map((row) => ({
        type: row.type,
        from: row.from,
        to: row.to,
        properties: tagged(row.properties as TypedProperty[]),
      }));
    },
    async isEmpty(): Promise<boolean> {
      return parseFirstRow('restore-is-empty', z.object({ empty: z.boolean() }), await db.read(cypher('restore-is-empty'), { skipLabels }))?.empty ?? false;
    },
    async wipe(): Promise<void> {
      const deletedRow = z.object({ deleted: z.number() });
      while ((parseFirstRow('restore-wipe', deletedRow, await db.write(cypher('restore-wipe'), { batch: int(BATCH) }))?.deleted ?? 0) > 0);
    },
    async createNodes(nodes: BackupNode[]): Promise<void> {
      const rows = nodes.map((node) => ({ labels: node.labels, ...untag(node.properties, neo4j.int) }));
      await db.write(cypher('restore-nodes'), { rows });
    },
    async createRelationships(relationships: BackupRelationship[]): Promise<void> {
      const rows = relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, ...untag(r.properties, neo4j.int) }));
      await db.write(cypher('restore-relationships'), { rows });
    },
    async finish(): Promise<void> {
      const unmarkedRow = z.object({ unmarked: z.number() });
      while ((parseFirstRow('restore-finish', unmarkedRow, await db.write(cypher('restore-finish'), { batch: int(BATCH) }))?.unmarked ?? 0) > 0);
    },
    batchSize: BATCH,
  };
}

export type BackupRepository = ReturnType<typeof backupRepository>;
