import { z } from 'zod';
import type { Database } from '../db/neo4j';
import { STAGED_BATCH, stagedGraphWriter } from '../db/staged-graph';
import { stagedNode, stagedRelationship, WHOLE_GRAPH_READ } from '../import-export/repository';
import { cypher } from '../db/queries';
import { parseFirstRow, parseRows } from '../db/rows';
import { tagged, type TypedProperty } from '../import-export/graph-format';
import type { BackupNode, BackupRelationship } from './format';

/** Nodes that only matter while the app runs: signed-in sessions, sign-in throttles, replayable answers, rate counts. */
export const PASSING_LABELS = ['Session', 'SignInThrottle', 'IdempotentRequest', 'RateWindow', 'Restoring'];

const typedProperty = z.object({ key: z.string(), type: z.string(), value: z.unknown() });
const nodeRow = z.object({ labels: z.array(z.string()), properties: z.array(typedProperty) });
const endRow = z.object({ label: z.string(), id: z.string() });
const relationshipRow = z.object({ type: z.string(), from: endRow, to: endRow, properties: z.array(typedProperty) });

/** Reads a whole database for a backup and writes one back, in batches of their own transactions. */
export function backupRepository(db: Database) {
  const skipLabels = PASSING_LABELS;
  const staged = stagedGraphWriter(db);
  return {
    async nodes(): Promise<BackupNode[]> {
      return parseRows('backup-nodes', nodeRow, await db.read(cypher('backup-nodes'), { skipLabels }, WHOLE_GRAPH_READ)).map((row) => ({
        labels: [...row.labels].sort(),
        properties: tagged(row.properties as TypedProperty[]),
      }));
    },
    async relationships(): Promise<BackupRelationship[]> {
      return parseRows('backup-relationships', relationshipRow, await db.read(cypher('backup-relationships'), { skipLabels }, WHOLE_GRAPH_READ)).map((row) => ({
        type: row.type,
        from: row.from,
        to: row.to,
        properties: tagged(row.properties as TypedProperty[]),
      }));
    },
    async isEmpty(): Promise<boolean> {
      return parseFirstRow('restore-is-empty', z.object({ empty: z.boolean() }), await db.read(cypher('restore-is-empty'), { skipLabels }))?.empty ?? false;
    },
    wipe: () => staged.wipe(),
    createNodes: (nodes: BackupNode[]) => staged.nodes(nodes.map(stagedNode)),
    createRelationships: (relationships: BackupRelationship[]) => staged.relationships(relationships.map(stagedRelationship)),
    finish: () => staged.finish(),
    batchSize: STAGED_BATCH,
  };
}

export type BackupRepository = ReturnType<typeof backupRepository>;
