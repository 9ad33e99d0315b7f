import { cypher } from '../db/queries';
import type { Database } from '../db/neo4j';
import type { NetworkSnapshot, SnapshotIntroduction, SnapshotPartner, SnapshotQuestion } from './snapshot';

type PartnerRow = Omit<SnapshotPartner, 'knows'> & { knows: string[] };

/** Reads the whole network for the health report: five reads, each in its own transaction. */
export function networkHealthRepository(db: Database) {
  return {
    async snapshot(now = new Date()): Promise<NetworkSnapshot> {
      const [partnerRows, [catalog], introductions, questions, [community]] = await Promise.all([
        db.read(cypher('network-health-partners')),
        db.read(cypher('network-health-catalog')),
        db.read(cypher('network-health-introductions')),
        db.read(cypher('network-health-questions')),
        db.read(cypher('network-health-community')),
      ]);
      const rows = partnerRows as unknown as PartnerRow[];
      // Ties become indices into the partner list: what the graph algorithms work on.
      const index = new Map(rows.map((row, i) => [row.id, i]));
      const partners = rows.map((row) => ({ ...row, knows: row.knows.flatMap((id) => index.get(id) ?? []) }));
      const { areas, specialties, pals } = catalog as unknown as Pick<NetworkSnapshot, 'areas' | 'specialties' | 'pals'>;
      return {
        now: now.toISOString(),
        partners,
        areas,
        specialties,
        pals,
        introductions: introductions as unknown as SnapshotIntroduction[],
        questions: questions as unknown as SnapshotQuestion[],
        ...(community as unknown as Pick<NetworkSnapshot, 'meetings' | 'activities' | 'themes'>),
      };
    },
  };
}

export type NetworkHealthRepository = ReturnType<typeof networkHealthRepository>;
