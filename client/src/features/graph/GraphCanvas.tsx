import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Neighborhood } from '@contracts/graph';
import { graphStyle } from './graphStyle';

interface Props {
  neighborhood: Neighborhood;
  onSelect(id: string): void;
}

/**
 * The one owner of the Cytoscape instance: created on mount, fed in one batch whenever the
 * neighbourhood changes, destroyed on unmount.
 */
export function GraphCanvas({ neighborhood, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const selectHandler = useRef(onSelect);
  selectHandler.current = onSelect;

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: graphStyle, minZoom: 0.1, maxZoom: 4 });
    instance.on('tap', 'node', (event) => selectHandler.current(event.target.id()));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const elements: ElementDefinition[] = [...neighborhood.elements.nodes, ...neighborhood.elements.edges];
    instance.batch(() => {
      instance.elements().remove();
      instance.add(elements);
    });
    instance
      .layout({
        name: 'concentric',
        // Rings by distance from the focused partner.
        concentric: (node) => 10 - Number(node.data('distance')),
        levelWidth: () => 1,
        minNodeSpacing: 12,
        animate: false,
      })
      .run();
  }, [neighborhood]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      data-node-count={neighborhood.elements.nodes.length}
      role="img"
      aria-label={`Network of ${neighborhood.totals.shown} partners around the focused partner`}
    />
  );
}
