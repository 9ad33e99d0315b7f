import { tieEndpoints, type TieRequest } from '@contracts/ties';
import { formatDate } from '../../lib/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useChange } from '../../lib/useChange';

const dated = (request: TieRequest) => formatDate(request.requestedAt);

/**
 * Tie requests waiting on a partner: those made to them, to confirm or decline (a tie counts only
 * once both sides say so), and those they made, waiting for the other side.
 */
export function TieRequests({ partner }: { partner: string }) {
  const requests = useEndpoint(tieEndpoints.listTieRequests, { params: { id: partner } });
  const write = useWrite();
  const change = useChange();
  const answer = (id: string, answer: 'accepted' | 'declined') =>
    void change.run(() => write(tieEndpoints.answerTieRequest, { params: { id }, body: { answer } }, ['Graph', 'Partners', 'Matches']));

  if (requests.status === 'error') return <ErrorBanner error={requests.error} onRetry={() => void requests.refetch()} />;
  if (requests.status !== 'success')
    return (
      <p className="muted" role="status">
        Loading tie requests…
      </p>
    );
  const { incoming, outgoing } = requests.data;
  return (
    <section className="tie-requests" aria-label="Tie requests">
      <h3>People who say they know you</h3>
      {change.error && (
        <p className="banner banner-error" role="alert">
          {change.error}
        </p>
      )}
      {incoming.length === 0 ? (
        <p className="muted">Nobody is waiting for you to confirm a tie.</p>
      ) : (
        <ul className="plain-list">
          {incoming.map((request) => (
            <li key={request.id}>
              <strong>{request.from.name}</strong> says you know each other <span className="muted">({dated(request)})</span>
              <span className="row-actions">
                <button type="button" disabled={change.pending} onClick={() => answer(request.id, 'accepted')}>
                  Confirm
                </button>
                <button type="button" disabled={change.pending} onClick={() => answer(request.id, 'declined')}>
                  Decline
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {outgoing.length > 0 && (
        <>
          <h3>Waiting for the other side</h3>
          <ul className="plain-list">
            {outgoing.map((request) => (
              <li key={request.id}>
                {request.to.name} <span className="muted">(asked {dated(request)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
