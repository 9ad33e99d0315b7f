import type { MatchReasons, RouteStep } from '../contracts/matches';
import type { OutcomeRate } from './outcome-cache';
import type { CandidateRow, SpecialtyWithSupply } from './repository';
import { outcomeFactor, rarity, type PairFeatures } from './score';

/** The smoothed outcome of past introductions over a set of specialties, taken together. */
function outcomeOver(specialties: SpecialtyWithSupply[], rates: ReadonlyMap<string, OutcomeRate>): number {
  let decided = 0;
  let collaborations = 0;
  for (const specialty of specialties) {
    decided += rates.get(specialty.id)?.decided ?? 0;
    collaborations += rates.get(specialty.id)?.collaborations ?? 0;
  }
  return outcomeFactor(collaborations, decided);
}

export function featuresOf(row: CandidateRow, rates: ReadonlyMap<string, OutcomeRate>): PairFeatures {
  return {
    // Every mutual acquaintance knows both ends, so its degree is at least 2 and the log positive.
    adamicAdar: row.mutual.reduce((sum, z) => sum + 1 / Math.log(Math.max(z.degree, 2)), 0),
    forYouRarities: row.forYou.map((s) => rarity(s.offeredBy, row.totalPartners)),
    forThemRarities: row.forThem.map((s) => rarity(s.offeredBy, row.totalPartners)),
    forYouOutcome: outcomeOver(row.forYou, rates),
    forThemOutcome: outcomeOver(row.forThem, rates),
    sameArea: row.sameArea,
    distanceKm: row.distanceKm,
    sharedGroups: row.sharedGroups.length,
    sharedMeetings: row.sharedMeetings.length,
  };
}

const byPalThenName = (a: RouteStep, b: RouteStep) => Number(b.isPal) - Number(a.isPal) || a.name.localeCompare(b.name);
const ref = ({ id, name }: { id: string; name: string }) => ({ id, name });

/** The reasons for a match, as data the UI shows as chips. */
export function reasonsOf(row: CandidateRow, rates: ReadonlyMap<string, OutcomeRate>, introducer: { id: string; name: string } | null): MatchReasons {
  const specialties = [...row.forYou, ...row.forThem];
  const pastSuccess = [...new Map(specialties.map((s) => [s.id, s])).values()].flatMap((s) => {
    const rate = rates.get(s.id);
    return rate && rate.decided > 0 ? [{ specialty: ref(s), collaborations: rate.collaborations, introductions: rate.decided }] : [];
  });
  return {
    theyOfferWhatYouSeek: row.forYou.map(ref),
    youOfferWhatTheySeek: row.forThem.map(ref),
    mutualAcquaintances: row.mutual
      .map(({ id, name, isPal }) => ({ id, name, isPal }))
      .sort(byPalThenName)
      .slice(0, 5),
    mutualCount: row.mutual.length,
    sameArea: row.sameArea,
    distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm),
    sharedGroups: row.sharedGroups.map(ref),
    metAt: row.sharedMeetings.slice(0, 3),
    introducer,
    pastSuccess,
  };
}

/** The reasons in one sentence, for the reason of a proposed introduction. */
export function sentenceOf(fromName: string, toName: string, reasons: MatchReasons): string {
  const parts: string[] = [];
  if (reasons.theyOfferWhatYouSeek.length)
    parts.push(`${toName} offers ${reasons.theyOfferWhatYouSeek.map((s) => s.name).join(', ')}, which ${fromName} seeks`);
  if (reasons.youOfferWhatTheySeek.length)
    parts.push(`${fromName} offers ${reasons.youOfferWhatTheySeek.map((s) => s.name).join(', ')}, which ${toName} seeks`);
  if (reasons.mutualCount) parts.push(`${reasons.mutualCount} mutual acquaintance${reasons.mutualCount === 1 ? '' : 's'}`);
  if (reasons.sameArea) parts.push('same area');
  if (reasons.sharedGroups.length) parts.push(`both in ${reasons.sharedGroups.map((g) => g.name).join(', ')}`);
  if (reasons.metAt.length) parts.push(`met at ${reasons.metAt[0]!.title} on ${reasons.metAt[0]!.date}`);
  return parts.length ? `${parts.join('; ')}.` : `${fromName} and ${toName} could work together.`;
}
