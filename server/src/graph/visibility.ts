import type { GraphNode, Neighborhood, pathListSchema } from '../contracts/graph';
import { locationFor, type Actor } from '../http/access';
import type { z } from 'zod';

type WarmPaths = z.infer<typeof pathListSchema>;

const presentNode = (node: GraphNode, actor: Actor): GraphNode =>
  node.data.kind === 'partner' ? { ...node, data: { ...node.data, location: locationFor(actor, node.data.id, node.data.location) } } : node;

/** A neighbourhood as `actor` may see it: other partners' locations rounded for partners. */
export function presentNeighborhood(neighborhood: Neighborhood, actor: Actor): Neighborhood {
  return { ...neighborhood, elements: { ...neighborhood.elements, nodes: neighborhood.elements.nodes.map((node) => presentNode(node, actor)) } };
}

export function presentPaths(found: WarmPaths, actor: Actor): WarmPaths {
  return {
    ...found,
    paths: found.paths.map((path) => ({
      ...path,
      partners: path.partners.map((step) => ({ ...step, location: locationFor(actor, step.id, step.location) })),
    })),
  };
}
