import { useState } from 'react';
import { formatDateTime } from '../../lib/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { auditEndpoints } from '@contracts/audit';
import { actionInWords, auditableActions } from '@contracts/all';
import { userEndpoints } from '@contracts/users';
import { useEndpoint } from '../../lib/queries';

interface AuditFilters {
  user: string;
  action: string;
  from: string;
  to: string;
}

/** Every write, newest first: who, what, when, and the state before and after. */
export function AuditPanel() {
  const [limit, setLimit] = useState(50);
  const [filters, setFilters] = useState<AuditFilters>({ user: '', action: '', from: '', to: '' });
  const users = useEndpoint(userEndpoints.listUsers, {}, { select: (list) => list.items });
  const query = {
    limit,
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')),
  };
  const entries = useEndpoint(auditEndpoints.listAuditEntries, { query }, { select: (page) => page.items });
  const retry = () => void entries.refetch();
  const set = (key: keyof AuditFilters) => (value: string) => {
    setLimit(50);
    setFilters({ ...filters, [key]: value });
  };
  return (
    <section aria-labelledby="audit-title">
      <h3 id="audit-title">Audit log</h3>
      <fieldset className="filter-row">
        <legend className="visually-hidden">Filter the audit log</legend>
        <label>
          Person
          <select value={filters.user} onChange={(event) => set('user')(event.target.value)}>
            <option value="">Anyone</option>
            {(users.data ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.partner ? `${user.partner.name} (${user.email})` : user.email}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <select value={filters.action} onChange={(event) => set('action')(event.target.value)}>
            <option value="">Any action</option>
            {auditableActions.map((option) => (
              <option key={option.action} value={option.action}>
                {option.words}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={filters.from} onChange={(event) => set('from')(event.target.value)} />
        </label>
        <label>
          To <input type="date" value={filters.to} onChange={(event) => set('to')(event.target.value)} />
        </label>
      </fieldset>
      {entries.isLoading && (
        <p className="status" role="status">
          Loading the audit log…
        </p>
      )}
      {entries.status === 'error' && <ErrorBanner error={entries.error} onRetry={retry} />}
      {entries.status === 'success' && entries.data.length === 0 && (
        <p className="muted">{Object.values(filters).some(Boolean) ? 'Nothing matches these filters.' : 'Nothing has been changed yet.'}</p>
      )}
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
                    {actionInWords(entry.action)} <code className="muted small">{entry.action}</code>
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
