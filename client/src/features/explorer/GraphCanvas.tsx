import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { GraphEdge, GraphNode } from '@contracts/graph';
import type { LayoutName } from '../../lib/explorer-url';
import { buildStyle, colours, statusColours } from './graphStyle';
import { effectiveLayout, fitGently, geoPosition, layoutOptions, placeAround, settleAdded } from './layouts';

cytoscape.use(fcose);

/** Past this many nodes only PALs and the focused partner keep their labels. */
const LABEL_THRESHOLD = 800;
/**
 * Past this many nodes the canvas renderer pans and zooms a snapshot of the graph and draws
 * acquaintance as haystack lines: redrawing thousands of nodes every frame is what makes big views
 * stutter.
 */
const BIG_VIEW = 1000;

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export interface CanvasHandle {
  png(): Promise<Blob>;
  json(): unknown;
  fit(): void;
  zoomBy(factor: number): void;
}

export interface GraphCanvasProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  centerId: string;
  layout: LayoutName;
  /** Changing it lays the whole view out again. */
  layoutRun: number;
  areaColours: ReadonlyMap<string, string>;
  selected: Selection | null;
  highlight: { nodes: string[]; edges: string[] } | null;
  showKnows: boolean;
  /**
   * Draw with Cytoscape's WebGL renderer. Off by default: measured on machines without a GPU,
   * the canvas renderer panning a snapshot of a 5,000-node view keeps 26–43 fps where WebGL (in
   * software) manages 2; people with a GPU can switch it on for big views.
   */
  webgl: boolean;
  onSelect(selection: Selection | null): void;
  onExpand(id: string): void;
  handle: Ref<CanvasHandle | null>;
}

declare global {
  interface Window {
    /** For the explorer benchmark and for debugging from the console. */
    __partnerGraph?: { cy: Core; layoutMs: number; drawnAt: number };
    /** Set by the explorer benchmark to compare renderers on the same view. */
    __partnerGraphRenderer?: 'canvas' | 'webgl';
  }
}

const colourOfArea = (area: string | null, areaColours: ReadonlyMap<string, string>) => (area && areaColours.get(area)) || colours.noArea;

/** Cytoscape element definitions, with the colours the style reads from data. */
function toElement(element: GraphNode | GraphEdge, areaColours: ReadonlyMap<string, string>): ElementDefinition {
  const data = element.data;
  switch (data.kind) {
    case 'partner':
      return { group: 'nodes', data: { ...data, colour: colourOfArea(data.area, areaColours) } };
    case 'specialty':
    case 'group':
    case 'meeting':
    case 'activity':
      return { group: 'nodes', data: { ...data } };
    case 'INTRODUCTION':
      return { group: 'edges', data: { ...data, colour: statusColours[data.status] } };
    default:
      return { group: 'edges', data: { ...data } };
  }
}

const AREA_PREFIX = 'area-group:';

/** Grouped-by-area layout: every partner becomes a child of its area's compound node, and back. */
function setAreaGroups(cy: Core, grouped: boolean, areaColours: ReadonlyMap<string, string>) {
  const partners = cy.nodes('[kind = "partner"]');
  if (!grouped) {
    partners.filter((node) => node.isChild()).move({ parent: null });
    cy.nodes('.area-group').remove();
    return;
  }
  for (const node of partners.toArray() as NodeSingular[]) {
    const area = node.data('area') as string | null;
    if (!area) continue;
    const groupId = `${AREA_PREFIX}${area}`;
    if (cy.getElementById(groupId).empty()) {
      cy.add({
        group: 'nodes',
        data: { id: groupId, label: node.data('areaName') ?? area, colour: areaColours.get(area) ?? colours.noArea },
        classes: 'area-group',
      });
    }
    if (node.parent().first().id() !== groupId) node.move({ parent: groupId });
  }
}

/**
 * The one owner of the Cytoscape instance: created on mount (and again when the view crosses the
 * WebGL threshold), fed changes in batches, destroyed on unmount.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { nodes, edges, centerId, layout, layoutRun, areaColours, selected, highlight, showKnows, webgl, handle } = props;
  const container = useRef<HTMLDivElement>(null);
  // In state, not a ref: the effects below re-run on a new instance (renderer or size class changed).
  const [cy, setCy] = useState<Core | null>(null);
  const lastLayout = useRef<{ run: number; name: LayoutName } | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const renderer = window.__partnerGraphRenderer ?? (webgl ? 'webgl' : 'canvas');
  const big = nodes.length > BIG_VIEW;

  useEffect(() => {
    // The TypeScript definitions know WebGL as a top-level option, which the core honours.
    const instance = cytoscape({
      container: container.current,
      style: buildStyle(),
      minZoom: 0.05,
      maxZoom: 4,
      webgl: renderer === 'webgl',
      pixelRatio: renderer === 'webgl' || big ? 1 : 'auto',
      textureOnViewport: big && renderer === 'canvas',
      hideEdgesOnViewport: big && renderer === 'canvas',
    } as cytoscape.CytoscapeOptions);
    instance.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass('area-group')) callbacks.current.onSelect({ kind: 'node', id: node.id() });
    });
    instance.on('tap', 'edge', (event) => callbacks.current.onSelect({ kind: 'edge', id: event.target.id() }));
    instance.on('tap', (event) => {
      if (event.target === instance) callbacks.current.onSelect(null);
    });
    instance.on('dbltap', 'node[kind = "partner"]', (event) => callbacks.current.onExpand(event.target.id()));
    lastLayout.current = null;
    setCy(instance);
    return () => {
      instance.destroy();
      setCy(null);
    };
  }, [renderer, big]);

  // Feed the view in: remove what left, add what came, lay out.
  useEffect(() => {
    if (!cy) return;
    const wanted = new Map<string, GraphNode | GraphEdge>();
    for (const element of [...nodes, ...edges]) wanted.set(element.data.id, element);
    const hadElements = cy.nodes('[kind]').nonempty();
    let added: NodeSingular[] = [];
    cy.batch(() => {
      cy.elements('[kind]')
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const missing = [...wanted.values()].filter((element) => cy.getElementById(element.data.id).empty());
      const addedCollection = cy.add(missing.map((element) => toElement(element, areaColours)));
      added = addedCollection.nodes().toArray() as NodeSingular[];
      cy.edges('[kind = "KNOWS"]').toggleClass('bulk', big);
      cy.nodes('[kind = "partner"]').forEach((node) => {
        node.toggleClass('focus', node.id() === centerId);
        node.toggleClass('unlabelled', nodes.length > LABEL_THRESHOLD && !node.data('isPal') && node.id() !== centerId);
      });
      setAreaGroups(cy, effectiveLayout(layout, nodes.length) === 'area', areaColours);
    });

    const needsFullLayout = !hadElements || lastLayout.current?.run !== layoutRun || lastLayout.current?.name !== layout;
    const started = performance.now();
    if (needsFullLayout) {
      cy.layout(layoutOptions(effectiveLayout(layout, nodes.length), cy)).run();
      fitGently(cy);
      lastLayout.current = { run: layoutRun, name: layout };
    } else if (added.length > 0) {
      const current = effectiveLayout(layout, nodes.length);
      if (current === 'geo')
        added.forEach((node, index) => {
          node.position(geoPosition(node, index));
        });
      else placeAround(cy, added);
      if (current === 'fcose' || current === 'area') settleAdded(cy, added);
    }
    const layoutMs = performance.now() - started;
    // Two animation frames later the drawing has reached the screen (on either renderer).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__partnerGraph = { cy, layoutMs, drawnAt: performance.now() };
      }),
    );
  }, [cy, nodes, edges, centerId, layout, layoutRun, areaColours, big]);

  // The list of areas may arrive after the graph: colour the partners already drawn once it does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: partners that arrive later are coloured too.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('[kind = "partner"]').forEach((node) => {
        const colour = colourOfArea(node.data('area') as string | null, areaColours);
        if (node.data('colour') !== colour) node.data('colour', colour);
      });
    });
  }, [cy, areaColours, nodes]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a selection arriving before its element is applied once it lands.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selected) cy.getElementById(selected.id).select();
    });
  }, [cy, selected, nodes, edges]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a path is drawn again over elements that arrive later.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('path faded');
      if (!highlight) return;
      let onPath = cy.collection();
      for (const id of [...highlight.nodes, ...highlight.edges]) onPath = onPath.union(cy.getElementById(id));
      onPath.addClass('path');
      cy.elements().not(onPath).not('.area-group').addClass('faded');
    });
  }, [cy, highlight, nodes, edges]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: edges that arrive later are hidden too.
  useEffect(() => {
    cy?.edges('[kind = "KNOWS"]').toggleClass('hidden-kind', !showKnows);
  }, [cy, showKnows, edges]);

  useImperativeHandle(handle, () => ({
    png: () => cy!.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    json: () => ({ elements: cy!.elements('[kind]').jsons() }),
    fit: () => cy && fitGently(cy),
    zoomBy: (factor: number) => {
      if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
  }));

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      data-node-count={nodes.filter((node) => node.data.kind === 'partner').length}
      data-edge-count={edges.length}
      data-highlighted={highlight ? highlight.nodes.length + highlight.edges.length : 0}
      data-layout={effectiveLayout(layout, nodes.length)}
      data-renderer={renderer}
      role="img"
      aria-label={`Network of ${nodes.length} nodes and ${edges.length} links. The table view lists the same partners.`}
    />
  );
}
