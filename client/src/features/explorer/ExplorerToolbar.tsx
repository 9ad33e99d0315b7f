import type { User } from '@contracts/auth';
import type { ExplorerState } from '../../lib/explorer-url';
import { mayExplore } from '../../lib/permissions';
import type { ExplorerView } from './useExplorerView';
import { isExpanded, redo, undo } from './view';

/** Whether this browser can draw with WebGL 2 at all (Cytoscape's WebGL renderer needs it). */
export const webglAvailable = (() => {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
})();

interface Props {
  explorer: ExplorerView;
  state: ExplorerState;
  user: User;
  onNavigate(next: ExplorerState): void;
  onFit(): void;
  onZoom(factor: number): void;
  onLayOut(): void;
  onExport(kind: 'png' | 'json' | 'csv'): void;
}

/** The graph's actions: undo and redo, expand, collapse, remove, zoom, layout, exports and views. */
export function ExplorerToolbar({ explorer, state, user, onNavigate, onFit, onZoom, onLayOut, onExport }: Props) {
  const { history, setHistory, selectedNodeId, view, base } = explorer;
  const loaded = base.status === 'success';
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph actions">
      <button type="button" onClick={() => setHistory(undo)} disabled={history.past.length === 0} title="Ctrl+Z">
        Undo
      </button>
      <button type="button" onClick={() => setHistory(redo)} disabled={history.future.length === 0} title="Ctrl+Shift+Z">
        Redo
      </button>
      <span className="separator" />
      <button
        type="button"
        onClick={() => selectedNodeId && void explorer.expandNode(selectedNodeId)}
        disabled={!selectedNodeId || !mayExplore(user, selectedNodeId)}
        title="E, or double-click a partner"
      >
        Expand
      </button>
      <button
        type="button"
        onClick={() => selectedNodeId && explorer.collapseNode(selectedNodeId)}
        disabled={!selectedNodeId || !isExpanded(view, selectedNodeId)}
        title="C"
      >
        Collapse
      </button>
      <button
        type="button"
        onClick={() => selectedNodeId && explorer.removeNode(selectedNodeId)}
        disabled={!selectedNodeId || selectedNodeId === state.partner}
        title="Delete"
      >
        Remove from view
      </button>
      <span className="separator" />
      <button type="button" onClick={onFit} title="F">
        Fit
      </button>
      <button type="button" onClick={() => onZoom(1.25)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => onZoom(0.8)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={onLayOut}>
        Lay out again
      </button>
      <span className="separator" />
      <button type="button" onClick={() => onExport('png')} disabled={!loaded}>
        Export PNG
      </button>
      <button type="button" onClick={() => onExport('json')} disabled={!loaded}>
        Export JSON
      </button>
      <button type="button" onClick={() => onExport('csv')} disabled={!loaded}>
        Export CSV
      </button>
      <span className="separator" />
      <button type="button" aria-pressed={state.table} onClick={() => onNavigate({ ...state, table: !state.table })}>
        {state.table ? 'Show graph' : 'Show table'}
      </button>
      <button
        type="button"
        aria-pressed={state.webgl && webglAvailable}
        disabled={!webglAvailable}
        title={webglAvailable ? 'Faster for big views on computers with a graphics card' : 'This browser cannot draw with WebGL'}
        onClick={() => onNavigate({ ...state, webgl: !state.webgl })}
      >
        WebGL {state.webgl && webglAvailable ? 'on' : 'off'}
      </button>
    </div>
  );
}
