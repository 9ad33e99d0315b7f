import type { WarmPaths } from '@contracts/graph';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { UseQueryResult } from '@tanstack/react-query';
import { PartnerPicker } from '../../components/PartnerPicker';

interface Props {
  fromName: string;
  /** The chains, once a partner to reach is chosen (a query that waits until then). */
  result: UseQueryResult<WarmPaths>;
  chosen: number;
  onTarget(id: string | null): void;
  onChoose(index: number): void;
  onRetry(): void;
}

/** "Find a way in": the shortest chains of acquaintance from the focused partner to another. */
export function PathFinder({ fromName, result, chosen, onTarget, onChoose, onRetry }: Props) {
  return (
    <section className="path-finder" aria-label="Find a way in">
      <h3>Find a way in from {fromName}</h3>
      <PartnerPicker label="Partner to reach" placeholder="Who should they meet?" onPick={(partner) => onTarget(partner.id)} />
      {result.isLoading && (
        <p className="muted" role="status">
          Looking for chains of acquaintance…
        </p>
      )}
      {result.status === 'error' && <ErrorBanner error={result.error} onRetry={onRetry} />}
      {result.status === 'success' && (
        <>
          {!result.data.found ? (
            <p className="muted">No chain of six acquaintances or fewer links them. A PAL could introduce them directly.</p>
          ) : (
            <ol className="paths">
              {result.data.paths.map((path, index) => (
                <li key={path.partners.map((step) => step.id).join('>')}>
                  <button
                    type="button"
                    className={index === chosen ? 'path-option chosen' : 'path-option'}
                    aria-pressed={index === chosen}
                    onClick={() => onChoose(index)}
                  >
                    {path.description}
                    <span className="muted">
                      {' '}
                      · {path.hops} hop{path.hops === 1 ? '' : 's'}
                      {path.viaPal ? ` · via PAL ${path.viaPal}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button type="button" className="link" onClick={() => onTarget(null)}>
            Clear
          </button>
        </>
      )}
    </section>
  );
}
