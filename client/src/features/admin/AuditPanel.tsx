import { useState } from 'react';
import { formatDateTime } from '../../lib/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { auditEndpoints } from '@contracts/audit';
import { useEndpoint } from '../../lib/queries';

/** Every write, newest first: who, what, when, and the state before and after. */
export function AuditPanel() {
  const [limit, setLimit] = useState(50);
  const entries = useEndpoint(auditEndpoints.listAuditEntries, { query: { limit } }, { select: (page) => page.items });
  const retry = () => void entries.refetch();
  return (
    <section aria-labelledby="audit-title">
      <h3 id="audit-title">Audit log</h3>
      {entries.isLoading && (
        <p className="status" role="status">
          Loading the audit log…
        </p>
      )}
      {entries.status === 'error' && <ErrorBanner error={entries.error} onRetry={retry} />}
      {entries.status === 'success' && entries.data.length === 0 && <p className="muted">Nothing has been changed yet.</p>}
      {entries.status === 'success' && entries.data.length > 0 && (
        <div className="table-wrap">
          <table className="partner-table audit-table">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                <th>On</th>
                <th>Before → after</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>{entry.actor?.email ?? 'anonymous'}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.target ? Object.values(entry.target).join(', ') : '—'}</td>
                  <td>
                    <details>
                      <summary>Show</summary>
                      <pre>{JSON.stringify({ request: entry.request, before: entry.before, after: entry.after }, null, 2)}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.data.length === limit && (
            <button type="button" className="link" onClick={() => setLimit(limit * 2)}>
              Show more
            </button>
          )}
        </div>
      )}
    </section>
  );
}
