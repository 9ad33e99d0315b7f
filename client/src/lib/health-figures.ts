import type { NetworkHealth } from '@contracts/network-health';

/** A share as a whole percentage, or a dash when there is nothing to divide. */
export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Of the introductions proposed, the share that led to collaborating (the health page's headline). */
export function collaboratingShare(introductions: NetworkHealth['introductions']): number | null {
  const proposed = introductions.funnel[0]!.reached;
  return proposed ? introductions.funnel[3]!.reached / proposed : null;
}
