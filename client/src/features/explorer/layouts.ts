import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../../lib/explorer-url';

/** Beyond this many nodes, force-directed layout is too slow for a page; rings take over. */
export const FORCE_LAYOUT_LIMIT = 1500;

/** The layout actually used: force layout falls back to rings for big views. */
export const effectiveLayout = (layout: LayoutName, nodeCount: number): LayoutName =>
  (layout === 'fcose' || layout === 'area') && nodeCount > FORCE_LAYOUT_LIMIT ? 'concentric' : layout;

/** Which ring a node sits on: the focused partner in the middle, specialties outermost. */
const ringOf = (node: NodeSingular) => (node.data('kind') === 'specialty' ? 99 : Math.min(Number(node.data('distance') ?? 4), 9));

/**
 * Rings by distance from the focused partner, best-connected first around each ring. Computed
 * directly (linear in the number of nodes) rather than by Cytoscape's concentric layout, which takes
 * the better part of a second at five thousand nodes.
 */
export function ringPositions(cy: Core): Map<string, Position> {
  const rings = new Map<number, NodeSingular[]>();
  for (const node of cy.nodes('[kind]').toArray() as NodeSingular[]) {
    const ring = ringOf(node);
    const members = rings.get(ring);
    if (members) members.push(node);
    else rings.set(ring, [node]);
  }
  const positions = new Map<string, Position>();
  let radius = 0;
  for (const ring of [...rings.keys()].sort((a, b) => a - b)) {
    const nodes = rings.get(ring)!.sort((a, b) => Number(b.data('degree') ?? 0) - Number(a.data('degree') ?? 0));
    // Each ring is wide enough for its nodes about 36 px apart, and clear of the one inside it.
    radius = nodes.length === 1 && radius === 0 ? 0 : Math.max(radius + 110, (nodes.length * 36) / (2 * Math.PI));
    nodes.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / nodes.length - Math.PI / 2;
      positions.set(node.id(), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}

/** Longitude and latitude onto the screen (equirectangular, scaled for the UK's latitude). */
export function geoPosition(node: NodeSingular, index: number): Position {
  const location = node.data('location') as { latitude: number; longitude: number } | null;
  if (!location) {
    // Specialties and partners without a location line up above the map.
    return { x: (index % 40) * 30, y: -600 - Math.floor(index / 40) * 30 };
  }
  const scale = 900;
  return { x: location.longitude * scale * Math.cos((54 * Math.PI) / 180), y: -location.latitude * scale };
}

export function layoutOptions(name: LayoutName, cy: Core): LayoutOptions {
  const nodeCount = cy.nodes().length;
  switch (name) {
    case 'concentric': {
      const positions = ringPositions(cy);
      return { name: 'preset', positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 }, animate: false } as unknown as LayoutOptions;
    }
    case 'geo': {
      let index = 0;
      return { name: 'preset', positions: (node: NodeSingular) => geoPosition(node, index++), animate: false } as unknown as LayoutOptions;
    }
    case 'fcose':
    case 'area':
      return {
        name: 'fcose',
        quality: nodeCount > 600 ? 'draft' : 'default',
        randomize: true,
        animate: false,
        nodeRepulsion: 6000,
        idealEdgeLength: 70,
        packComponents: true,
        nestingFactor: 0.2,
      } as LayoutOptions;
  }
}

/**
 * Places nodes that were just added around a neighbour already on screen, in a ring, so that an
 * expansion never moves what the person was looking at.
 */
export function placeAround(cy: Core, added: NodeSingular[]): void {
  const byAnchor = new Map<string, NodeSingular[]>();
  const unanchored: NodeSingular[] = [];
  const addedIds = new Set(added.map((node) => node.id()));
  for (const node of added) {
    const anchor = node.neighborhood('node').filter((other) => !addedIds.has(other.id()))[0] as NodeSingular | undefined;
    const siblings = anchor ? byAnchor.get(anchor.id()) : undefined;
    if (anchor && siblings) siblings.push(node);
    else if (anchor) byAnchor.set(anchor.id(), [node]);
    else unanchored.push(node);
  }
  for (const [anchorId, nodes] of byAnchor) {
    const centre = cy.getElementById(anchorId).position();
    const radius = 110 + nodes.length * 6;
    // Start the ring on the side facing away from the rest of the graph.
    const box = cy.nodes().boundingBox();
    const away = Math.atan2(centre.y - (box.y1 + box.y2) / 2, centre.x - (box.x1 + box.x2) / 2);
    // A few new nodes fan out over a third of a circle; many take the whole circle.
    const arc = nodes.length > 6 ? 2 * Math.PI : (2 * Math.PI) / 3;
    const step = nodes.length > 6 ? arc / nodes.length : arc / Math.max(nodes.length - 1, 1);
    nodes.forEach((node, index) => {
      const angle = nodes.length === 1 ? away : away - (nodes.length > 6 ? 0 : arc / 2) + index * step;
      node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
  let addedCollection = cy.collection();
  for (const node of added) addedCollection = addedCollection.union(node);
  const box = cy.elements().not(addedCollection).boundingBox();
  unanchored.forEach((node, index) => {
    node.position({ x: box.x2 + 60 + (index % 10) * 40, y: box.y1 + Math.floor(index / 10) * 40 });
  });
}

/**
 * Force layout for nodes just added: they start where placeAround put them and settle among the
 * others, while every node that was already on screen is held exactly where it was.
 */
export function settleAdded(cy: Core, added: NodeSingular[]): void {
  const addedIds = new Set(added.map((node) => node.id()));
  const fixed = (cy.nodes('[kind]').toArray() as NodeSingular[])
    .filter((node) => !addedIds.has(node.id()) && !node.isParent())
    .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  const options = {
    ...(layoutOptions('fcose', cy) as object),
    randomize: false,
    packComponents: false,
    fixedNodeConstraint: fixed,
  };
  cy.layout(options as unknown as LayoutOptions).run();
}

/** Fits the view, without blowing a handful of nodes up to fill the screen. */
export function fitGently(cy: Core): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center();
  }
}
