import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PartnerPicker } from '../../components/PartnerPicker';
import { useAreas, usePals, useSpecialties } from '../../lib/catalog';
import { download } from '../../lib/download';
import { DEFAULT_LIMIT, defaultFilters, MAX_LIMIT } from '../../lib/explorer-url';
import { partnerGraphCaps } from '@contracts/graph';
import { mayExplore } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { ExplorerToolbar, webglAvailable } from './ExplorerToolbar';
import { exportName, partnersCsv } from './exporters';
import { FilterBar } from './FilterBar';
import type { CanvasHandle } from './GraphCanvas';
import { areaPalette } from './graphStyle';
import { Legend } from './Legend';
import { SidePanel } from './SidePanel';
import { TableView } from './TableView';
import { useExplorerUrl } from './useExplorerUrl';
import { useExplorerView } from './useExplorerView';
import { useGraphShortcuts } from './useGraphShortcuts';
import { Welcome } from './Welcome';

// Cytoscape and its layouts load only when a graph is to be shown, keeping the first page light;
// a shared link to a partner starts loading them at once, alongside the partner's network.
const loadGraphCanvas = () => import('./GraphCanvas');
if (new URLSearchParams(window.location.search).has('partner')) void loadGraphCanvas();
const GraphCanvas = lazy(() => loadGraphCanvas().then((module) => ({ default: module.GraphCanvas })));

/** The filters that narrow which partners are shown, back at their defaults. */
const narrowingCleared = {
  area: defaultFilters.area,
  tier: defaultFilters.tier,
  managed: defaultFilters.managed,
  specialty: defaultFilters.specialty,
  minStrength: defaultFilters.minStrength,
};

export function ExplorerPage({ account }: { account: ReactNode }) {
  const { user } = useSession();
  const [state, navigate] = useExplorerUrl();
  const ownPartner = user.partner?.id ?? null;
  // The server caps what a partner may ask for; the controls offer no more than that.
  const caps = user.role === 'partner' ? partnerGraphCaps : { depth: 3, limit: MAX_LIMIT };
  const areas = useAreas();
  const pals = usePals();
  const specialties = useSpecialties();
  const areaList = useMemo(() => areas.data ?? [], [areas.data]);
  const areaColours = useMemo(() => new Map(areaList.map((area, index) => [area.id, areaPalette[index % areaPalette.length]!])), [areaList]);
  const explorer = useExplorerView(state, user);
  const { base, view, nodes, edges, selection, selectedNodeId } = explorer;
  const [layoutRun, setLayoutRun] = useState(0);
  const canvas = useRef<CanvasHandle | null>(null);

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

  const fit = useCallback(() => canvas.current?.fit(), []);
  useGraphShortcuts(explorer, fit);

  const exportView = async (kind: 'png' | 'json' | 'csv') => {
    const name = exportName(state.partner!, kind);
    if (kind === 'png') download(await canvas.current!.png(), name);
    else if (kind === 'json') download(new Blob([JSON.stringify(canvas.current!.json(), null, 2)], { type: 'application/json' }), name);
    else download(new Blob([partnersCsv(nodes)], { type: 'text/csv' }), name);
  };

  const areasInView = useMemo(() => {
    const ids = new Set(nodes.flatMap((node) => (node.data.kind === 'partner' && node.data.area ? [node.data.area] : [])));
    return areaList.filter((area) => ids.has(area.id)).map((area) => ({ id: area.id, name: area.name, colour: areaColours.get(area.id)! }));
  }, [nodes, areaList, areaColours]);

  const partnerCount = [...view.nodes.values()].filter((node) => node.data.kind === 'partner').length;
  const centerName = state.partner ? (view.nodes.get(state.partner)?.data.label ?? state.partner) : '';
  const { filters } = state;
  // Filters that leave partners out of the view (not which kinds of link are drawn).
  const narrowed = !!(filters.area || filters.tier || filters.specialty) || filters.managed !== null || filters.minStrength > defaultFilters.minStrength;

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <a
            href="/"
            onClick={(event) => {
              event.preventDefault();
              focus(null);
            }}
          >
            Partner Graph
          </a>
        </h1>
        <PartnerPicker onPick={(partner) => focus(partner.id)} />
        {account}
      </header>
      {!state.partner || !explorer.explorable ? (
        <main className="content">
          <Welcome onFocus={focus} />
        </main>
      ) : (
        <main className="content explorer-layout">
          <FilterBar state={state} areas={areaList} specialties={specialties.data ?? []} maxDepth={caps.depth} onChange={navigate} />
          <ExplorerToolbar
            explorer={explorer}
            state={state}
            user={user}
            onNavigate={navigate}
            onFit={fit}
            onZoom={(factor) => canvas.current?.zoomBy(factor)}
            onLayOut={() => setLayoutRun((run) => run + 1)}
            onExport={(kind) => void exportView(kind)}
          />
          {explorer.actionError && <ErrorBanner error={explorer.actionError.error} onRetry={explorer.actionError.retry} />}
          <div className="explorer">
            <div className="graph-area">
              {base.isLoading && (
                <p className="status" role="status">
                  Loading the network…
                </p>
              )}
              {base.status === 'error' && <ErrorBanner error={base.error} onRetry={() => void base.refetch()} />}
              {base.status === 'success' && (
                <>
                  <p className="status" role="status">
                    {explorer.busy ?? (
                      <>
                        Showing {base.data.totals.shown} of {base.data.totals.partners} partners within {base.data.depth} hop{base.data.depth === 1 ? '' : 's'}{' '}
                        of {centerName}
                        {partnerCount !== base.data.totals.shown && ` · ${partnerCount} in view after your changes`}
                      </>
                    )}
                    {base.data.truncated && state.limit < caps.limit && (
                      <button type="button" className="link load-more" onClick={() => navigate({ ...state, limit: Math.min(state.limit * 2, caps.limit) })}>
                        Load more
                      </button>
                    )}
                  </p>
                  {base.data.totals.partners === 1 &&
                    (narrowed ? (
                      <p className="banner banner-info" role="note">
                        <span>
                          No partner within {base.data.depth} hop{base.data.depth === 1 ? '' : 's'} of {centerName} matches these filters.
                        </span>
                        <button type="button" onClick={() => navigate({ ...state, filters: { ...filters, ...narrowingCleared } })}>
                          Clear the filters
                        </button>
                      </p>
                    ) : (
                      <p className="muted">{centerName} has no ties yet: a PAL could introduce them to someone.</p>
                    ))}
                  {state.table ? (
                    <TableView
                      nodes={nodes}
                      selectedId={selectedNodeId}
                      onSelect={(id) => explorer.setSelection({ kind: 'node', id })}
                      onFocus={focus}
                      onExpand={(id) => void explorer.expandNode(id)}
                    />
                  ) : (
                    <Suspense
                      fallback={
                        <p className="status" role="status">
                          Loading the graph…
                        </p>
                      }
                    >
                      <GraphCanvas
                        nodes={nodes}
                        edges={edges}
                        centerId={state.partner}
                        layout={state.layout}
                        layoutRun={layoutRun}
                        areaColours={areaColours}
                        selected={selection}
                        highlight={explorer.highlight}
                        showKnows={filters.showKnows}
                        webgl={state.webgl && webglAvailable}
                        onSelect={explorer.setSelection}
                        onExpand={(id) => void explorer.expandNode(id)}
                        handle={canvas}
                      />
                    </Suspense>
                  )}
                  <Legend areas={areasInView} showCommunity={filters.showCommunity} />
                </>
              )}
            </div>
            <SidePanel
              explorer={explorer}
              state={state}
              user={user}
              centerName={centerName}
              areas={areaList}
              specialties={specialties.data ?? []}
              pals={pals.data ?? []}
              onNavigate={navigate}
              onFocus={focus}
            />
          </div>
        </main>
      )}
    </div>
  );
}
