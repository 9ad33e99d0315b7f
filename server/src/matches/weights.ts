/**
 * How a match is scored, in one place. The score is a weighted sum of parts in [0, 1] and the
 * weights sum to 1, so scores stay in [0, 1]. Complementarity is reciprocal: it is mostly the
 * harmonic mean of what each side offers the other, so a match must be good for both partners;
 * a one-sided fit keeps ONE_SIDED_SHARE of its credit. Each side's own view (yourSide, theirSide)
 * is reported beside the score.
 *
 * - structure: Adamic–Adar over KNOWS (shared acquaintances, the less connected the more telling),
 *   squashed to [0, 1).
 * - complementarity: what one side SEEKS that the other OFFERS, each specialty weighted by its
 *   rarity (the log of how many partners could offer it instead), squashed; and multiplied by what
 *   past introductions over those specialties teach (smoothed share that became collaborations).
 * - proximity: 1 in the same area, else decaying with distance.
 * - groups: shared user groups, squashed.
 *
 * Chosen with `npm run eval:matches` (see the closing figures in the README).
 */
export const matchWeights = {
  complementarity: 0.5,
  structure: 0.25,
  proximity: 0.15,
  groups: 0.1,
} as const;

export const ONE_SIDED_SHARE = 0.3;

/** Distances (km) at which proximity has fallen to 1/e. */
export const PROXIMITY_KM = 60;
/** Introductions declined within this many days keep a pair out of the matches. */
export const DECLINED_COOLDOWN_DAYS = 365;
/** Candidates considered per partner: structural (friends of friends) and complementary. */
export const CANDIDATE_CAPS = { structural: 150, complementary: 150 } as const;
/** Partners of a PAL's area added to those the PAL knows when looking for introductions to suggest. */
export const SUGGESTION_AREA_CAP = 300;
