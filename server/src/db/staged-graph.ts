import { z } from 'zod';
import { int, type Database } from './neo4j';
import { cypher } from './queries';
import { parseFirstRow } from './rows';

/** A node to write: its labels, and its properties as the import queries take them. */
export interface StagedNode {
  labels: string[];
  plain: Record<string, unknown>;
  typed: unknown[];
}

/** A relationship to write between staged nodes, its ends named by label and our own id. */
export interface StagedRelationship {
  type: string;
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
  plain: Record<string, unknown>;
  typed: unknown[];
}

export const STAGED_BATCH = 5000;

const countRow = (column: string) => z.object({ [column]: z.number() });

/**
 * Writes a whole graph in batches of their own transactions, so memory and transaction size stay
 * bounded. Nodes are marked :Restoring until their relationships are in place: relationships find
 * their ends through that one index whatever their labels (a MATCH on a dynamic label uses none),
 * and what a failed write leaves is exactly the marked nodes, which `abandon` deletes.
 */
export function stagedGraphWriter(db: Database) {
  const untilNone = async (query: 'restore-finish' | 'restore-abandon' | 'restore-wipe', column: string) => {
    const schema = countRow(column);
    while ((parseFirstRow(query, schema, await db.write(cypher(query), { batch: int(STAGED_BATCH) }))?.[column] ?? 0) > 0);
  };
  return {
    async nodes(rows: StagedNode[]): Promise<void> {
      for (let start = 0; start < rows.length; start += STAGED_BATCH)
        await db.write(cypher('restore-nodes'), { rows: rows.slice(start, start + STAGED_BATCH) });
    },
    async relationships(rows: StagedRelationship[]): Promise<void> {
      for (let start = 0; start < rows.length; start += STAGED_BATCH)
        await db.write(cypher('restore-relationships'), { rows: rows.slice(start, start + STAGED_BATCH) });
    },
    /** Takes the mark off: the graph is complete. */
    finish: () => untilNone('restore-finish', 'unmarked'),
    /** Deletes what a failed write left. */
    abandon: () => untilNone('restore-abandon', 'deleted'),
    /** Deletes everything in the database (a restore with --replace). */
    wipe: () => untilNone('restore-wipe', 'deleted'),
  };
}
