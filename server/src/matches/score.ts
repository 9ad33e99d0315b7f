import type { ScoreParts } from '../contracts/matches';
import { matchWeights, ONE_SIDED_SHARE, PROXIMITY_KM } from './weights';

/** What the scorer needs to know about a pair; the same for the API and the evaluation. */
export interface PairFeatures {
  /** Adamic–Adar over shared acquaintances. */
  adamicAdar: number;
  /** Rarity weights of the specialties the other side offers that this side seeks. */
  forYouRarities: number[];
  forThemRarities: number[];
  /** Smoothed share of past introductions over those specialties that became collaborations. */
  forYouOutcome: number;
  forThemOutcome: number;
  sameArea: boolean;
  distanceKm: number | null;
  sharedGroups: number;
  /** Meetings both attended (MET_AT). */
  sharedMeetings: number;
}

const squash = (value: number, scale: number) => 1 - Math.exp(-value / scale);
const harmonic = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b));
const round = (value: number) => Math.round(value * 1000) / 1000;

/** 0.5 when nothing is known; 1 when every such introduction became a collaboration. */
export function outcomeFactor(collaborations: number, decided: number): number {
  return (collaborations + 1) / (decided + 2);
}

/** Rarity of a specialty: rarer offers are worth more to the partner who seeks them. */
export function rarity(partnersOffering: number, totalPartners: number): number {
  return Math.log(1 + totalPartners / (1 + partnersOffering));
}

export function scorePair(features: PairFeatures): { score: number; parts: ScoreParts } {
  const structure = squash(features.adamicAdar, 1.5);
  // Twice the outcome factor so that "no history" (0.5) leaves complementarity as it is.
  const forYou = Math.min(1, squash(sum(features.forYouRarities), 4) * 2 * features.forYouOutcome);
  const forThem = Math.min(1, squash(sum(features.forThemRarities), 4) * 2 * features.forThemOutcome);
  const proximity = features.sameArea ? 1 : features.distanceKm === null ? 0 : Math.exp(-features.distanceKm / PROXIMITY_KM);
  // Meeting at a user group meeting counts like sharing a group: both say they move in the same circles.
  const groups = squash(features.sharedGroups + features.sharedMeetings, 1);
  const shared = matchWeights.structure * structure + matchWeights.proximity * proximity + matchWeights.groups * groups;
  const yourSide = shared + matchWeights.complementarity * forYou;
  const theirSide = shared + matchWeights.complementarity * forThem;
  const parts = { structure, forYou, forThem, proximity, groups, yourSide, theirSide };
  // Reciprocal: complementarity counts mostly as the harmonic mean of the two directions, so a
  // match that helps only one side keeps just a small share (ONE_SIDED_SHARE) of its credit.
  const complementarity = (1 - ONE_SIDED_SHARE) * harmonic(forYou, forThem) + ONE_SIDED_SHARE * Math.max(forYou, forThem);
  return {
    score: round(shared + matchWeights.complementarity * complementarity),
    parts: Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, round(value)])) as ScoreParts,
  };
}

/**
 * The part of the score that specialties and area alone give (no acquaintances, no groups, no
 * history): cheap enough to run over every complementary pair before the full score.
 */
export function quickScore(forYouRarity: number, forThemRarity: number, sameArea: boolean): number {
  const forYou = squash(forYouRarity, 4);
  const forThem = squash(forThemRarity, 4);
  const complementarity = (1 - ONE_SIDED_SHARE) * harmonic(forYou, forThem) + ONE_SIDED_SHARE * Math.max(forYou, forThem);
  return matchWeights.complementarity * complementarity + (sameArea ? matchWeights.proximity : 0);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
