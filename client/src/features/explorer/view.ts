import type { GraphEdge, GraphNode, Neighborhood } from '@contracts/graph';

/**
 * What the explorer shows, as plain immutable data: the elements in view and, for each node that
 * was expanded, the nodes that expansion brought in (so that Collapse can take them away again).
 * Every change returns a new View, which makes undo and redo a matter of keeping old ones.
 */
export interface View {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  expansions: ReadonlyMap<string, readonly string[]>;
  /** The partner that was focused when the view was started. */
  center: string | null;
}

export const emptyView: View = { nodes: new Map(), edges: new Map(), expansions: new Map(), center: null };

export function viewOf(neighborhood: Neighborhood): View {
  return addElements({ ...emptyView, center: neighborhood.center }, neighborhood.elements.nodes, neighborhood.elements.edges);
}

/** Adds elements, keeping what is already there untouched (same objects, so same positions). */
export function addElements(view: View, nodes: readonly GraphNode[], edges: readonly GraphEdge[]): View {
  const nextNodes = new Map(view.nodes);
  for (const node of nodes) if (!nextNodes.has(node.data.id)) nextNodes.set(node.data.id, node);
  const nextEdges = new Map(view.edges);
  for (const edge of edges) {
    if (!nextEdges.has(edge.data.id) && nextNodes.has(edge.data.source) && nextNodes.has(edge.data.target)) nextEdges.set(edge.data.id, edge);
  }
  return { ...view, nodes: nextNodes, edges: nextEdges };
}

/** Merges a neighbourhood fetched around `origin`, remembering which nodes it brought in. */
export function expand(view: View, origin: string, neighborhood: Neighborhood): View {
  const added = neighborhood.elements.nodes.map((node) => node.data.id).filter((id) => !view.nodes.has(id));
  const merged = addElements(view, neighborhood.elements.nodes, neighborhood.elements.edges);
  const previous = view.expansions.get(origin) ?? [];
  return { ...merged, expansions: new Map(view.expansions).set(origin, [...previous, ...added]) };
}

/** Takes nodes out of view with their edges (never the focused partner). */
export function removeNodes(view: View, ids: Iterable<string>): View {
  const doomed = new Set([...ids].filter((id) => id !== view.center));
  if (doomed.size === 0) return view;
  const nodes = new Map([...view.nodes].filter(([id]) => !doomed.has(id)));
  const edges = new Map([...view.edges].filter(([, edge]) => !doomed.has(edge.data.source) && !doomed.has(edge.data.target)));
  const expansions = new Map(
    [...view.expansions].filter(([origin]) => !doomed.has(origin)).map(([origin, added]) => [origin, added.filter((id) => !doomed.has(id))] as const),
  );
  return { ...view, nodes, edges, expansions };
}

/**
 * Undoes an expansion: removes what expanding `origin` brought in, except nodes that another node's
 * expansion brought in too. Nested expansions of removed nodes go with them.
 */
export function collapse(view: View, origin: string): View {
  const added = view.expansions.get(origin);
  if (!added) return view;
  const keptByOthers = new Set([...view.expansions].filter(([other]) => other !== origin).flatMap(([, ids]) => ids));
  const doomed = new Set(added.filter((id) => !keptByOthers.has(id)));
  // Whatever the doomed nodes themselves brought in goes too.
  for (const id of [...doomed]) for (const nested of view.expansions.get(id) ?? []) doomed.add(nested);
  const collapsed = removeNodes(view, doomed);
  const expansions = new Map(collapsed.expansions);
  expansions.delete(origin);
  return { ...collapsed, expansions };
}

export const isExpanded = (view: View, id: string) => view.expansions.has(id);

/** A view with its past and future, for undo and redo. */
export interface History {
  past: View[];
  present: View;
  future: View[];
}

const HISTORY_LIMIT = 50;

export const startHistory = (view: View): History => ({ past: [], present: view, future: [] });

export function record(history: History, next: View): History {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
