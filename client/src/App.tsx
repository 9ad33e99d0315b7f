import { useCallback } from 'react';
import { ErrorBanner } from './features/graph/ErrorBanner';
import { GraphCanvas } from './features/graph/GraphCanvas';
import { getNeighborhood } from './features/graph/getNeighborhood';
import { getPals } from './features/partners/getPals';
import { getPartner } from './features/partners/getPartner';
import { PartnerPanel } from './features/partners/PartnerPanel';
import { PartnerPicker } from './features/partners/PartnerPicker';
import { useAsync } from './lib/useAsync';
import { useUrlState } from './lib/useUrlState';

export function App() {
  const [view, navigate] = useUrlState();
  const focus = useCallback((partner: string) => navigate({ ...view, partner }), [navigate, view]);

  const [neighborhood, retry] = useAsync(
    view.partner ? (signal) => getNeighborhood(view.partner!, view.depth, signal) : null,
    [view.partner, view.depth],
  );
  const [profile] = useAsync(view.partner ? (signal) => getPartner(view.partner!, signal) : null, [view.partner]);

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <a href="/" onClick={(event) => { event.preventDefault(); navigate({ partner: null, depth: 1 }); }}>Partner Graph</a>
        </h1>
        <PartnerPicker onPick={(partner) => focus(partner.id)} />
        <label className="depth">
          Depth{' '}
          <select value={view.depth} onChange={(event) => navigate({ ...view, depth: Number(event.target.value) })}>
            <option value={1}>1 hop</option>
            <option value={2}>2 hops</option>
            <option value={3}>3 hops</option>
          </select>
        </label>
      </header>
      <main className="content">
        {!view.partner && <Welcome onFocus={focus} />}
        {neighborhood.status === 'loading' && <p className="status" role="status">Loading the network…</p>}
        {neighborhood.status === 'error' && <ErrorBanner error={neighborhood.error} onRetry={retry} />}
        {neighborhood.status === 'success' && (
          <div className="explorer">
            <div className="graph-area">
              <p className="status" role="status">
                Showing {neighborhood.data.totals.shown} of {neighborhood.data.totals.partners} partners within{' '}
                {neighborhood.data.depth} hop{neighborhood.data.depth === 1 ? '' : 's'}
                {neighborhood.data.truncated && ' (the nearest first)'}
              </p>
              <GraphCanvas neighborhood={neighborhood.data} onSelect={focus} />
              <Legend />
            </div>
            <PartnerPanel
              partner={profile.status === 'success' ? profile.data : null}
              neighborhood={neighborhood.data}
              onFocus={focus}
            />
          </div>
        )}
      </main>
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><span className="swatch swatch-pal" aria-hidden="true" /> PAL (Partner Area Lead)</li>
      <li><span className="swatch swatch-partner" aria-hidden="true" /> Partner</li>
      <li><span className="swatch swatch-focus" aria-hidden="true" /> Focused partner</li>
      <li>Larger: more ties · thicker line: stronger tie</li>
    </ul>
  );
}

function Welcome({ onFocus }: { onFocus(id: string): void }) {
  const [pals, retry] = useAsync((signal) => getPals(signal), []);
  return (
    <section className="welcome">
      <h2>Who knows whom in the partner community</h2>
      <p>Find a partner above to see their network, or start from one of the Partner Area Leads:</p>
      {pals.status === 'loading' && <p className="status" role="status">Loading PALs…</p>}
      {pals.status === 'error' && <ErrorBanner error={pals.error} onRetry={retry} />}
      {pals.status === 'success' &&
        (pals.data.length === 0 ? (
          <p className="muted">No PALs yet: the network is empty.</p>
        ) : (
          <ul className="pal-cards">
            {pals.data.map((pal) => (
              <li key={pal.id}>
                <button type="button" className="card" onClick={() => onFocus(pal.id)}>
                  <strong>{pal.name}</strong>
                  <span>{pal.area?.name ?? 'no area'}</span>
                  <span className="muted">Expert in {pal.expertIn.map((s) => s.name).join(', ') || '—'}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
