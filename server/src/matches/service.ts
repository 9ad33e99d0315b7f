import type { Match, MatchesQuery, RouteStep, Suggestion } from '../contracts/matches';
import { openIntroductionStatuses, type Introduction, type IntroductionStatus } from '../contracts/introductions';
import { AppError, badRequest, conflict } from '../errors';
import type { IntroductionService } from '../introductions/service';
import type { CatalogService } from '../catalog/service';
import { pairKey, suggestPairs } from './suggestions';
import { DECLINED_COOLDOWN_DAYS, SUGGESTION_AREA_CAP } from './weights';
import { featuresOf, reasonsOf } from './features';
import type { OutcomeCache } from './outcome-cache';
import type { GraphRepository, IntroductionRow } from '../graph/repository';
import type { MatchRepository } from './repository';
import { scorePair } from './score';

/** The first PAL between the two ends of a route. */
const palOnRoute = (route: RouteStep[] | null | undefined) => route?.slice(1, -1).find((step) => step.isPal) ?? null;

/** Introductions that keep a pair apart: any but a lapse or a refusal older than the cooldown. */
function covers(introduction: IntroductionRow, now: number): boolean {
  if (introduction.status === 'lapsed') return false;
  if (introduction.status === 'declined') {
    return now - Date.parse(introduction.declinedAt ?? introduction.proposedAt) < DECLINED_COOLDOWN_DAYS * 86_400_000;
  }
  return true;
}

export function matchService(
  matches: MatchRepository,
  catalog: CatalogService,
  outcomes: OutcomeCache,
  introductions: IntroductionService,
  graph: GraphRepository,
) {
  const rates = () => outcomes.get(() => matches.outcomeRates());

  return {
    rates,

    async forPartner(id: string, query: MatchesQuery): Promise<{ partner: string; items: Match[] }> {
      await catalog.requirePartners({ id });
      const [rows, learned] = await Promise.all([matches.candidates(id, query), rates()]);
      const ranked = rows
        .map((row) => ({ row, ...scorePair(featuresOf(row, learned)) }))
        .filter((candidate) => candidate.score > 0)
        .sort((a, b) => b.score - a.score || a.row.partner.id.localeCompare(b.row.partner.id))
        .slice(0, query.limit);
      const candidateIds = ranked.map((candidate) => candidate.row.partner.id);
      const [routes, areaPals, between] = await Promise.all([
        matches.warmRoutes(id, candidateIds),
        matches.areaPals([id, ...candidateIds]),
        graph.introductionsAmong([id, ...candidateIds]),
      ]);
      const existing = existingIntroductions(id, between);
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
          introduction: existing.get(row.partner.id) ?? null,
        };
      });
      return { partner: id, items };
    },

    /**
     * A partner asks to be introduced to another: the request goes to the PAL on the warm route
     * between them, else the asker's area PAL, else the other partner's.
     */
    async requestIntroduction(requester: string, to: string, note: string | undefined): Promise<Introduction> {
      await catalog.requirePartners({ id: requester, to });
      if (requester === to) throw badRequest('to: ask for someone else', 'to');
      const [ties, routes, areaPals] = await Promise.all([
        graph.tiesAmong([requester, to], 1),
        matches.warmRoutes(requester, [to]),
        matches.areaPals([requester, to]),
      ]);
      if (ties.length > 0) throw conflict('already_acquainted', 'They already know each other', 'to');
      const introducer = palOnRoute(routes.get(to)) ?? [areaPals.get(requester), areaPals.get(to)].find((pal) => pal && pal.id !== requester && pal.id !== to);
      if (!introducer) throw new AppError(409, 'no_pal', 'No PAL can take this request', 'to');
      return introductions.request(requester, to, introducer.id, note?.trim() || 'Asked to be introduced (from their matches).');
    },

    /** The best pairs among the partners a PAL knows or leads, who do not know each other yet. */
    async suggestionsFor(pal: string, limit: number): Promise<{ pal: string; items: Suggestion[] }> {
      await catalog.requirePartners({ id: pal });
      const found = await matches.suggestionPool(pal, SUGGESTION_AREA_CAP);
      if (!found) throw badRequest(`id: ${pal} is not a PAL`, 'id');
      const ids = found.pool.map((member) => member.id);
      const [ties, introductions, specialties, learned] = await Promise.all([
        graph.tiesAmong(ids, 1),
        graph.introductionsAmong(ids),
        catalog.specialties(),
        rates(),
      ]);
      const now = Date.now();
      const items = suggestPairs(
        found.pool,
        {
          pal: found.pal,
          ties: new Set(ties.map((tie) => pairKey(tie.source, tie.target))),
          covered: new Set(
            introductions.filter((introduction) => covers(introduction, now)).map((introduction) => pairKey(introduction.source, introduction.target)),
          ),
          specialties: new Map(specialties.map((specialty) => [specialty.id, specialty])),
          totalPartners: found.totalPartners,
          rates: learned,
        },
        limit,
      );
      return { pal, items };
    },
  };
}

/**
 * For each partner met by `id` through an introduction, the one that counts: one under way first,
 * else the latest.
 */
function existingIntroductions(id: string, rows: IntroductionRow[]) {
  const byPartner = new Map<string, { id: string; status: IntroductionStatus; proposedAt: string }>();
  const rank = (row: { status: IntroductionStatus; proposedAt: string }) =>
    `${openIntroductionStatuses.includes(row.status) || row.status === 'collaborating' ? 1 : 0}${row.proposedAt}`;
  for (const row of rows) {
    if (row.source !== id && row.target !== id) continue;
    const other = row.source === id ? row.target : row.source;
    const known = byPartner.get(other);
    if (!known || rank(row) > rank(known)) byPartner.set(other, row);
  }
  return new Map([...byPartner].map(([other, row]) => [other, { id: row.id, status: row.status }]));
}

export type MatchService = ReturnType<typeof matchService>;
