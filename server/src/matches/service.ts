import type { Match, MatchesQuery, RouteStep } from '../contracts/matches';
import type { ReferenceService } from '../references/service';
import { featuresOf, reasonsOf } from './features';
import type { OutcomeCache } from './outcome-cache';
import type { MatchRepository } from './repository';
import { scorePair } from './score';

/** The first PAL between the two ends of a route. */
const palOnRoute = (route: RouteStep[] | null | undefined) => route?.slice(1, -1).find((step) => step.isPal) ?? null;

export function matchService(matches: MatchRepository, references: ReferenceService, outcomes: OutcomeCache) {
  const rates = () => outcomes.get(() => matches.outcomeRates());

  return {
    rates,

    async forPartner(id: string, query: MatchesQuery): Promise<{ partner: string; items: Match[] }> {
      await references.requirePartners({ id });
      const [rows, learned] = await Promise.all([matches.candidates(id, query), rates()]);
      const ranked = rows
        .map((row) => ({ row, ...scorePair(featuresOf(row, learned)) }))
        .filter((candidate) => candidate.score > 0)
        .sort((a, b) => b.score - a.score || a.row.partner.id.localeCompare(b.row.partner.id))
        .slice(0, query.limit);
      const [routes, areaPals] = await Promise.all([
        matches.warmRoutes(id, ranked.map((candidate) => candidate.row.partner.id)),
        matches.areaPals([id, ...ranked.map((candidate) => candidate.row.partner.id)]),
      ]);
      const items = ranked.map(({ row, score, parts }): Match => {
        const route = routes.get(row.partner.id) ?? null;
        // Who could introduce them: a PAL on the warm route, else either side's area PAL.
        const areaPal = [areaPals.get(id), areaPals.get(row.partner.id)].find((pal) => pal && pal.id !== id && pal.id !== row.partner.id) ?? null;
        const introducer = palOnRoute(route) ?? areaPal;
        return {
          partner: row.partner,
          score,
          parts,
          reasons: reasonsOf(row, learned, introducer ? { id: introducer.id, name: introducer.name } : null),
          warmRoute: route,
        };
      });
      return { partner: id, items };
    },
  };
}

export type MatchService = ReturnType<typeof matchService>;
