import { useEffect } from 'react';
import { redo, undo } from './view';
import type { ExplorerView } from './useExplorerView';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** Keyboard: undo/redo everywhere; e, c, Delete, f and Escape act on the graph when not typing. */
export function useGraphShortcuts(explorer: ExplorerView, fit: () => void) {
  const { selectedNodeId, setHistory, expandNode, collapseNode, removeNode, setSelection } = explorer;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        setHistory((current) => (event.shiftKey ? redo(current) : undo(current)));
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        setHistory(redo);
      } else if (!mod && !isTyping(event.target)) {
        if (event.key === 'e' && selectedNodeId) void expandNode(selectedNodeId);
        else if (event.key === 'c' && selectedNodeId) collapseNode(selectedNodeId);
        else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedNodeId) removeNode(selectedNodeId);
        else if (event.key === 'f') fit();
        else if (event.key === 'Escape') setSelection(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedNodeId, setHistory, expandNode, collapseNode, removeNode, setSelection, fit]);
}
