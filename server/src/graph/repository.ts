import type { NeighborhoodQuery, PathStep } from '../contracts/graph';
import type { IntroductionStatus } from '../contracts/introductions';
import type { Tier } from '../contracts/partners';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';

export interface NeighborRow {
  id: string;
  name: string;
  company: string;
  tier: Tier;
  managed: boolean;
  isPal: boolean;
  area: string | null;
  areaName: string | null;
  location: { latitude: number; longitude: number } | null;
  distance: number;
  degree: number;
}

export interface EdgeRow {
  source: string;
  target: string;
  strength: number;
  since: string | null;
}

export interface IntroductionRow {
  id: string;
  source: string;
  target: string;
  status: IntroductionStatus;
  reason: string;
  introducer: string | null;
  proposedAt: string;
  declinedAt: string | null;
}

export interface CommunityLinkRow {
  partner: string;
  kind: 'MEMBER_OF' | 'RUNS' | 'MET_AT' | 'DID' | 'REACHED';
  nodeKind: 'group' | 'meeting' | 'activity';
  ref: string;
  label: string;
  date: string | null;
}

export interface SpecialtyLinkRow {
  partner: string;
  kind: 'OFFERS' | 'SEEKS';
  specialty: string;
  name: string;
}

export function graphRepository(db: Database) {
  return {
    /** Null when the focused partner does not exist. */
    async neighborhood(id: string, query: NeighborhoodQuery): Promise<{ total: number; partners: NeighborRow[] } | null> {
      const rows = await db.read(cypher('graph-neighborhood'), {
        id,
        depth: int(query.depth),
        limit: int(query.limit),
        minStrength: int(query.minStrength),
        area: query.area ?? null,
        tier: query.tier ?? null,
        managed: query.managed ?? null,
        specialty: query.specialty ?? null,
        specialtyMode: query.specialtyMode,
      });
      if (rows.length === 0) return null;
      return { total: Number(rows[0]!.total), partners: rows.map((row) => row.partner as NeighborRow) };
    },

    async tiesAmong(ids: string[], minStrength: number): Promise<EdgeRow[]> {
      return (await db.read(cypher('graph-edges-among'), { ids, minStrength: int(minStrength) })) as unknown as EdgeRow[];
    },

    async introductionsAmong(ids: string[]): Promise<IntroductionRow[]> {
      return (await db.read(cypher('graph-introductions-among'), { ids })) as unknown as IntroductionRow[];
    },

    async communityOf(ids: string[]): Promise<CommunityLinkRow[]> {
      return (await db.read(cypher('graph-community-of'), { ids })) as unknown as CommunityLinkRow[];
    },

    async specialtiesOf(ids: string[]): Promise<SpecialtyLinkRow[]> {
      return (await db.read(cypher('graph-specialties-of'), { ids })) as unknown as SpecialtyLinkRow[];
    },

    async shortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<{ partners: PathStep[]; ties: EdgeRow[] }[]> {
      const rows = await db.read(cypher('graph-shortest-paths'), { from, to, maxHops: int(maxHops), limit: int(limit) });
      return rows.map((row) => ({ partners: row.partners as PathStep[], ties: row.ties as EdgeRow[] }));
    },
  };
}

export type GraphRepository = ReturnType<typeof graphRepository>;
