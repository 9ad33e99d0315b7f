import { describe, expect, it } from 'vitest';
import { outcomeFactor, quickScore, rarity, scorePair, type PairFeatures } from './score';

const none: PairFeatures = {
  adamicAdar: 0,
  forYouRarities: [],
  forThemRarities: [],
  forYouOutcome: 0.5,
  forThemOutcome: 0.5,
  sameArea: false,
  distanceKm: null,
  sharedGroups: 0,
  sharedMeetings: 0,
};

describe('scorePair', () => {
  it('gives nothing to a pair with nothing in common, and stays within [0, 1]', () => {
    expect(scorePair(none).score).toBe(0);
    const everything = scorePair({
      adamicAdar: 99,
      forYouRarities: [9, 9],
      forThemRarities: [9, 9],
      forYouOutcome: 1,
      forThemOutcome: 1,
      sameArea: true,
      distanceKm: 0,
      sharedGroups: 9,
      sharedMeetings: 9,
    });
    expect(everything.score).toBeGreaterThan(0.95);
    expect(everything.score).toBeLessThanOrEqual(1);
  });

  it('ranks a match good for both sides above one good for one side only', () => {
    const oneSided = scorePair({ ...none, forYouRarities: [3, 3], sameArea: true });
    const mutual = scorePair({ ...none, forYouRarities: [3], forThemRarities: [3], sameArea: true });
    expect(mutual.score).toBeGreaterThan(oneSided.score);
    expect(oneSided.parts.yourSide).toBeGreaterThan(oneSided.parts.theirSide);
  });

  it('values rarer specialties and better past outcomes more', () => {
    expect(rarity(2, 1000)).toBeGreaterThan(rarity(400, 1000));
    const plain = scorePair({ ...none, forYouRarities: [2], forThemRarities: [2] });
    const proven = scorePair({ ...none, forYouRarities: [2], forThemRarities: [2], forYouOutcome: outcomeFactor(8, 8), forThemOutcome: outcomeFactor(8, 8) });
    expect(proven.score).toBeGreaterThan(plain.score);
  });

  it('prefers nearer partners and shared acquaintances', () => {
    const base = { ...none, forYouRarities: [2], forThemRarities: [2] };
    expect(scorePair({ ...base, distanceKm: 10 }).score).toBeGreaterThan(scorePair({ ...base, distanceKm: 200 }).score);
    expect(scorePair({ ...base, adamicAdar: 2 }).score).toBeGreaterThan(scorePair(base).score);
  });
});

describe('quickScore', () => {
  it('is the full score of a pair known only by its specialties and area', () => {
    for (const [forYou, forThem, sameArea] of [
      [2, 0, true],
      [1.5, 3, false],
      [0, 0, true],
      [4, 4, true],
    ] as const) {
      const full = scorePair({ ...none, forYouRarities: [forYou], forThemRarities: [forThem], sameArea }).score;
      expect(quickScore(forYou, forThem, sameArea)).toBeCloseTo(full, 3);
    }
  });
});
