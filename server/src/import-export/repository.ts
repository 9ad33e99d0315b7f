import neo4j from 'neo4j-driver';
import type { GraphExport, TaggedValue } from '../contracts/import-export';
import { cypher } from '../db/queries';
import { stagedGraphWriter, type StagedNode, type StagedRelationship } from '../db/staged-graph';
import { conflict } from '../errors';
import { isConstraintViolation, type Database } from '../db/neo4j';
import type { PartnerRecord, TieRecord } from '../network/records';
import { inStableOrder, tagged, untag, type TypedProperty } from './graph-format';

/**
 * Reads and writes whole graphs and imported rows. A graph import is written in batches (see
 * stagedGraphWriter); a CSV import is one transaction, which may take minutes on a large community.
 */
const IMPORT_WRITE = { timeoutMs: 15 * 60_000 };
/** Reading a whole community (an export) takes longer than a request's read: about a minute at 100k partners. */
export const WHOLE_GRAPH_READ = { timeoutMs: 10 * 60_000 };

/** A node of an export or a backup as the staged writer takes it: typed properties untagged. */
export const stagedNode = (node: { labels: string[]; properties: Record<string, TaggedValue> }): StagedNode => ({
  labels: node.labels,
  ...untag(node.properties, neo4j.int),
});

/** A relationship of an export or a backup as the staged writer takes it, its ends by label and id. */
export const stagedRelationship = (r: {
  type: string;
  from: { label: string; id: string };
  to: { label: string; id: string };
  properties: Record<string, TaggedValue>;
}): StagedRelationship => ({ type: r.type, fromLabel: r.from.label, from: r.from.id, toLabel: r.to.label, to: r.to.id, ...untag(r.properties, neo4j.int) });

export function importExportRepository(db: Database) {
  return {
    async isEmpty(): Promise<boolean> {
      const [row] = await db.read(cypher('community-is-empty'));
      return Boolean(row?.empty);
    },

    async exportGraph(): Promise<Omit<GraphExport, 'format' | 'exportedAt'>> {
      const [nodes, relationships] = await Promise.all([
        db.read(cypher('export-nodes'), {}, WHOLE_GRAPH_READ),
        db.read(cypher('export-relationships'), {}, WHOLE_GRAPH_READ),
      ]);
      return inStableOrder({
        nodes: nodes.map((row) => ({ labels: row.labels as GraphExport['nodes'][number]['labels'], properties: tagged(row.properties as TypedProperty[]) })),
        relationships: relationships.map((row) => ({
          type: row.type as string,
          from: row.from as GraphExport['relationships'][number]['from'],
          to: row.to as GraphExport['relationships'][number]['to'],
          properties: tagged(row.properties as TypedProperty[]),
        })),
      });
    },

    async importGraph(graph: GraphExport): Promise<void> {
      const nodes = graph.nodes.map(stagedNode);
      const relationships = graph.relationships.map(stagedRelationship);
      // Batches of their own transactions: a failed import deletes what it wrote, and leaves nothing.
      const staged = stagedGraphWriter(db);
      try {
        await staged.nodes(nodes);
        await staged.relationships(relationships);
        await staged.finish();
      } catch (error) {
        await staged.abandon().catch(() => undefined);
        if (isConstraintViolation(error)) throw conflict('already_exists', 'Two nodes of the file have the same label and id: nothing was imported', 'nodes');
        throw error;
      }
    },

    async existing(partners: string[], meetings: string[]): Promise<{ partners: Set<string>; meetings: Set<string> }> {
      const [row] = await db.read(cypher('partners-and-meetings-exist'), { partners, meetings });
      return { partners: new Set(row?.partners as string[]), meetings: new Set(row?.meetings as string[]) };
    },

    /** Partners (created or updated by id), ties and attendance, all in one transaction. */
    async write(rows: { partners?: PartnerRecord[]; ties?: TieRecord[]; attendance?: { meeting: string; partners: string[] }[] }): Promise<void> {
      await db.writeTransaction(async (run) => {
        if (rows.partners?.length) await run(cypher('seed-partners'), { rows: rows.partners });
        if (rows.ties?.length) await run(cypher('seed-ties'), { rows: rows.ties });
        for (const { meeting, partners } of rows.attendance ?? []) await run(cypher('meeting-attend'), { id: meeting, partners });
      }, IMPORT_WRITE);
    },
  };
}

export type ImportExportRepository = ReturnType<typeof importExportRepository>;
