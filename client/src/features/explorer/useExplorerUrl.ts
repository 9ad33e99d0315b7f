import { useCallback, useEffect, useState } from 'react';
import { parseState, serializeState, type ExplorerState } from './explorerState';

/** The explorer's state, kept in the URL: shareable, and the Back button walks through it. */
export function useExplorerUrl(): [ExplorerState, (next: ExplorerState) => void] {
  const [state, setState] = useState(() => parseState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: ExplorerState) => {
    const search = serializeState(next);
    if (search !== window.location.search) window.history.pushState(null, '', search || window.location.pathname);
    setState(next);
  }, []);
  return [state, navigate];
}
