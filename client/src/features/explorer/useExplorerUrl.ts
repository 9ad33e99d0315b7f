import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseState, serializeState, type ExplorerState } from '../../lib/explorer-url';

/**
 * The explorer's state, kept in the URL through the router: shareable, and Back walks through it.
 * The state is also held here so that a change shows at once (the router commits navigations as a
 * transition, which would leave a clicked checkbox unchecked until the new view has loaded).
 */
export function useExplorerUrl(): [ExplorerState, (next: ExplorerState) => void] {
  const location = useLocation();
  const navigateTo = useNavigate();
  const [state, setState] = useState(() => parseState(location.search));
  // Back, Forward and links from elsewhere change the URL: the state follows it.
  useEffect(() => setState(parseState(location.search)), [location.search]);
  const navigate = useCallback(
    (next: ExplorerState) => {
      setState(next);
      const search = serializeState(next);
      if (search !== location.search) navigateTo({ pathname: '/', search });
    },
    [navigateTo, location.search],
  );
  return [state, navigate];
}
