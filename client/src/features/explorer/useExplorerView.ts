import { useCallback, useEffect, useMemo, useState } from 'react';
import { graphEndpoints, type GraphEdge, type GraphNode, type PartnerNode, type WarmPath } from '@contracts/graph';
import type { RouteStep } from '@contracts/matches';
import type { User } from '@contracts/auth';
import { ApiError } from '../../lib/api';
import type { ExplorerState } from '../../lib/explorer-url';
import { mayExplore } from '../../lib/permissions';
import { useEndpoint, useFetchEndpoint } from '../../lib/queries';
import type { Selection } from './GraphCanvas';
import { neighborhoodInput } from './neighborhood';
import { addElements, collapse, emptyView, expand, record, removeNodes, startHistory, viewOf, type History } from './view';

/** How many neighbours one expansion may add, as Neo4j Browser does. */
const EXPANSION_LIMIT = 100;

/** A path's partners as nodes the view can take, placed beyond the rings already shown. */
function pathElements(path: WarmPath): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = path.partners.map(({ name, ...step }): PartnerNode => ({ data: { ...step, kind: 'partner', label: name, distance: 4 } }));
  return { nodes, edges: path.ties };
}

/** A warm route as elements shown while its match is hovered: partners not in view yet appear plainly. */
function routeElements(route: RouteStep[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = route.map(
    ({ id, name, isPal }): PartnerNode => ({
      data: {
        id,
        kind: 'partner',
        label: name,
        company: '',
        tier: 'community',
        managed: false,
        isPal,
        area: null,
        areaName: null,
        location: null,
        distance: 4,
        degree: 1,
      },
    }),
  );
  const edges = route.slice(1).map((step, index): GraphEdge => {
    const [source, target] = [route[index]!.id, step.id].sort() as [string, string];
    return { data: { id: `knows:${source}:${target}`, kind: 'KNOWS', source, target, strength: 1, since: null } };
  });
  return { nodes, edges };
}

export const onlyOwnNetwork = () =>
  new ApiError(
    403,
    'forbidden',
    "Only PALs can open other partners' networks. The way in from you is shown instead, and your matches can ask for an introduction.",
  );

/**
 * The view the explorer draws: the focused partner's neighbourhood as the server sent it, then every
 * change the person made (expand, collapse, remove; undoable), the chain being looked for, and a
 * hovered match's warm route.
 */
export function useExplorerView(state: ExplorerState, user: User) {
  const explorable = state.partner !== null && mayExplore(user, state.partner);
  const base = useEndpoint(
    graphEndpoints.getNeighborhood,
    state.partner && explorable ? neighborhoodInput(state.partner, state.depth, state.limit, state.filters) : null,
  );
  const fetchEndpoint = useFetchEndpoint();
  const [history, setHistory] = useState<History>(startHistory(emptyView));
  const [selection, setSelection] = useState<Selection | null>(null);
  const [actionError, setActionError] = useState<{ error: unknown; retry: () => void } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [hoverRoute, setHoverRoute] = useState<RouteStep[] | null>(null);
  const view = history.present;

  useEffect(() => {
    if (base.data) {
      setHistory(startHistory(viewOf(base.data)));
      setSelection(null);
    }
  }, [base.data]);

  const wantsPath = !!state.partner && explorable && !!state.pathTo && state.pathTo !== state.partner;
  const paths = useEndpoint(graphEndpoints.findPaths, wantsPath ? { query: { from: state.partner!, to: state.pathTo!, maxHops: 6, limit: 5 } } : null);
  const [chosenPath, setChosenPath] = useState(0);
  const path = paths.data?.paths[chosenPath];
  // biome-ignore lint/correctness/useExhaustiveDependencies: new paths start at the shortest.
  useEffect(() => setChosenPath(0), [paths.data]);
  useEffect(() => {
    // A chain may run through partners not in view yet: bring them in (undoable like any change).
    if (path && base.data) {
      const { nodes, edges } = pathElements(path);
      setHistory((current) => record(current, addElements(current.present, nodes, edges)));
    }
  }, [path, base.data]);

  const hovered = useMemo(() => (hoverRoute ? routeElements(hoverRoute) : null), [hoverRoute]);
  const highlight = useMemo(() => {
    if (hovered) return { nodes: hovered.nodes.map((node) => node.data.id), edges: hovered.edges.map((edge) => edge.data.id) };
    return path ? { nodes: path.partners.map((step) => step.id), edges: path.ties.map((tie) => tie.data.id) } : null;
  }, [path, hovered]);

  const expandNode = useCallback(
    async (id: string) => {
      if (!mayExplore(user, id)) {
        setActionError({ error: onlyOwnNetwork(), retry: () => setActionError(null) });
        return;
      }
      setBusy(`Expanding ${view.nodes.get(id)?.data.label ?? id}…`);
      setActionError(null);
      try {
        const neighborhood = await fetchEndpoint(graphEndpoints.getNeighborhood, neighborhoodInput(id, 1, EXPANSION_LIMIT, state.filters));
        setHistory((current) => record(current, expand(current.present, id, neighborhood)));
      } catch (error) {
        setActionError({ error, retry: () => void expandNode(id) });
      } finally {
        setBusy(null);
      }
    },
    [state.filters, view.nodes, user, fetchEndpoint],
  );
  const collapseNode = useCallback((id: string) => setHistory((current) => record(current, collapse(current.present, id))), []);
  const removeNode = useCallback((id: string) => {
    setHistory((current) => record(current, removeNodes(current.present, [id])));
    setSelection(null);
  }, []);

  // What is drawn: the view, plus a hovered match's warm route while it is hovered.
  const drawn = useMemo(() => (hovered ? addElements(view, hovered.nodes, hovered.edges) : view), [view, hovered]);
  const nodes = useMemo(() => [...drawn.nodes.values()], [drawn]);
  const edges = useMemo(() => [...drawn.edges.values()], [drawn]);

  return {
    explorable,
    base,
    paths,
    chosenPath,
    setChosenPath,
    history,
    setHistory,
    view,
    nodes,
    edges,
    highlight,
    selection,
    setSelection,
    selectedNodeId: selection?.kind === 'node' ? selection.id : null,
    actionError,
    busy,
    setHoverRoute,
    expandNode,
    collapseNode,
    removeNode,
  };
}

export type ExplorerView = ReturnType<typeof useExplorerView>;
