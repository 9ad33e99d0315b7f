import type { MatchesQuery, RouteStep } from '../contracts/matches';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import type { OutcomeRate } from './outcome-cache';
import type { PoolMember } from './suggestions';
import { CANDIDATE_CAPS, DECLINED_COOLDOWN_DAYS } from './weights';

export interface SpecialtyWithSupply {
  id: string;
  name: string;
  offeredBy: number;
}

export interface CandidateRow {
  partner: { id: string; name: string; company: string; tier: string; isPal: boolean; area: { id: string; name: string } | null };
  mutual: { id: string; name: string; isPal: boolean; degree: number }[];
  forYou: SpecialtyWithSupply[];
  forThem: SpecialtyWithSupply[];
  sameArea: boolean;
  distanceKm: number | null;
  sharedGroups: { id: string; name: string }[];
  /** Meetings both attended (MET_AT), latest first. */
  sharedMeetings: { id: string; title: string; date: string }[];
  totalPartners: number;
}

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
      return rows as unknown as CandidateRow[];
    },

    async outcomeRates(): Promise<OutcomeRate[]> {
      return (await db.read(cypher('match-outcome-rates'))) as unknown as OutcomeRate[];
    },

    async warmRoutes(id: string, targets: string[]): Promise<Map<string, RouteStep[] | null>> {
      if (targets.length === 0) return new Map();
      const rows = await db.read(cypher('match-warm-routes'), { id, targets });
      return new Map(rows.map((row) => [String(row.target), (row.route as RouteStep[] | null) ?? null]));
    },

    /** The partners a PAL could introduce, or null when the id is not a PAL's. */
    async suggestionPool(
      pal: string,
      areaCap: number,
    ): Promise<{ pool: PoolMember[]; pal: { id: string; name: string; degree: number }; totalPartners: number } | null> {
      const rows = await db.read(cypher('suggestion-pool'), { id: pal, areaCap: int(areaCap) });
      if (rows.length === 0) return null;
      const first = rows[0]!;
      return {
        pool: rows.map((row) => row.partner as PoolMember),
        pal: { id: pal, name: String(first.palName), degree: Number(first.palDegree) },
        totalPartners: Number(first.totalPartners),
      };
    },

    async areaPals(ids: string[]): Promise<Map<string, { id: string; name: string }>> {
      const rows = await db.read(cypher('area-pal-of'), { ids });
      return new Map(rows.map((row) => [String(row.partner), row.pal as { id: string; name: string }]));
    },
  };
}

export type MatchRepository = ReturnType<typeof matchRepository>;
