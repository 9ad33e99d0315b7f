import type { Specialty } from '../contracts/catalog';
import type { Suggestion } from '../contracts/matches';
import { reasonsOf, sentenceOf, featuresOf } from './features';
import type { OutcomeRate } from './outcome-cache';
import type { CandidateRow } from './repository';
import { quickScore, rarity, scorePair } from './score';

/** Pairs scored in full after the quick first pass. */
const SHORTLIST = 400;

import type { PoolMember } from './rows';

export type { PoolMember };

export interface PoolContext {
  pal: { id: string; name: string; degree: number };
  /** Ties among the pool's partners, as "a|b" with a < b. */
  ties: Set<string>;
  /** Pairs an introduction already covers (open, done or recently declined), as "a|b". */
  covered: Set<string>;
  specialties: Map<string, Specialty>;
  totalPartners: number;
  rates: ReadonlyMap<string, OutcomeRate>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Great-circle distance in km. */
function distanceKm(a: PoolMember['location'], b: PoolMember['location']): number | null {
  if (!a || !b) return null;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The pairs a PAL should introduce: every pool pair where one seeks what the other offers, who do
 * not know each other and are not already covered by an introduction, scored like matches (from
 * the seeker's side) so that both must gain.
 */
export function suggestPairs(pool: PoolMember[], context: PoolContext, limit: number): Suggestion[] {
  const byId = new Map(pool.map((member) => [member.id, member]));
  const neighbours = new Map<string, Set<string>>(pool.map((member) => [member.id, new Set()]));
  for (const tie of context.ties) {
    const [a, b] = tie.split('|') as [string, string];
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }
  const offering = new Map<string, PoolMember[]>();
  for (const member of pool) {
    for (const specialty of member.offers) {
      const list = offering.get(specialty);
      if (list) list.push(member);
      else offering.set(specialty, [member]);
    }
  }

  // First pass, over every complementary pair: only what costs nothing to know (specialties and
  // area). The second pass scores the SHORTLIST most promising pairs in full. A pair left out would
  // need structure and groups (0.35 of a score at most) to overtake four hundred better ones: a
  // bounded risk, taken so that a PAL with a thousand partners gets an answer in well under a second.
  const seen = new Set<string>();
  const shortlist: { from: PoolMember; to: PoolMember; quick: number }[] = [];
  const offers = new Map(pool.map((member) => [member.id, new Set(member.offers)]));
  const rarities = new Map([...context.specialties.values()].map((specialty) => [specialty.id, rarity(specialty.offeredBy, context.totalPartners)]));
  /** Summed rarity of what `seeker` seeks and `offerer` offers: plain loops, this runs for every pair. */
  const fit = (seeker: PoolMember, offerer: PoolMember) => {
    const offered = offers.get(offerer.id)!;
    let total = 0;
    for (const id of seeker.seeks) if (offered.has(id)) total += rarities.get(id) ?? 0;
    return total;
  };
  for (const from of pool) {
    for (const specialty of from.seeks) {
      for (const to of offering.get(specialty) ?? []) {
        if (from.id === to.id) continue;
        const key = pairKey(from.id, to.id);
        if (seen.has(key) || context.ties.has(key) || context.covered.has(key)) continue;
        seen.add(key);
        shortlist.push({ from, to, quick: quickScore(fit(from, to), fit(to, from), from.area !== null && from.area === to.area) });
      }
    }
  }
  shortlist.sort((a, b) => b.quick - a.quick);
  return shortlist
    .slice(0, Math.max(SHORTLIST, limit))
    .map(({ from, to }) => {
      const row = rowFor(from, to, byId, neighbours, context);
      return { from, to, row, result: scorePair(featuresOf(row, context.rates)) };
    })
    .sort((a, b) => b.result.score - a.result.score || pairKey(a.from.id, a.to.id).localeCompare(pairKey(b.from.id, b.to.id)))
    .slice(0, limit)
    .map(({ from, to, row, result }) => {
      const reasons = reasonsOf(row, context.rates, { id: context.pal.id, name: context.pal.name });
      return {
        from: { id: from.id, name: from.name },
        to: { id: to.id, name: to.name },
        score: result.score,
        parts: result.parts,
        reasons,
        reason: sentenceOf(from.name, to.name, reasons),
      };
    });
}

/** The pair seen from `from`'s side, in the shape the match scorer reads. */
function rowFor(from: PoolMember, to: PoolMember, byId: Map<string, PoolMember>, neighbours: Map<string, Set<string>>, context: PoolContext): CandidateRow {
  const theirs = neighbours.get(to.id)!;
  const mutual = [...neighbours.get(from.id)!]
    .filter((id) => theirs.has(id))
    .map((id) => {
      const member = byId.get(id)!;
      return { id, name: member.name, isPal: false, degree: member.degree };
    });
  // The PAL knows both when both came from the PAL's acquaintance.
  if (from.knownByPal && to.knownByPal) mutual.push({ id: context.pal.id, name: context.pal.name, isPal: true, degree: context.pal.degree });
  const supply = (ids: string[]) =>
    ids.flatMap((id) => {
      const specialty = context.specialties.get(id);
      return specialty ? [{ id, name: specialty.name, offeredBy: specialty.offeredBy }] : [];
    });
  const theirGroups = new Set(to.groups.map((group) => group.id));
  return {
    partner: { id: to.id, name: to.name, company: '', tier: '', isPal: false, area: null },
    mutual,
    forYou: supply(from.seeks.filter((id) => to.offers.includes(id))),
    forThem: supply(to.seeks.filter((id) => from.offers.includes(id))),
    sameArea: from.area !== null && from.area === to.area,
    distanceKm: distanceKm(from.location, to.location),
    sharedGroups: from.groups.filter((group) => theirGroups.has(group.id)),
    // The suggestion pool does not read meetings yet: a PAL's suggestions use ties, specialties and groups.
    sharedMeetings: [],
    totalPartners: context.totalPartners,
  };
}
