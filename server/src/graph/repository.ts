import type { NeighborhoodQuery, PathStep } from '../contracts/graph';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { parseRows } from '../db/rows';
import {
  communityLinkRowSchema,
  edgeRowSchema,
  introductionRowSchema,
  neighborhoodRowSchema,
  pathRowSchema,
  specialtyLinkRowSchema,
  type CommunityLinkRow,
  type EdgeRow,
  type IntroductionRow,
  type NeighborRow,
  type SpecialtyLinkRow,
} from './rows';

export type { CommunityLinkRow, EdgeRow, IntroductionRow, NeighborRow, SpecialtyLinkRow };

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
      const parsed = parseRows('graph-neighborhood', neighborhoodRowSchema, rows);
      if (parsed.length === 0) return null;
      return { total: parsed[0]!.total, partners: parsed.map((row) => row.partner) };
    },

    async tiesAmong(ids: string[], minStrength: number): Promise<EdgeRow[]> {
      return parseRows('graph-edges-among', edgeRowSchema, await db.read(cypher('graph-edges-among'), { ids, minStrength: int(minStrength) }));
    },

    async introductionsAmong(ids: string[]): Promise<IntroductionRow[]> {
      return parseRows('graph-introductions-among', introductionRowSchema, await db.read(cypher('graph-introductions-among'), { ids }));
    },

    async communityOf(ids: string[]): Promise<CommunityLinkRow[]> {
      return parseRows('graph-community-of', communityLinkRowSchema, await db.read(cypher('graph-community-of'), { ids }));
    },

    async specialtiesOf(ids: string[]): Promise<SpecialtyLinkRow[]> {
      return parseRows('graph-specialties-of', specialtyLinkRowSchema, await db.read(cypher('graph-specialties-of'), { ids }));
    },

    async shortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<{ partners: PathStep[]; ties: EdgeRow[] }[]> {
      const rows = await db.read(cypher('graph-shortest-paths'), { from, to, maxHops: int(maxHops), limit: int(limit) });
      return parseRows('graph-shortest-paths', pathRowSchema, rows);
    },
  };
}

export type GraphRepository = ReturnType<typeof graphRepository>;
