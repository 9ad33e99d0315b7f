import { z } from 'zod';
import { cypher } from '../db/queries';
import type { Database } from '../db/neo4j';
import { parseFirstRow, parseRows } from '../db/rows';
import { catalogRowSchema, communityRowSchema, partnerRowSchema, snapshotIntroductionSchema, snapshotQuestionSchema, type NetworkSnapshot } from './snapshot';

/** Reads the whole network for the health report: five reads, each in its own transaction. */
export function networkHealthRepository(db: Database) {
  return {
    /** Whether any app process made a write that changed the network after `since`. */
    async changedSince(since: string): Promise<boolean> {
      return (
        parseFirstRow('network-changed-since', z.object({ changed: z.boolean() }), await db.read(cypher('network-changed-since'), { since }))?.changed ?? false
      );
    },
    async snapshot(now = new Date()): Promise<NetworkSnapshot> {
      const [partnerRows, catalogRows, introductionRows, questionRows, communityRows] = await Promise.all([
        db.read(cypher('network-health-partners')),
        db.read(cypher('network-health-catalog')),
        db.read(cypher('network-health-introductions')),
        db.read(cypher('network-health-questions')),
        db.read(cypher('network-health-community')),
      ]);
      const rows = parseRows('network-health-partners', partnerRowSchema, partnerRows);
      // Ties become indices into the partner list: what the graph algorithms work on.
      const index = new Map(rows.map((row, i) => [row.id, i]));
      const partners = rows.map((row) => ({ ...row, knows: row.knows.flatMap((id) => index.get(id) ?? []) }));
      const catalog = parseFirstRow('network-health-catalog', catalogRowSchema, catalogRows) ?? { areas: [], specialties: [], pals: [] };
      const community = parseFirstRow('network-health-community', communityRowSchema, communityRows) ?? { meetings: [], activities: [], themes: [] };
      return {
        now: now.toISOString(),
        partners,
        ...catalog,
        introductions: parseRows('network-health-introductions', snapshotIntroductionSchema, introductionRows),
        questions: parseRows('network-health-questions', snapshotQuestionSchema, questionRows),
        ...community,
      };
    },
  };
}

export type NetworkHealthRepository = ReturnType<typeof networkHealthRepository>;
