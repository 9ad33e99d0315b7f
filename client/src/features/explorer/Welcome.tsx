import { ErrorBanner } from '../../components/ErrorBanner';
import { usePals } from '../../lib/catalog';

/** The empty state: what this is, and the PALs as places to start. */
export function Welcome({ onFocus }: { onFocus(id: string): void }) {
  const pals = usePals();
  const retry = () => void pals.refetch();
  return (
    <section className="welcome">
      <h2>Who knows whom in the partner community</h2>
      <p>Find a partner above to see their network, or start from one of the Partner Area Leads:</p>
      {pals.isLoading && (
        <p className="status" role="status">
          Loading PALs…
        </p>
      )}
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
