import neo4j from 'neo4j-driver';
import type { GraphExport } from '../contracts/import-export';
import { cypher } from '../db/queries';
import type { Database } from '../db/neo4j';
import type { PartnerRecord, TieRecord } from '../network/records';
import { inStableOrder, tagged, untag, type TypedProperty } from './graph-format';

const BATCH = 5000;

/** Reads and writes whole graphs and imported rows; every import is one transaction. */
/** An import writes a whole file in one transaction, which may take minutes on a large community. */
const IMPORT_WRITE = { timeoutMs: 15 * 60_000 };

export function importExportRepository(db: Database) {
  return {
    async isEmpty(): Promise<boolean> {
      const [row] = await db.read(cypher('community-is-empty'));
      return Boolean(row?.empty);
    },

    async exportGraph(): Promise<Omit<GraphExport, 'format' | 'exportedAt'>> {
      const [nodes, relationships] = await Promise.all([db.read(cypher('export-nodes')), db.read(cypher('export-relationships'))]);
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
      const nodes = graph.nodes.map((node) => ({ labels: node.labels, ...untag(node.properties, neo4j.int) }));
      const relationships = graph.relationships.map((r) => ({
        type: r.type,
        fromLabel: r.from.label,
        from: r.from.id,
        toLabel: r.to.label,
        to: r.to.id,
        ...untag(r.properties, neo4j.int),
      }));
      await db.writeTransaction(async (run) => {
        for (let start = 0; start < nodes.length; start += BATCH) await run(cypher('import-nodes'), { rows: nodes.slice(start, start + BATCH) });
        for (let start = 0; start < relationships.length; start += BATCH)
          await run(cypher('import-relationships'), { rows: relationships.slice(start, start + BATCH) });
      }, IMPORT_WRITE);
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
