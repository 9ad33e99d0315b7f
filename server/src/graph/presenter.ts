import type { KnowsEdge, PartnerNode, PathStep, WarmPath } from '../contracts/graph';
import type { EdgeRow, NeighborRow } from './repository';

export function toPartnerNode(row: NeighborRow): PartnerNode {
  const { name, ...rest } = row;
  return { data: { ...rest, kind: 'partner', label: name } };
}

/** Ties are undirected, so an edge's id names its two ends in a fixed order. */
export function toKnowsEdge(row: EdgeRow): KnowsEdge {
  const [first, second] = [row.source, row.target].sort();
  return { data: { id: `knows:${first}:${second}`, kind: 'KNOWS', ...row } };
}

const describeStep = (step: PathStep) => (step.isPal ? `${step.name} (PAL)` : step.name);

/** "Ann knows Raj (PAL), who knows Lee": how an introduction could travel, in words. */
export function describePath(steps: PathStep[]): string {
  const [first, second, ...rest] = steps;
  if (!first || !second) return first ? describeStep(first) : '';
  return [`${describeStep(first)} knows ${describeStep(second)}`, ...rest.map((step) => `who knows ${describeStep(step)}`)].join(', ');
}

export function toWarmPath(steps: PathStep[]): WarmPath {
  const firstPal = steps.slice(1, -1).find((step) => step.isPal);
  return { partners: steps, hops: steps.length - 1, viaPal: firstPal?.name ?? null, description: describePath(steps) };
}
