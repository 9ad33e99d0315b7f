import { useCallback, useEffect, useState } from 'react';

/** The focused partner and depth live in the URL, so a view can be shared and Back works. */
export interface ViewState {
  partner: string | null;
  depth: number;
}

function readUrl(): ViewState {
  const params = new URLSearchParams(window.location.search);
  const depth = Number(params.get('depth'));
  return { partner: params.get('partner'), depth: depth >= 1 && depth <= 3 ? depth : 1 };
}

export function useUrlState(): [ViewState, (next: ViewState) => void] {
  const [state, setState] = useState(readUrl);
  useEffect(() => {
    const onPop = () => setState(readUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: ViewState) => {
    const params = new URLSearchParams();
    if (next.partner) params.set('partner', next.partner);
    if (next.depth !== 1) params.set('depth', String(next.depth));
    const search = params.toString();
    window.history.pushState(null, '', search ? `?${search}` : window.location.pathname);
    setState(next);
  }, []);
  return [state, navigate];
}
