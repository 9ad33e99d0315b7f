import { Link } from 'react-router';
import { networkHealthEndpoints } from '@contracts/network-health';
import { notificationEndpoints } from '@contracts/notifications';
import { userEndpoints } from '@contracts/users';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../lib/dates';
import { collaboratingShare, percent } from '../../lib/health-figures';
import { explorerHref } from '../../lib/explorer-url';
import { useEndpoint } from '../../lib/queries';
import { HomeSection, Tally } from './HomePage';

const HEALTH_POLL_MS = 3000;

/** An admin's home: the network's headline figures, and the admin work that waits. */
export function AdminHome() {
  const health = useEndpoint(
    networkHealthEndpoints.getNetworkHealth,
    {},
    { refetchInterval: (status) => (status?.state === 'computing' ? HEALTH_POLL_MS : false) },
  );
  const invited = useEndpoint(userEndpoints.listUsers, {}, { select: (list) => list.items.filter((user) => user.invited && !user.disabled) });
  // Mail that failed at least once is still queued with its attempts counted: the sender tries again.
  const queued = useEndpoint(notificationEndpoints.listOutbox, { query: { status: 'queued', limit: 100 } });
  const failing = queued.data?.items.filter((message) => message.attempts > 0) ?? [];
  const report = health.data?.report ?? null;

  return (
    <section className="home" aria-labelledby="home-title">
      <div className="page-head">
        <h2 id="home-title">The network today</h2>
        {report && <span className="muted">figures computed {formatDateTime(report.computedAt)}</span>}
      </div>
      {health.status === 'error' && <ErrorBanner error={health.error} onRetry={() => void health.refetch()} />}
      {health.data?.state === 'computing' && (
        <p className="status" role="status">
          Computing the network’s health for the first time…
        </p>
      )}
      {report && (
        <nav className="figures" aria-label="Network health">
          <Tally label="partners" work={false} count={report.size.partners} to="/admin/health" />
          <Tally label="PALs" work={false} count={report.size.pals} to="/admin/health" />
          <Tally label="unserved: no PAL within two hops" count={report.coverage.unserved.total} to="/admin/health" />
          <Tally label="isolated" count={report.structure.isolated.total} to="/admin/health" />
          <Tally label="introductions waiting too long" count={report.introductions.stale.total} to="/admin/health" />
          <Link className="figure" to="/admin/health">
            <span className="figure-value">{percent(collaboratingShare(report.introductions))}</span>
            <span className="figure-label">introductions → collaborating</span>
          </Link>
        </nav>
      )}
      <p>
        <Link to="/admin/health">Network health in full</Link> · <Link to={explorerHref()}>Open the explorer</Link>
      </p>
      <HomeSection id="tasks" title="Waiting for an admin">
        <nav className="figures" aria-label="Admin tasks">
          <Tally label="invitations not accepted" count={invited.data?.length ?? null} to="/admin" />
          <Tally label="e-mails waiting to go" count={queued.data?.queued ?? null} to="/admin/outbox" />
          <Tally label="e-mails failing" count={queued.data ? failing.length : null} to="/admin/outbox" />
        </nav>
        {invited.status === 'error' && <ErrorBanner error={invited.error} onRetry={() => void invited.refetch()} />}
        {queued.status === 'error' && <ErrorBanner error={queued.error} onRetry={() => void queued.refetch()} />}
        {invited.data && invited.data.length > 0 && (
          <>
            <h4>Invitations not accepted yet</h4>
            <ul className="plain-list">
              {invited.data.map((user) => (
                <li key={user.id}>
                  {user.email} <span className="muted">· invited {formatDateTime(user.createdAt)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {failing.length > 0 && (
          <>
            <h4>E-mails the server refused</h4>
            <ul className="plain-list">
              {failing.slice(0, 10).map((message) => (
                <li key={message.id}>
                  {message.subject}{' '}
                  <span className="muted">
                    · to {message.to.join(', ')} · {message.attempts} tries · {message.lastError}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {invited.data?.length === 0 && queued.data && failing.length === 0 && <p className="muted">Nothing waits for you.</p>}
      </HomeSection>
    </section>
  );
}
