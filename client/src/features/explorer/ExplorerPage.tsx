import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GraphEdge, GraphNode, Neighborhood, PartnerNode, WarmPath } from '@contracts/graph';
import type { RouteStep } from '@contracts/matches';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ApiError } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { mayExplore, mayUseDesk } from '../auth/permissions';
import { useSession } from '../auth/session';
import { getAreas } from '../catalog/getAreas';
import { getSpecialties } from '../catalog/getSpecialties';
import { MatchesTab } from '../matches/MatchesTab';
import { PalDesk } from '../pal-desk/PalDesk';
import { getPals } from '../partners/getPals';
import { PartnerPicker } from '../partners/PartnerPicker';
import { Welcome } from './Welcome';
import { DEFAULT_LIMIT, MAX_LIMIT, type ExplorerState, type PanelTab } from './explorerState';
import { download } from '../../lib/download';
import { exportName, partnersCsv } from './exporters';
import { FilterBar } from './FilterBar';
import type { CanvasHandle, Selection } from './GraphCanvas';
import { getNeighborhood } from './getNeighborhood';
import { getPath } from './getPath';
import { areaPalette } from './graphStyle';
import { InspectPanel } from './InspectPanel';
import { Legend } from './Legend';
import { PathFinder } from './PathFinder';
import { TableView } from './TableView';
import { useExplorerUrl } from './useExplorerUrl';
import { addElements, collapse, emptyView, expand, isExpanded, record, redo, removeNodes, startHistory, undo, viewOf, type History } from './view';

// Cytoscape and its layouts load only when a graph is to be shown, keeping the first page light;
// a shared link to a partner starts loading them at once, alongside the partner's network.
const loadGraphCanvas = () => import('./GraphCanvas');
if (new URLSearchParams(window.location.search).has('partner')) void loadGraphCanvas();
const GraphCanvas = lazy(() => loadGraphCanvas().then((module) => ({ default: module.GraphCanvas })));

/** How many neighbours one expansion may add, as Neo4j Browser does. */
const EXPANSION_LIMIT = 100;

/** A path's partners as nodes the view can take, placed beyond the rings already shown. */
function pathElements(path: WarmPath): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = path.partners.map(({ name, ...step }): PartnerNode => ({ data: { ...step, kind: 'partner', label: name, distance: 4 } }));
  return { nodes, edges: path.ties };
}

/** A warm route as elements shown while its match is hovered: partners not in view yet appear plainly. */
function routeElements(route: RouteStep[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = route.map(({ id, name, isPal }): PartnerNode => ({
    data: { id, kind: 'partner', label: name, company: '', tier: 'community', managed: false, isPal, area: null, areaName: null, location: null, distance: 4, degree: 1 },
  }));
  const edges = route.slice(1).map((step, index): GraphEdge => {
    const [source, target] = [route[index]!.id, step.id].sort() as [string, string];
    return { data: { id: `knows:${source}:${target}`, kind: 'KNOWS', source, target, strength: 1, since: null } };
  });
  return { nodes, edges };
}

/** Whether this browser can draw with WebGL 2 at all (Cytoscape's WebGL renderer needs it). */
const webglAvailable = (() => {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
})();

const tabLabels: Record<PanelTab, string> = { details: 'Details', matches: 'Matches', desk: 'PAL desk' };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

const onlyOwnNetwork = () =>
  new ApiError(403, 'forbidden', "Only PALs can open other partners' networks. The way in from you is shown instead, and your matches can ask for an introduction.");

export function ExplorerPage({ account }: { account: ReactNode }) {
  const { user } = useSession();
  const [state, navigate] = useExplorerUrl();
  const ownPartner = user.partner?.id ?? null;
  const [areas] = useAsync((signal) => getAreas(signal), []);
  const [pals] = useAsync((signal) => getPals(signal), []);
  const [hoverRoute, setHoverRoute] = useState<RouteStep[] | null>(null);
  const [specialties] = useAsync((signal) => getSpecialties(signal), []);
  const areaList = areas.status === 'success' ? areas.data : [];
  const areaColours = useMemo(() => new Map(areaList.map((area, index) => [area.id, areaPalette[index % areaPalette.length]!])), [areaList]);

  // A partner explores from themselves: focusing anyone else shows the way in to them instead.
  const focus = useCallback(
    (partner: string | null) => {
      if (partner && !mayExplore(user, partner) && ownPartner) navigate({ ...state, partner: ownPartner, pathTo: partner, limit: DEFAULT_LIMIT });
      else navigate({ ...state, partner: partner ?? (user.role === 'partner' ? ownPartner : null), pathTo: null, limit: DEFAULT_LIMIT });
    },
    [navigate, state, user, ownPartner],
  );
  // A partner's start page is their own network (a shared link to someone else becomes the way in to them).
  useEffect(() => {
    if (user.role === 'partner' && ownPartner && state.partner !== ownPartner && (state.partner === null || !mayExplore(user, state.partner))) {
      navigate({ ...state, partner: ownPartner, pathTo: state.partner ?? state.pathTo, limit: DEFAULT_LIMIT });
    }
  }, [user, ownPartner, state, navigate]);
  const explorable = state.partner !== null && mayExplore(user, state.partner);
  const filtersKey = JSON.stringify(state.filters);
  const [base, retryBase] = useAsync(
    state.partner && explorable ? (signal) => getNeighborhood({ partner: state.partner!, depth: state.depth, limit: state.limit, filters: state.filters }, signal) : null,
    [state.partner, state.depth, state.limit, filtersKey],
  );

  const [history, setHistory] = useState<History>(startHistory(emptyView));
  const [selection, setSelection] = useState<Selection | null>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const [actionError, setActionError] = useState<{ error: unknown; retry: () => void } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const canvas = useRef<CanvasHandle | null>(null);
  const view = history.present;

  useEffect(() => {
    if (base.status === 'success') {
      setHistory(startHistory(viewOf(base.data)));
      setSelection(null);
    }
  }, [base]);

  const [paths, retryPaths] = useAsync(
    state.partner && explorable && state.pathTo && state.pathTo !== state.partner ? (signal) => getPath(state.partner!, state.pathTo!, signal) : null,
    [state.partner, state.pathTo],
  );
  const [chosenPath, setChosenPath] = useState(0);
  const path = paths.status === 'success' ? paths.data.paths[chosenPath] : undefined;
  useEffect(() => setChosenPath(0), [paths]);
  useEffect(() => {
    // A chain may run through partners not in view yet: bring them in (undoable like any change).
    if (path && base.status === 'success') {
      const { nodes, edges } = pathElements(path);
      setHistory((current) => record(current, addElements(current.present, nodes, edges)));
    }
  }, [path, base.status]);
  const hovered = useMemo(() => (hoverRoute ? routeElements(hoverRoute) : null), [hoverRoute]);
  const highlight = useMemo(() => {
    if (hovered) return { nodes: hovered.nodes.map((node) => node.data.id), edges: hovered.edges.map((edge) => edge.data.id) };
    return path ? { nodes: path.partners.map((step) => step.id), edges: path.ties.map((tie) => tie.data.id) } : null;
  }, [path, hovered]);

  const change = (next: (current: History) => History) => setHistory(next);

  const expandNode = useCallback(
    async (id: string) => {
      if (!mayExplore(user, id)) {
        setActionError({ error: onlyOwnNetwork(), retry: () => setActionError(null) });
        return;
      }
      setBusy(`Expanding ${view.nodes.get(id)?.data.label ?? id}…`);
      setActionError(null);
      try {
        const neighborhood: Neighborhood = await getNeighborhood({ partner: id, depth: 1, limit: EXPANSION_LIMIT, filters: state.filters });
        setHistory((current) => record(current, expand(current.present, id, neighborhood)));
      } catch (error) {
        setActionError({ error, retry: () => void expandNode(id) });
      } finally {
        setBusy(null);
      }
    },
    [state.filters, view.nodes, user],
  );
  const collapseNode = (id: string) => change((current) => record(current, collapse(current.present, id)));
  const removeNode = (id: string) => {
    change((current) => record(current, removeNodes(current.present, [id])));
    setSelection(null);
  };

  const selectedNodeId = selection?.kind === 'node' ? selection.id : null;
  // What is drawn: the view, plus a hovered match's warm route while it is hovered.
  const drawn = useMemo(() => (hovered ? addElements(view, hovered.nodes, hovered.edges) : view), [view, hovered]);
  const nodes = useMemo(() => [...drawn.nodes.values()], [drawn]);
  const edges = useMemo(() => [...drawn.edges.values()], [drawn]);

  // Keyboard: undo/redo everywhere; e, c, Delete and f act on the graph when not typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        change((current) => (event.shiftKey ? redo(current) : undo(current)));
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        change(redo);
      } else if (!mod && !isTyping(event.target)) {
        if (event.key === 'e' && selectedNodeId) void expandNode(selectedNodeId);
        else if (event.key === 'c' && selectedNodeId) collapseNode(selectedNodeId);
        else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedNodeId) removeNode(selectedNodeId);
        else if (event.key === 'f') canvas.current?.fit();
        else if (event.key === 'Escape') setSelection(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const exportPng = async () => download(await canvas.current!.png(), exportName(state.partner!, 'png'));
  const exportJson = () => download(new Blob([JSON.stringify(canvas.current!.json(), null, 2)], { type: 'application/json' }), exportName(state.partner!, 'json'));
  const exportCsv = () => download(new Blob([partnersCsv(nodes)], { type: 'text/csv' }), exportName(state.partner!, 'csv'));

  const areasInView = useMemo(() => {
    const ids = new Set(nodes.flatMap((node) => (node.data.kind === 'partner' && node.data.area ? [node.data.area] : [])));
    return areaList.filter((area) => ids.has(area.id)).map((area) => ({ id: area.id, name: area.name, colour: areaColours.get(area.id)! }));
  }, [nodes, areaList, areaColours]);

  const partnerCount = [...view.nodes.values()].filter((node) => node.data.kind === 'partner').length;
  const subjectId = selectedNodeId && view.nodes.get(selectedNodeId)?.data.kind === 'partner' ? selectedNodeId : state.partner;
  const subject = subjectId ? view.nodes.get(subjectId) : undefined;
  const subjectName = subject?.data.label ?? subjectId ?? '';
  const subjectIsPal = subject?.data.kind === 'partner' && subject.data.isPal;
  const tabsShown: PanelTab[] = [
    'details',
    ...(subjectId && mayExplore(user, subjectId) ? (['matches'] as const) : []),
    ...(subjectIsPal && subjectId && mayUseDesk(user, subjectId) ? (['desk'] as const) : []),
  ];
  const tab: PanelTab = tabsShown.includes(state.tab) ? state.tab : 'details';
  const centerName = state.partner ? (view.nodes.get(state.partner)?.data.label ?? state.partner) : '';

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <a href="/" onClick={(event) => { event.preventDefault(); focus(null); }}>Partner Graph</a>
        </h1>
        <PartnerPicker onPick={(partner) => focus(partner.id)} />
        {account}
      </header>
      {!state.partner || !explorable ? (
        <main className="content"><Welcome onFocus={focus} /></main>
      ) : (
        <main className="content explorer-layout">
          <FilterBar state={state} areas={areaList} specialties={specialties.status === 'success' ? specialties.data : []} onChange={navigate} />
          <div className="toolbar" role="toolbar" aria-label="Graph actions">
            <button type="button" onClick={() => change(undo)} disabled={history.past.length === 0} title="Ctrl+Z">Undo</button>
            <button type="button" onClick={() => change(redo)} disabled={history.future.length === 0} title="Ctrl+Shift+Z">Redo</button>
            <span className="separator" />
            <button type="button" onClick={() => selectedNodeId && void expandNode(selectedNodeId)} disabled={!selectedNodeId || !mayExplore(user, selectedNodeId)} title="E, or double-click a partner">Expand</button>
            <button type="button" onClick={() => selectedNodeId && collapseNode(selectedNodeId)} disabled={!selectedNodeId || !isExpanded(view, selectedNodeId)} title="C">Collapse</button>
            <button type="button" onClick={() => selectedNodeId && removeNode(selectedNodeId)} disabled={!selectedNodeId || selectedNodeId === state.partner} title="Delete">Remove from view</button>
            <span className="separator" />
            <button type="button" onClick={() => canvas.current?.fit()} title="F">Fit</button>
            <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label="Zoom in">+</button>
            <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label="Zoom out">−</button>
            <button type="button" onClick={() => setLayoutRun((run) => run + 1)}>Lay out again</button>
            <span className="separator" />
            <button type="button" onClick={() => void exportPng()} disabled={base.status !== 'success'}>Export PNG</button>
            <button type="button" onClick={exportJson} disabled={base.status !== 'success'}>Export JSON</button>
            <button type="button" onClick={exportCsv} disabled={base.status !== 'success'}>Export CSV</button>
            <span className="separator" />
            <button type="button" aria-pressed={state.table} onClick={() => navigate({ ...state, table: !state.table })}>{state.table ? 'Show graph' : 'Show table'}</button>
            <button
              type="button"
              aria-pressed={state.webgl && webglAvailable}
              disabled={!webglAvailable}
              title={webglAvailable ? 'Faster for big views on computers with a graphics card' : 'This browser cannot draw with WebGL'}
              onClick={() => navigate({ ...state, webgl: !state.webgl })}
            >
              WebGL {state.webgl && webglAvailable ? 'on' : 'off'}
            </button>
          </div>
          {actionError && <ErrorBanner error={actionError.error} onRetry={actionError.retry} />}
          <div className="explorer">
            <div className="graph-area">
              {base.status === 'loading' && <p className="status" role="status">Loading the network…</p>}
              {base.status === 'error' && <ErrorBanner error={base.error} onRetry={retryBase} />}
              {base.status === 'success' && (
                <>
                  <p className="status" role="status">
                    {busy ?? (
                      <>
                        Showing {base.data.totals.shown} of {base.data.totals.partners} partners within {base.data.depth} hop{base.data.depth === 1 ? '' : 's'} of {centerName}
                        {partnerCount !== base.data.totals.shown && ` · ${partnerCount} in view after your changes`}
                      </>
                    )}
                    {base.data.truncated && state.limit < MAX_LIMIT && (
                      <button type="button" className="link load-more" onClick={() => navigate({ ...state, limit: Math.min(state.limit * 2, MAX_LIMIT) })}>
                        Load more
                      </button>
                    )}
                  </p>
                  {base.data.totals.partners === 1 && (
                    <p className="muted">{centerName} has no ties {state.filters.minStrength > 1 ? 'this strong ' : ''}yet{state.filters.area || state.filters.tier || state.filters.specialty || state.filters.managed !== null ? ' that match these filters' : ''}: a PAL could introduce them to someone.</p>
                  )}
                  {state.table ? (
                    <TableView nodes={nodes} selectedId={selectedNodeId} onSelect={(id) => setSelection({ kind: 'node', id })} onFocus={focus} onExpand={(id) => void expandNode(id)} />
                  ) : (
                    <Suspense fallback={<p className="status" role="status">Loading the graph…</p>}>
                      <GraphCanvas
                        nodes={nodes}
                        edges={edges}
                        centerId={state.partner}
                        layout={state.layout}
                        layoutRun={layoutRun}
                        areaColours={areaColours}
                        selected={selection}
                        highlight={highlight}
                        showKnows={state.filters.showKnows}
                        webgl={state.webgl && webglAvailable}
                        onSelect={setSelection}
                        onExpand={(id) => void expandNode(id)}
                        handle={canvas}
                      />
                    </Suspense>
                  )}
                  <Legend areas={areasInView} showCommunity={state.filters.showCommunity} />
                </>
              )}
            </div>
            <aside className="panel" aria-label="Side panel">
              <div className="tabs" role="tablist" aria-label={`About ${subjectName}`}>
                {tabsShown.map((name) => (
                  <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'tab active' : 'tab'} onClick={() => navigate({ ...state, tab: name })}>
                    {tabLabels[name]}
                  </button>
                ))}
              </div>
              {tab === 'matches' && subjectId && (
                <MatchesTab partnerId={subjectId} partnerName={subjectName} onFocus={focus} onHoverRoute={setHoverRoute} />
              )}
              {tab === 'desk' && subjectId && (
                <PalDesk pal={{ id: subjectId, name: subjectName }} pals={pals.status === 'success' ? pals.data : []} onFocus={focus} />
              )}
              {tab === 'details' && (
              <>
              <PathFinder
                fromName={centerName}
                result={paths}
                chosen={chosenPath}
                onTarget={(pathTo) => navigate({ ...state, pathTo })}
                onChoose={setChosenPath}
                onRetry={retryPaths}
              />
              {base.status === 'success' && (
                <InspectPanel
                  selection={selection}
                  centerId={state.partner}
                  nodes={view.nodes}
                  edges={view.edges}
                  areas={areaList}
                  specialties={specialties.status === 'success' ? specialties.data : []}
                  expanded={isExpanded(view, selectedNodeId ?? state.partner)}
                  onFocus={focus}
                  onExpand={(id) => void expandNode(id)}
                  onCollapse={collapseNode}
                  onRemove={removeNode}
                  onFindPath={(id) => navigate({ ...state, pathTo: id } satisfies ExplorerState)}
                />
              )}
              </>
              )}
            </aside>
          </div>
        </main>
      )}
    </div>
  );
}
