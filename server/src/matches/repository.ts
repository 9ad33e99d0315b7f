import type { MatchesQuery, RouteStep } from '../contracts/matches';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { parseRows } from '../db/rows';
import {
  areaPalRowSchema,
  candidateRowSchema,
  outcomeRateSchema,
  suggestionPoolRowSchema,
  warmRouteRowSchema,
  type CandidateRow,
  type OutcomeRate,
  type PoolMember,
  type SpecialtyWithSupply,
} from './rows';

export type { CandidateRow, SpecialtyWithSupply };
import { CANDIDATE_CAPS, DECLINED_COOLDOWN_DAYS } from './weights';

/** `useMeetings: false` leaves meetings out of matching, for the evaluation's comparison only. */
export function matchRepository(db: Database, { useMeetings = true }: { useMeetings?: boolean } = {}) {
  return {
    async candidates(id: string, query: Pick<MatchesQuery, 'specialty' | 'area'>): Promise<CandidateRow[]> {
      const rows = await db.read(cypher('match-candidates'), {
        id,
        structuralCap: int(CANDIDATE_CAPS.structural),
        complementaryCap: int(CANDIDATE_CAPS.complementary),
        cooldownDays: int(DECLINED_COOLDOWN_DAYS),
        specialty: query.specialty ?? null,
        area: query.area ?? null,
        useMeetings,
      });
      return parseRows('match-candidates', candidateRowSchema, rows);
    },

    async outcomeRates(): Promise<OutcomeRate[]> {
      return parseRows('match-outcome-rates', outcomeRateSchema, await db.read(cypher('match-outcome-rates')));
    },

    async warmRoutes(id: string, targets: string[]): Promise<Map<string, RouteStep[] | null>> {
      if (targets.length === 0) return new Map();
      const rows = parseRows('match-warm-routes', warmRouteRowSchema, await db.read(cypher('match-warm-routes'), { id, targets }));
      return new Map(rows.map((row) => [row.target, row.route]));
    },

    /** The partners a PAL could introduce, or null when the id is not a PAL's. */
    async suggestionPool(
      pal: string,
      areaCap: number,
    ): Promise<{ pool: PoolMember[]; pal: { id: string; name: string; degree: number }; totalPartners: number } | null> {
      const rows = parseRows('suggestion-pool', suggestionPoolRowSchema, await db.read(cypher('suggestion-pool'), { id: pal, areaCap: int(areaCap) }));
      const first = rows[0];
      if (!first) return null;
      return {
        pool: rows.map((row) => row.partner),
        pal: { id: pal, name: first.palName, degree: first.palDegree },
        totalPartners: first.totalPartners,
      };
    },

    async areaPals(ids: string[]): Promise<Map<string, { id: string; name: string }>> {
      const rows = parseRows('area-pal-of', areaPalRowSchema, await db.read(cypher('area-pal-of'), { ids }));
      return new Map(rows.map((row) => [row.partner, row.pal]));
    },
  };
}

export type MatchRepository = ReturnType<typeof matchRepository>;
