import {
  communityNodeId,
  specialtyNodeId,
  type CommunityEdge,
  type CommunityNode,
  type IntroductionEdge,
  type KnowsEdge,
  type PartnerNode,
  type PathStep,
  type SpecialtyEdge,
  type SpecialtyNode,
  type WarmPath,
} from '../contracts/graph';
import type { CommunityLinkRow, EdgeRow, IntroductionRow, NeighborRow, SpecialtyLinkRow } from './repository';

export function toPartnerNode(row: NeighborRow): PartnerNode {
  const { name, ...rest } = row;
  return { data: { ...rest, kind: 'partner', label: name } };
}

/** Ties are undirected, so an edge's id names its two ends in a fixed order. */
export function toKnowsEdge(row: EdgeRow): KnowsEdge {
  const [first, second] = [row.source, row.target].sort();
  return { data: { id: `knows:${first}:${second}`, kind: 'KNOWS', ...row } };
}

export function toIntroductionEdge({ id, declinedAt: _declinedAt, ...row }: IntroductionRow): IntroductionEdge {
  return { data: { id: `introduction:${id}`, kind: 'INTRODUCTION', introductionId: id, ...row } };
}

/** Specialty nodes (one per specialty, however many partners link to it) and the links to them. */
export function toSpecialtyElements(rows: SpecialtyLinkRow[]): { nodes: SpecialtyNode[]; edges: SpecialtyEdge[] } {
  const nodes = new Map<string, SpecialtyNode>();
  const edges = rows.map((row): SpecialtyEdge => {
    const target = specialtyNodeId(row.specialty);
    nodes.set(target, { data: { id: target, kind: 'specialty', label: row.name, specialtyId: row.specialty } });
    return { data: { id: `${row.kind.toLowerCase()}:${row.partner}:${row.specialty}`, kind: row.kind, source: row.partner, target } };
  });
  return { nodes: [...nodes.values()], edges };
}

export function toCommunityElements(rows: CommunityLinkRow[]): { nodes: CommunityNode[]; edges: CommunityEdge[] } {
  const nodes = new Map<string, CommunityNode>();
  const edges = rows.map((row): CommunityEdge => {
    const target = communityNodeId(row.nodeKind, row.ref);
    nodes.set(target, { data: { id: target, kind: row.nodeKind, label: row.label, refId: row.ref, date: row.nodeKind === 'meeting' ? row.date : null } });
    return { data: { id: `${row.kind.toLowerCase()}:${row.partner}:${target}`, kind: row.kind, source: row.partner, target, date: row.date } };
  });
  return { nodes: [...nodes.values()], edges };
}

const describeStep = (step: PathStep) => (step.isPal ? `${step.name} (PAL)` : step.name);

/** "Ann knows Raj (PAL), who knows Lee": how an introduction could travel, in words. */
export function describePath(steps: PathStep[]): string {
  const [first, second, ...rest] = steps;
  if (!first || !second) return first ? describeStep(first) : '';
  return [`${describeStep(first)} knows ${describeStep(second)}`, ...rest.map((step) => `who knows ${describeStep(step)}`)].join(', ');
}

export function toWarmPath({ partners, ties }: { partners: PathStep[]; ties: EdgeRow[] }): WarmPath {
  const firstPal = partners.slice(1, -1).find((step) => step.isPal);
  return {
    partners,
    ties: ties.map(toKnowsEdge),
    hops: partners.length - 1,
    viaPal: firstPal?.name ?? null,
    description: describePath(partners),
  };
}
